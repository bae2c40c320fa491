/// The plain text of nodes, read on the storage itself (no model values are
/// made): what ``Block/text(of:)`` and its relatives return, and what the
/// reader needs while the storage is still being written.
extension ModelData {
    func children(of node: Int32) -> ArraySlice<Int32> {
        let slots = nodes[Int(node)].childSlots
        return children[Int(slots.lowerBound)..<Int(slots.upperBound)]
    }

    /// Whether a run node is deleted text (a tracked deletion or move source).
    func isDeleted(_ run: Node) -> Bool {
        run.d >= 0 && changes[Int(run.d)].removesText
    }

    func appendInlines(_ inlines: ArraySlice<Int32>, to out: inout ByteWriter) {
        for inline in inlines {
            let node = nodes[Int(inline)]
            switch node.kind {
            case .run:
                if !isDeleted(node) { out.append(text[Int(node.a)..<Int(node.b)]) }
            case .control: appendContent(of: inline, to: &out)
            case .field, .hyperlink: appendInlines(children(of: inline), to: &out)
            default: break
            }
        }
    }

    /// Blocks on lines of their own.
    func appendBlocks(_ blocks: ArraySlice<Int32>, to out: inout ByteWriter) {
        var first = true
        for block in blocks {
            if !first { out.append(UInt8(ascii: "\n")) }
            first = false
            switch nodes[Int(block)].kind {
            case .table: appendRows(children(of: block), to: &out)
            case .control: appendContent(of: block, to: &out)
            default: appendInlines(children(of: block), to: &out)
            }
        }
    }

    /// The rows of table items, one a line, each row's cells separated by tabs.
    func appendRows(_ items: ArraySlice<Int32>, to out: inout ByteWriter) {
        var first = true
        forEachThroughControls(.row, in: items) { data, row in
            if !first { out.append(UInt8(ascii: "\n")) }
            first = false
            data.appendCells(data.children(of: row), to: &out)
        }
    }

    /// The cells of row items separated by tabs, each cell's text on one line.
    func appendCells(_ items: ArraySlice<Int32>, to out: inout ByteWriter) {
        var first = true
        forEachThroughControls(.cell, in: items) { data, cell in
            if !first { out.append(UInt8(ascii: "\t")) }
            first = false
            let start = out.count
            data.appendBlocks(data.children(of: cell), to: &out)
            out.flattenLines(from: start)
        }
    }

    /// The text of a content control's content, whatever its level.
    func appendContent(of control: Int32, to out: inout ByteWriter) {
        let content = children(of: control)
        switch controls[Int(nodes[Int(control)].a)].level {
        case .block: appendBlocks(content, to: &out)
        case .inline: appendInlines(content, to: &out)
        case .row: appendRows(content, to: &out)
        case .cell: appendCells(content, to: &out)
        }
    }

    /// Visits the rows of table items (`level` `.row`), or the cells of row
    /// items (`.cell`), in order, looking through the controls of that level
    /// that wrap them. `body` is handed the storage with each node, so that it
    /// need not capture it (a closure capturing the storage copies it: a
    /// retain of each of its arrays per call).
    func forEachThroughControls(_ level: ContentControl.Level, in items: ArraySlice<Int32>, _ body: (ModelData, Int32) -> Void) {
        for item in items {
            let node = nodes[Int(item)]
            if node.kind != .control {
                body(self, item)
            } else if controls[Int(node.a)].level == level {
                forEachThroughControls(level, in: children(of: item), body)
            }
        }
    }

    /// Nodes whose plain text is asked for.
    enum Span {
        case inlines(ArraySlice<Int32>), blocks(ArraySlice<Int32>), rows(ArraySlice<Int32>), cells(ArraySlice<Int32>)
        /// A content control's content, whatever its level.
        case content(of: Int32)
    }

    func append(_ span: Span, to out: inout ByteWriter) {
        switch span {
        case .inlines(let nodes): appendInlines(nodes, to: &out)
        case .blocks(let nodes): appendBlocks(nodes, to: &out)
        case .rows(let nodes): appendRows(nodes, to: &out)
        case .cells(let nodes): appendCells(nodes, to: &out)
        case .content(let control): appendContent(of: control, to: &out)
        }
    }

    /// The plain text of `span` as a string, written into memory on the
    /// stack and copied once into the string; a text too long for it is
    /// written a second time, straight into a string of the length counted.
    func string(_ span: Span) -> String {
        withText(span, { String(decoding: $0, as: UTF8.self) }) { count in
            String(unsafeUninitializedCapacity: count) { buffer in
                var out = ByteWriter(buffer)
                append(span, to: &out)
                return out.count
            }
        }
    }

    /// Appends the plain text of `span` as UTF-8 to `bytes`, as ``string(_:)``
    /// writes it (a text too long for the stack written a second time, into room made at the end).
    func append(_ span: Span, to bytes: inout [UInt8]) {
        withText(span, { bytes.append(contentsOf: $0) }) { count in
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: count))
            bytes.withUnsafeMutableBufferPointer { all in
                var out = ByteWriter(UnsafeMutableBufferPointer(rebasing: all[start...]))
                append(span, to: &out)
            }
        }
    }

    /// `short` over the text of `span` written into 512 bytes on the stack,
    /// or `long` with its length when it does not fit.
    private func withText<Result>(_ span: Span, _ short: (UnsafeBufferPointer<UInt8>) -> Result, long: (Int) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 512) { scratch in
            var out = ByteWriter(scratch)
            append(span, to: &out)
            return out.count <= scratch.count ? short(UnsafeBufferPointer(rebasing: scratch[..<out.count])) : long(out.count)
        }
    }
}

/// Writes plain text as UTF-8 into memory of a fixed size; what does not fit
/// is only counted (`count` then exceeds the memory's size).
struct ByteWriter {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// The bytes written (or counted) so far.
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    mutating func append(_ bytes: ArraySlice<UInt8>) {
        if count + bytes.count <= buffer.count {
            _ = UnsafeMutableBufferPointer(rebasing: buffer[count..<count + bytes.count]).initialize(from: bytes)
        }
        count += bytes.count
    }

    mutating func append(_ byte: UInt8) {
        if count < buffer.count { buffer[count] = byte }
        count += 1
    }

    /// Makes the line breaks written since `start` spaces (a cell's text is one line).
    func flattenLines(from start: Int) {
        guard count <= buffer.count else { return }
        for i in start..<count where buffer[i] == UInt8(ascii: "\n") { buffer[i] = UInt8(ascii: " ") }
    }
}
