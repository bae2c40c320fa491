/// A block-level element of a story. Corresponds to the children of `w:body`,
/// `w:tc`, `w:txbxContent` and block-level `w:sdtContent` (ECMA-376 Part 1 §17.2).
public enum Block: ModelNode {
    case paragraph(Paragraph)
    case table(Table)
    /// A block-level content control, holding blocks.
    case control(ContentControl)

    public init(_ reference: NodeReference) {
        switch reference.value.kind {
        case .table: self = .table(Table(reference))
        case .control: self = .control(ContentControl(reference))
        default: self = .paragraph(Paragraph(reference))
        }
    }

    public func write(to writer: inout ModelWriter) -> NodeIndex {
        switch self {
        case .paragraph(let paragraph): paragraph.write(to: &writer)
        case .table(let table): table.write(to: &writer)
        case .control(let control): control.write(to: &writer)
        }
    }
}

/// A paragraph (`w:p`): its style and its inline content in order.
public struct Paragraph: ModelNode {
    /// The paragraph style id (`w:pStyle`), if any.
    public var style: String?
    public var inlines: NodeList<Inline>

    public init(style: String? = nil, inlines: NodeList<Inline> = []) {
        self.style = style
        self.inlines = inlines
    }

    public init(style: String? = nil, inlines: [Inline]) {
        self.init(style: style, inlines: NodeList(inlines))
    }

    public init(_ reference: NodeReference) {
        let node = reference.value
        style = reference.storage.string(node.a)
        inlines = reference.storage.children(of: reference.node)
    }

    public func write(to writer: inout ModelWriter) -> NodeIndex {
        let children = inlines.map { $0.write(to: &writer).index }
        return NodeIndex(index: writer.container(Node(.paragraph, a: writer.intern(style)), children: children))
    }
}
