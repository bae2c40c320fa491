/// Plain text of the model: what a reader of the document sees. Deleted text
/// is left out; tabs and breaks stay; text boxes are not part of the text of
/// the paragraph that anchors them (they are blocks of their own).
extension Inline {
    /// The text of a sequence of inlines.
    public static func text(of inlines: [Inline]) -> String {
        var out = ""
        append(inlines, to: &out)
        return out
    }

    static func append(_ inlines: [Inline], to out: inout String) {
        for inline in inlines {
            switch inline {
            case .run(let run):
                if !run.isDeleted { out += run.text }
            case .control(let control): control.appendText(to: &out)
            case .field(let field): append(field.result, to: &out)
            case .hyperlink(let link): append(link.inlines, to: &out)
            case .textBox, .noteReference: break
            }
        }
    }
}

extension Block {
    /// The text of blocks: paragraphs on lines of their own, table rows on
    /// lines with cells separated by tabs.
    public static func text(of blocks: [Block]) -> String {
        var out = ""
        append(blocks, to: &out)
        return out
    }

    /// The text of this block (see ``text(of:)``).
    public var text: String {
        var out = ""
        appendText(to: &out)
        return out
    }

    static func append(_ blocks: [Block], to out: inout String) {
        for (i, block) in blocks.enumerated() {
            if i > 0 { out += "\n" }
            block.appendText(to: &out)
        }
    }

    func appendText(to out: inout String) {
        switch self {
        case .paragraph(let paragraph): Inline.append(paragraph.inlines, to: &out)
        case .table(let table): Table.appendText(of: table.items, to: &out)
        case .control(let control): control.appendText(to: &out)
        }
    }
}

extension Paragraph {
    /// The paragraph's text, without deleted runs.
    public var text: String { Inline.text(of: inlines) }
}

extension Table {
    /// Rows on lines, cells separated by tabs; paragraphs inside a cell are
    /// joined by a space.
    public var text: String {
        var out = ""
        Table.appendText(of: items, to: &out)
        return out
    }

    /// Appends the rows of `items` (looking through row-level controls), one
    /// a line.
    static func appendText(of items: [Item], to out: inout String) {
        for (i, row) in rows(in: items).enumerated() {
            if i > 0 { out += "\n" }
            Row.appendText(of: row.items, to: &out)
        }
    }
}

extension Table.Row {
    /// Appends the cells of `items` (looking through cell-level controls),
    /// separated by tabs, each cell's text on one line.
    static func appendText(of items: [Item], to out: inout String) {
        for (i, cell) in cells(in: items).enumerated() {
            if i > 0 { out += "\t" }
            out += Block.text(of: cell.blocks).replacingNewlines
        }
    }
}

extension ContentControl {
    /// The text of the control's content, whatever the level.
    public var text: String {
        var out = ""
        appendText(to: &out)
        return out
    }

    func appendText(to out: inout String) {
        switch content {
        case .blocks(let blocks): Block.append(blocks, to: &out)
        case .inlines(let inlines): Inline.append(inlines, to: &out)
        case .rows(let items): Table.appendText(of: items, to: &out)
        case .cells(let items): Table.Row.appendText(of: items, to: &out)
        }
    }

    /// The value a person entered: the text (paragraphs joined by `\n`); for a
    /// drop-down or combo box the selected item's display text; for a date
    /// picker the ISO date `YYYY-MM-DD`; nil while the placeholder shows and
    /// for checkboxes (see ``checked``). A bound value from a custom XML part
    /// wins over the cached content.
    public var value: String? {
        if kind == .checkbox { return nil }
        if let bound = dataBinding?.boundValue {
            return kind == .date ? ContentControl.isoDate(bound) ?? bound : bound
        }
        if showingPlaceholder { return nil }
        switch kind {
        case .dropdown, .combobox:
            let shown = text.trimmed
            let item = listItems.first { $0.displayText == shown } ?? listItems.first { $0.value == shown }
            return item?.displayText ?? shown
        case .date:
            return fullDate.flatMap(ContentControl.isoDate) ?? text
        default:
            return text
        }
    }

    /// `2025-10-14T00:00:00Z` → `2025-10-14`; nil when not an ISO date.
    public static func isoDate(_ s: String) -> String? {
        let prefix = s.prefix(10)
        let digits = prefix.enumerated().allSatisfy { i, c in (i == 4 || i == 7) ? c == "-" : c.isASCII && c.isNumber }
        return prefix.count == 10 && digits ? String(prefix) : nil
    }
}

extension String {
    var replacingNewlines: String {
        guard utf8.contains(UInt8(ascii: "\n")) else { return self }
        return split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
    }
}
