/// A Word document as docxforms reads it: every story, in document order, with
/// the comments, tracked changes and reading diagnostics that belong to it.
///
/// A value type made of values: `Sendable`, `Equatable`, and free of any C
/// state. Produced by ``DocxReader``.
public struct Document: Sendable, Equatable {
    /// The name of the main document part (usually `word/document.xml`).
    public var mainPart: String
    /// The main story (`w:body`).
    public var body: NodeList<Block>
    /// Headers, footers, footnotes and endnotes, in that order.
    public var stories: [Story]
    /// The comments (`w:comment`), with the text each is anchored to.
    public var comments: [Comment]
    /// Every insertion, deletion and move, in document order.
    public var trackedChanges: [TrackedChange]
    /// What was odd but survivable while reading.
    public var diagnostics: [Diagnostic]

    public init(mainPart: String, body: NodeList<Block>, stories: [Story] = [], comments: [Comment] = [],
                trackedChanges: [TrackedChange] = [], diagnostics: [Diagnostic] = []) {
        self.mainPart = mainPart
        self.body = body
        self.stories = stories
        self.comments = comments
        self.trackedChanges = trackedChanges
        self.diagnostics = diagnostics
    }
}

/// A story other than the body: a header, footer, footnote or endnote.
public struct Story: Sendable, Equatable {
    /// What kind of story this is.
    public enum Kind: String, Sendable, Equatable, Encodable {
        case header, footer, footnote, endnote
    }
    public var kind: Kind
    /// The part the story was read from.
    public var part: String
    /// The note id (`w:id`) for footnotes and endnotes.
    public var id: String?
    public var blocks: NodeList<Block>

    public init(kind: Kind, part: String, id: String? = nil, blocks: NodeList<Block>) {
        self.kind = kind
        self.part = part
        self.id = id
        self.blocks = blocks
    }
}
