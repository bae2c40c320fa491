/// A content control (`w:sdt`, ECMA-376 Part 1 §17.5.2) at block, run, row or
/// cell level, with its properties and its content.
public struct ContentControl: ModelNode {
    /// The type of control, from the type element in `w:sdtPr`. A control with
    /// no type element is rich text, as the standard says.
    public enum Kind: String, Sendable, Equatable, Encodable, CaseIterable {
        case text, richtext, checkbox, dropdown, combobox, date, picture
        case repeatingSection, repeatingSectionItem, group, other
    }

    /// Where the control sits, which decides what its content is.
    public enum Level: String, Sendable, Equatable, Encodable {
        case block, inline, row, cell
    }

    /// The content of the control (`w:sdtContent`).
    public enum Content: Sendable, Equatable {
        case blocks(NodeList<Block>)
        case inlines(NodeList<Inline>)
        case rows(NodeList<Table.Item>)
        case cells(NodeList<Table.Row.Item>)
    }

    /// An entry of a drop-down list or combo box (`w:listItem`).
    public struct ListItem: Sendable, Equatable, Encodable {
        public var displayText: String
        public var value: String

        public init(displayText: String, value: String) {
            self.displayText = displayText
            self.value = value
        }
    }

    /// A binding to a custom XML part (`w:dataBinding`).
    public struct DataBinding: Sendable, Equatable {
        public var storeItemID: String
        public var xpath: String
        public var prefixMappings: String
        /// The value found at `xpath` in the store item; nil when the item or
        /// the node is absent.
        public var boundValue: String?
        /// Whether the bound value differs from the content cached in the
        /// document (nil when there was no bound value to compare).
        public var differsFromContent: Bool?

        public init(storeItemID: String, xpath: String, prefixMappings: String) {
            self.storeItemID = storeItemID
            self.xpath = xpath
            self.prefixMappings = prefixMappings
        }
    }

    public var kind: Kind
    /// The element that gave `kind` when it is `.other` (e.g. `docPartObj`,
    /// `citation`, `equation`).
    public var otherKind: String?
    public var level: Level
    public var tag: String?
    public var alias: String?
    public var id: String?
    /// Whether the placeholder text is still showing (`w:showingPlcHdr`).
    public var showingPlaceholder = false
    /// Drop-down and combo-box entries.
    public var listItems: [ListItem] = []
    /// Date picker: the display format (`w:dateFormat`).
    public var dateFormat: String?
    /// Date picker: the full date stored with the control (`w:date w:fullDate`).
    public var fullDate: String?
    /// Checkbox: the state (`w14:checked`).
    public var checked: Bool?
    public var dataBinding: DataBinding?
    public var content: Content

    public init(kind: Kind, level: Level, content: Content) {
        self.kind = kind
        self.level = level
        self.content = content
    }

    public init(_ reference: NodeReference) {
        self = reference.storage.data.controls[Int(reference.value.a)]
        let storage = reference.storage
        switch level {
        case .block: content = .blocks(storage.children(of: reference.node))
        case .inline: content = .inlines(storage.children(of: reference.node))
        case .row: content = .rows(storage.children(of: reference.node))
        case .cell: content = .cells(storage.children(of: reference.node))
        }
    }

    public func write(to writer: inout ModelWriter) -> NodeIndex {
        let children: [Int32]
        switch content {
        case .blocks(let blocks): children = blocks.map { $0.write(to: &writer).index }
        case .inlines(let inlines): children = inlines.map { $0.write(to: &writer).index }
        case .rows(let items): children = items.map { $0.write(to: &writer).index }
        case .cells(let items): children = items.map { $0.write(to: &writer).index }
        }
        return NodeIndex(index: writer.container(Node(.control, a: writer.control(self)), children: children))
    }

    /// The control without its content, as the storage keeps it.
    var properties: ContentControl {
        var properties = self
        properties.content = .blocks([])
        return properties
    }
}
