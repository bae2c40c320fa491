/// Inline content of a paragraph, in order.
public enum Inline: ModelNode {
    /// Text with one formatting (`w:r`; several runs with equal formatting may
    /// arrive as several values).
    case run(Run)
    /// A run-level content control (`w:sdt` inside `w:p`), holding inlines.
    case control(ContentControl)
    /// A simple or complex field (`w:fldSimple`, `w:fldChar`), with its result.
    indirect case field(Field)
    /// A hyperlink (`w:hyperlink`).
    case hyperlink(Hyperlink)
    /// A text box anchored in the run (`w:txbxContent`), holding blocks.
    case textBox(NodeList<Block>)
    /// A footnote or endnote reference mark.
    case noteReference(NoteReference)

    public init(_ reference: NodeReference) {
        switch reference.value.kind {
        case .control: self = .control(ContentControl(reference))
        case .field: self = .field(Field(reference))
        case .hyperlink: self = .hyperlink(Hyperlink(reference))
        case .textBox: self = .textBox(reference.storage.children(of: reference.node))
        case .noteReference: self = .noteReference(NoteReference(reference))
        default: self = .run(Run(reference))
        }
    }

    public func write(to writer: inout ModelWriter) -> NodeIndex {
        switch self {
        case .run(let run): run.write(to: &writer)
        case .control(let control): control.write(to: &writer)
        case .field(let field): field.write(to: &writer)
        case .hyperlink(let link): link.write(to: &writer)
        case .textBox(let blocks):
            NodeIndex(index: writer.container(Node(.textBox), children: blocks.map { $0.write(to: &writer).index }))
        case .noteReference(let reference): reference.write(to: &writer)
        }
    }
}

/// A piece of text with the formatting that carries meaning on a form. Read
/// from the model's storage when asked.
public struct Run: ModelNode {
    private let reference: NodeReference

    public init(_ reference: NodeReference) {
        self.reference = reference
    }

    public init(text: String, format: RunFormat = RunFormat(), change: Change? = nil) {
        self = ModelWriter.stored { writer in
            writer.run(text.utf8, format: writer.intern(format), change: writer.change(change))
        }
    }

    public func write(to writer: inout ModelWriter) -> NodeIndex {
        NodeIndex(index: writer.run(utf8, format: writer.intern(format), change: writer.change(change)))
    }

    /// The text: `w:t` content, with tabs as `\t`, breaks as `\n`, a no-break
    /// hyphen as U+2011, a soft hyphen as U+00AD and symbols (`w:sym`, or text
    /// in a symbol font) mapped to Unicode.
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// The text's UTF-8 bytes, read in place.
    public var utf8: ArraySlice<UInt8> {
        let node = reference.value
        return reference.storage.data.text[Int(node.a)..<Int(node.b)]
    }

    public var format: RunFormat { reference.storage.data.formats[Int(reference.value.c)] }

    /// Set when the run is a tracked insertion, deletion or move.
    public var change: Change? {
        let index = reference.value.d
        return index < 0 ? nil : reference.storage.data.changes[Int(index)]
    }

    /// Whether the run is deleted text (a tracked deletion or move source), which
    /// is kept in the model but left out of the document's text.
    public var isDeleted: Bool {
        reference.storage.data.isDeleted(reference.value)
    }

    /// Whether the text is empty or white space only, read in place (a
    /// string is made only for text with letters beyond ASCII).
    public var isBlank: Bool {
        for byte in utf8 where byte != 0x20 && !(0x09...0x0D).contains(byte) {
            return byte < 0x80 ? false : text.allSatisfy(\.isWhitespace)
        }
        return true
    }

    /// Equal text (as strings compare: canonically equivalent), formatting and change.
    public static func == (lhs: Run, rhs: Run) -> Bool {
        lhs.text == rhs.text && lhs.format == rhs.format && lhs.change == rhs.change
    }
}

/// Direct run formatting (`w:rPr`) that people use to mark a choice on a form.
public struct RunFormat: Sendable, Hashable {
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

    /// Whether the change takes its text out of the document (a deletion or
    /// the source of a move).
    var removesText: Bool { kind == .deletion || kind == .moveFrom }
}

/// A hyperlink: an external target or an anchor in the document.
public struct Hyperlink: ModelNode {
    /// The URL, resolved through the part's relationships, or `#anchor`.
    public var target: String?
    public var inlines: NodeList<Inline>

    public init(target: String?, inlines: NodeList<Inline>) {
        self.target = target
        self.inlines = inlines
    }

    public init(target: String?, inlines: [Inline]) {
        self.init(target: target, inlines: NodeList(inlines))
    }

    public init(_ reference: NodeReference) {
        target = reference.storage.string(reference.value.a)
        inlines = reference.storage.children(of: reference.node)
    }

    public func write(to writer: inout ModelWriter) -> NodeIndex {
        let children = inlines.map { $0.write(to: &writer).index }
        return NodeIndex(index: writer.container(Node(.hyperlink, a: writer.intern(target)), children: children))
    }
}

/// A reference to a footnote or endnote.
public struct NoteReference: ModelNode {
    public var kind: Story.Kind
    public var id: String

    public init(kind: Story.Kind, id: String) {
        self.kind = kind
        self.id = id
    }

    public init(_ reference: NodeReference) {
        let node = reference.value
        kind = node.flag ? .endnote : .footnote
        id = reference.storage.string(node.a) ?? ""
    }

    public func write(to writer: inout ModelWriter) -> NodeIndex {
        NodeIndex(index: writer.add(Node(.noteReference, flag: kind == .endnote, a: writer.intern(id))))
    }
}
