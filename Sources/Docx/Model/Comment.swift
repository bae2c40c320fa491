/// A comment (`w:comment`, ECMA-376 Part 1 §17.13.4.2).
public struct Comment: Sendable, Equatable {
    public var id: String
    public var author: String?
    public var initials: String?
    public var date: String?
    public var blocks: NodeList<Block>
    /// The document text between `w:commentRangeStart` and
    /// `w:commentRangeEnd`; nil when the comment is not anchored to a range.
    public var anchorText: String?
    /// The part the comment was read from.
    public var part: String

    public init(id: String, author: String?, initials: String?, date: String?, blocks: NodeList<Block>, anchorText: String? = nil,
                part: String = "word/comments.xml") {
        self.part = part
        self.id = id
        self.author = author
        self.initials = initials
        self.date = date
        self.blocks = blocks
        self.anchorText = anchorText
    }
}

/// One tracked change with the text it touched.
public struct TrackedChange: Sendable, Equatable {
    public var kind: Change.Kind
    public var author: String?
    public var date: String?
    /// The inserted, deleted or moved text.
    public var text: String
    /// The part it was found in.
    public var part: String

    public init(kind: Change.Kind, author: String?, date: String?, text: String, part: String) {
        self.kind = kind
        self.author = author
        self.date = date
        self.text = text
        self.part = part
    }
}
