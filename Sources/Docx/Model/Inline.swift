/// Inline content of a paragraph, in order.
public indirect enum Inline: Sendable, Equatable {
    /// Text with one formatting (`w:r`; several runs with equal formatting may
    /// arrive as several values).
    case run(Run)
    /// A run-level content control (`w:sdt` inside `w:p`), holding inlines.
    case control(ContentControl)
    /// A simple or complex field (`w:fldSimple`, `w:fldChar`), with its result.
    case field(Field)
    /// A hyperlink (`w:hyperlink`).
    case hyperlink(Hyperlink)
    /// A text box anchored in the run (`w:txbxContent`), holding blocks.
    case textBox([Block])
    /// A footnote or endnote reference mark.
    case noteReference(NoteReference)
}

/// A piece of text with the formatting that carries meaning on a form.
public struct Run: Sendable, Equatable {
    /// The text: `w:t` content, with tabs as `\t`, breaks as `\n`, a no-break
    /// hyphen as U+2011, a soft hyphen as U+00AD and symbols (`w:sym`, or text
    /// in a symbol font) mapped to Unicode.
    public var text: String
    public var format: RunFormat
    /// Set when the run is a tracked insertion, deletion or move.
    public var change: Change?

    public init(text: String, format: RunFormat = RunFormat(), change: Change? = nil) {
        self.text = text
        self.format = format
        self.change = change
    }

    /// Whether the run is deleted text (a tracked deletion or move source), which
    /// is kept in the model but left out of the document's text.
    public var isDeleted: Bool {
        change?.kind == .deletion || change?.kind == .moveFrom
    }
}

/// Direct run formatting (`w:rPr`) that people use to mark a choice on a form.
public struct RunFormat: Sendable, Equatable {
    public var bold = false
    public var italic = false
    /// The underline style (`w:u`), nil when not underlined.
    public var underline: String?
    public var strike = false
    public var doubleStrike = false
    /// The highlight colour (`w:highlight`), nil when none.
    public var highlight: String?
    /// The shading fill colour (`w:shd w:fill`), nil when none or automatic.
    public var shading: String?
    /// The text colour (`w:color`), nil when automatic.
    public var color: String?
    /// Hidden text (`w:vanish`).
    public var hidden = false
    /// The character style id (`w:rStyle`).
    public var style: String?

    public init() {}

    /// Whether nothing is set.
    public var isPlain: Bool { self == RunFormat() }
}

/// A tracked change that a run belongs to (`w:ins`, `w:del`, `w:moveFrom`,
/// `w:moveTo`).
public struct Change: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, Encodable {
        case insertion, deletion, moveFrom, moveTo
    }
    public var kind: Kind
    public var author: String?
    public var date: String?

    public init(kind: Kind, author: String?, date: String?) {
        self.kind = kind
        self.author = author
        self.date = date
    }
}

/// A hyperlink: an external target or an anchor in the document.
public struct Hyperlink: Sendable, Equatable {
    /// The URL, resolved through the part's relationships, or `#anchor`.
    public var target: String?
    public var inlines: [Inline]

    public init(target: String?, inlines: [Inline]) {
        self.target = target
        self.inlines = inlines
    }
}

/// A reference to a footnote or endnote.
public struct NoteReference: Sendable, Equatable {
    public var kind: Story.Kind
    public var id: String

    public init(kind: Story.Kind, id: String) {
        self.kind = kind
        self.id = id
    }
}
