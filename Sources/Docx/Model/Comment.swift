/// A comment (`w:comment`, ECMA-376 Part 1 §17.13.4.2).
public struct Comment: Sendable, Equatable {
    public var id: String
    public var author: String?
    public var initials: String?
    public var date: String?
    public var blocks: [Block]
    /// The document text between `w:commentRangeStart` and
    /// `w:commentRangeEnd`; nil when the comment is not anchored to a range.
    public var anchorText: String?
    /// The part the comment was read from.
    public var part: String

    public init(id: String, author: String?, initials: String?, date: String?, blocks: [Block], anchorText: String? = nil,
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

/// Something odd but survivable met while reading, returned with the result.
public struct Diagnostic: Sendable, Equatable, Encodable {
    public enum Severity: String, Sendable, Equatable, Encodable, Comparable {
        case info, warning, error

        private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }
    public var severity: Severity
    /// A stable identifier of the kind of finding (e.g. `binding-differs`).
    public var code: String
    /// One line for people.
    public var message: String
    /// The part concerned, if any.
    public var part: String?

    public init(_ severity: Severity, _ code: String, _ message: String, part: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.part = part
    }
}
