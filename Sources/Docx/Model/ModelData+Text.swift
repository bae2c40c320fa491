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

    func appendInlines(_ inlines: ArraySlice<Int32>, to out: inout [UInt8]) {
        for inline in inlines {
            let node = nodes[Int(inline)]
            switch node.kind {
            case .run:
                if !isDeleted(node) { out += text[Int(node.a)..<Int(node.b)] }
            case .control: appendContent(of: inline, to: &out)
            case .field, .hyperlink: appendInlines(children(of: inline), to: &out)
            default: break
            }
        }
    }

    /// Blocks on lines of their own.
    func appendBlocks(_ blocks: ArraySlice<Int32>, to out: inout [UInt8]) {
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
    func appendRows(_ items: ArraySlice<Int32>, to out: inout [UInt8]) {
        var first = true
        forEachThroughControls(.row, in: items) { row in
            if !first { out.append(UInt8(ascii: "\n")) }
            first = false
            appendCells(children(of: row), to: &out)
        }
    }

    /// The cells of row items separated by tabs, each cell's text on one line.
    func appendCells(_ items: ArraySlice<Int32>, to out: inout [UInt8]) {
        var first = true
        forEachThroughControls(.cell, in: items) { cell in
            if !first { out.append(UInt8(ascii: "\t")) }
            first = false
            let start = out.count
            appendBlocks(children(of: cell), to: &out)
            for i in start..<out.count where out[i] == UInt8(ascii: "\n") { out[i] = UInt8(ascii: " ") }
        }
    }

    /// The text of a content control's content, whatever its level.
    func appendContent(of control: Int32, to out: inout [UInt8]) {
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
    /// that wrap them.
    func forEachThroughControls(_ level: ContentControl.Level, in items: ArraySlice<Int32>, _ body: (Int32) -> Void) {
        for item in items {
            let node = nodes[Int(item)]
            if node.kind != .control {
                body(item)
            } else if controls[Int(node.a)].level == level {
                forEachThroughControls(level, in: children(of: item), body)
            }
        }
    }

    /// The text of one sequence of nodes as a string.
    func string(_ append: (ModelData, inout [UInt8]) -> Void) -> String {
        var out: [UInt8] = []
        append(self, &out)
        return String(decoding: out, as: UTF8.self)
    }
}
