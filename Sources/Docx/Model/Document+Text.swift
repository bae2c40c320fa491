/// Plain text of the model: what a reader of the document sees. Deleted text
/// is left out; tabs and breaks stay; text boxes are not part of the text of
/// the paragraph that anchors them (they are blocks of their own). Read on
/// the model's storage (see ``ModelData``), made a string once.
extension Inline {
    /// The text of a sequence of inlines.
    public static func text(of inlines: NodeList<Inline>) -> String {
        inlines.storage.data.string(.inlines(inlines.slots))
    }
}

extension Block {
    /// The text of blocks: paragraphs on lines of their own, table rows on
    /// lines with cells separated by tabs.
    public static func text(of blocks: NodeList<Block>) -> String {
        blocks.storage.data.string(.blocks(blocks.slots))
    }

    /// The text of this block (see ``text(of:)``).
    public var text: String {
        switch self {
        case .paragraph(let paragraph): paragraph.text
        case .table(let table): table.text
        case .control(let control): control.text
        }
    }
}

extension Paragraph {
    /// The paragraph's text, without deleted runs.
    public var text: String { Inline.text(of: inlines) }

    /// Appends ``text`` as UTF-8 to `bytes`, without making a string of it.
    public func appendText(to bytes: inout [UInt8]) {
        inlines.storage.data.append(.inlines(inlines.slots), to: &bytes)
    }
}

extension Table {
    /// Rows on lines, cells separated by tabs; paragraphs inside a cell are
    /// joined by a space.
    public var text: String {
        items.storage.data.string(.rows(items.slots))
    }

    /// Appends ``text`` as UTF-8 to `bytes`, without making a string of it.
    public func appendText(to bytes: inout [UInt8]) {
        items.storage.data.append(.rows(items.slots), to: &bytes)
    }
}

extension ContentControl {
    /// The text of the control's content, whatever the level.
    public var text: String {
        let (storage, span) = textSpan
        return storage.data.string(span)
    }

    /// Appends ``text`` as UTF-8 to `bytes`, without making a string of it.
    public func appendText(to bytes: inout [UInt8]) {
        let (storage, span) = textSpan
        storage.data.append(span, to: &bytes)
    }

    /// The content as a span of its model's storage.
    private var textSpan: (ModelStorage, ModelData.Span) {
        switch content {
        case .blocks(let blocks): (blocks.storage, .blocks(blocks.slots))
        case .inlines(let inlines): (inlines.storage, .inlines(inlines.slots))
        case .rows(let items): (items.storage, .rows(items.slots))
        case .cells(let items): (items.storage, .cells(items.slots))
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
