/// The plain text of nodes, read on the storage itself (no model values are
/// made): what ``Block/text(of:)`` and its relatives return, and what the
/// reader needs while the storage is still being written.
extension ModelData {
    /// The children of `node`, a copy that later writes leave as it is.
    func children(of node: Int32) -> ArraySlice<Int32> {
        let slots = nodes[Int(node)].childSlots
        return children[Int(slots.lowerBound)..<Int(slots.upperBound)]
    }

    /// Where the children of `node` are in ``children``: what the walks below
    /// take, read in place (a slice of the array would retain it, per node).
    func slots(of node: Int32) -> Range<Int32> {
        nodes[Int(node)].childSlots
    }

    /// Whether a run node is deleted text (a tracked deletion or move source).
    func isDeleted(_ run: Node) -> Bool {
        run.d >= 0 && changes[Int(run.d)].removesText
    }

    func appendInlines(_ inlines: Range<Int32>, to out: inout ByteWriter) {
        for slot in inlines { appendInline(children[Int(slot)], to: &out) }
    }

    func appendInline(_ inline: Int32, to out: inout ByteWriter) {
        let node = nodes[Int(inline)]
        switch node.kind {
        case .run:
            if !isDeleted(node) { out.append(text[Int(node.a)..<Int(node.b)]) }
        case .control: appendContent(of: inline, to: &out)
        case .field, .hyperlink: appendInlines(slots(of: inline), to: &out)
        default: break
        }
    }

    /// Blocks on lines of their own.
    func appendBlocks(_ blocks: Range<Int32>, to out: inout ByteWriter) {
        var first = true
        for slot in blocks {
            let block = children[Int(slot)]
            if !first { out.append(UInt8(ascii: "\n")) }
            first = false
            switch nodes[Int(block)].kind {
            case .table: appendRows(slots(of: block), to: &out)
            case .control: appendContent(of: block, to: &out)
            default: appendInlines(slots(of: block), to: &out)
            }
        }
    }

    /// The rows of table items, one a line, each row's cells separated by tabs.
    func appendRows(_ items: Range<Int32>, to out: inout ByteWriter) {
        var first = true
        forEachThroughControls(.row, in: items) { data, row in
            if !first { out.append(UInt8(ascii: "\n")) }
            first = false
            data.appendCells(data.slots(of: row), to: &out)
        }
    }

    /// The cells of row items separated by tabs, each cell's text on one line.
    func appendCells(_ items: Range<Int32>, to out: inout ByteWriter) {
        var first = true
        forEachThroughControls(.cell, in: items) { data, cell in
            if !first { out.append(UInt8(ascii: "\t")) }
            first = false
            let start = out.count
            data.appendBlocks(data.slots(of: cell), to: &out)
            out.flattenLines(from: start)
        }
    }

    /// The text of a content control's content, whatever its level.
    func appendContent(of control: Int32, to out: inout ByteWriter) {
        let content = slots(of: control)
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
    func forEachThroughControls(_ level: ContentControl.Level, in items: Range<Int32>, _ body: (ModelData, Int32) -> Void) {
        for slot in items {
            let item = children[Int(slot)]
            let node = nodes[Int(item)]
            if node.kind != .control {
                body(self, item)
            } else if controls[Int(node.a)].level == level {
                forEachThroughControls(level, in: slots(of: item), body)
            }
        }
    }

    /// Nodes whose plain text is asked for (by their slots in ``children``).
    enum Span {
        case inlines(Range<Int32>), blocks(Range<Int32>), rows(Range<Int32>), cells(Range<Int32>)
        /// Inline nodes not (yet) children of a container: a field's result while it is read.
        case inlineNodes([Int32])
        /// A content control's content, whatever its level.
        case content(of: Int32)
    }

    func append(_ span: Span, to out: inout ByteWriter) {
        switch span {
        case .inlines(let slots): appendInlines(slots, to: &out)
        case .inlineNodes(let nodes): for node in nodes { appendInline(node, to: &out) }
        case .blocks(let slots): appendBlocks(slots, to: &out)
        case .rows(let slots): appendRows(slots, to: &out)
        case .cells(let slots): appendCells(slots, to: &out)
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
