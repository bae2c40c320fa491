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

    /// The control's properties (all but the content), shared by copies
    /// until one of them changes: a form's controls are read as values many
    /// times, and a copy then costs one reference.
    struct Properties: Equatable {
        var kind: Kind
        var otherKind: String?
        var level: Level
        var tag: String?
        var alias: String?
        var id: String?
        var showingPlaceholder = false
        var listItems: [ListItem] = []
        var dateFormat: String?
        var fullDate: String?
        var checked: Bool?
        var dataBinding: DataBinding?
    }

    /// Immutable once shared: ``mutate(_:)`` copies it unless this value
    /// holds the only reference, so values never see each other's changes.
    private final class Box: @unchecked Sendable {
        var properties: Properties

        init(_ properties: Properties) {
            self.properties = properties
        }
    }

    private var box: Box

    private var properties: Properties { box.properties }

    private mutating func mutate(_ change: (inout Properties) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.properties) }
        change(&box.properties)
    }

    public var kind: Kind {
        get { properties.kind }
        set { mutate { $0.kind = newValue } }
    }
    /// The element that gave `kind` when it is `.other` (e.g. `docPartObj`,
    /// `citation`, `equation`).
    public var otherKind: String? {
        get { properties.otherKind }
        set { mutate { $0.otherKind = newValue } }
    }
    public var level: Level {
        get { properties.level }
        set { mutate { $0.level = newValue } }
    }
    public var tag: String? {
        get { properties.tag }
        set { mutate { $0.tag = newValue } }
    }
    public var alias: String? {
        get { properties.alias }
        set { mutate { $0.alias = newValue } }
    }
    public var id: String? {
        get { properties.id }
        set { mutate { $0.id = newValue } }
    }
    /// Whether the placeholder text is still showing (`w:showingPlcHdr`).
    public var showingPlaceholder: Bool {
        get { properties.showingPlaceholder }
        set { mutate { $0.showingPlaceholder = newValue } }
    }
    /// Drop-down and combo-box entries.
    public var listItems: [ListItem] {
        get { properties.listItems }
        set { mutate { $0.listItems = newValue } }
    }
    /// Date picker: the display format (`w:dateFormat`).
    public var dateFormat: String? {
        get { properties.dateFormat }
        set { mutate { $0.dateFormat = newValue } }
    }
    /// Date picker: the full date stored with the control (`w:date w:fullDate`).
    public var fullDate: String? {
        get { properties.fullDate }
        set { mutate { $0.fullDate = newValue } }
    }
    /// Checkbox: the state (`w14:checked`).
    public var checked: Bool? {
        get { properties.checked }
        set { mutate { $0.checked = newValue } }
    }
    public var dataBinding: DataBinding? {
        get { properties.dataBinding }
        set { mutate { $0.dataBinding = newValue } }
    }
    public var content: Content

    public init(kind: Kind, level: Level, content: Content) {
        box = Box(Properties(kind: kind, level: level))
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
    var withoutContent: ContentControl {
        var control = self
        control.content = .blocks(.empty)
        return control
    }

    public static func == (lhs: ContentControl, rhs: ContentControl) -> Bool {
        (lhs.box === rhs.box || lhs.properties == rhs.properties) && lhs.content == rhs.content
    }
}
