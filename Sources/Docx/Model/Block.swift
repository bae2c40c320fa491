/// A block-level element of a story. Corresponds to the children of `w:body`,
/// `w:tc`, `w:txbxContent` and block-level `w:sdtContent` (ECMA-376 Part 1 §17.2).
public enum Block: Sendable, Equatable {
    case paragraph(Paragraph)
    case table(Table)
    /// A block-level content control, holding blocks.
    case control(ContentControl)
}

/// A paragraph (`w:p`): its style and its inline content in order.
public struct Paragraph: Sendable, Equatable {
    /// The paragraph style id (`w:pStyle`), if any.
    public var style: String?
    public var inlines: [Inline]

    public init(style: String? = nil, inlines: [Inline] = []) {
        self.style = style
        self.inlines = inlines
    }
}
