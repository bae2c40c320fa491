/// One open element of the story being built: a container that collects
/// children until its end tag. A plain value in the builder's stack, mutated
/// in place through its index: what only tables and stories need is kept
/// beside it (``OpenTable``, ``OpenStory``), so that pushing and popping a
/// frame, one per paragraph, row and cell, copies bytes and releases nothing.
struct Frame: BitwiseCopyable {
    enum Kind {
        case story, paragraph, hyperlink, simpleField, table, row, cell, control, textBox
    }

    /// What kind of children a frame collects.
    enum Holds {
        case blocks, inlines, rows, cells
    }

    let kind: Kind
    let holds: Holds
    /// Tells frames apart, for the fields that remember where they began.
    let serial: Int

    /// Where the frame's children begin in the builder's stack of children
    /// (they end where the next frame's begin, or at the top).
    var childStart: Int

    /// paragraph and table: the style id; hyperlink: the target; simple
    /// field: the instruction. Interned in the part's strings (-1: none).
    var label: Int32 = -1
    /// row: header flag, cells skipped before the first, next grid column.
    var isHeader = false
    var nextColumn = 0
    /// cell: its spans, vertical-merge state and shading (interned; -1: none).
    var columnSpan = 1
    var verticalMerge = VerticalMerge.none
    var shading: Int32 = -1
    /// control: its properties' index in the writer's side table.
    var control: Int32 = -1

    init(_ kind: Kind, holds: Holds, serial: Int, childStart: Int) {
        self.kind = kind
        self.holds = holds
        self.serial = serial
        self.childStart = childStart
    }
}

/// What an open table gathers for its node and its merges.
struct OpenTable {
    /// The grid column widths.
    var columnWidths: [Int] = []
    /// One entry per cell in document order, for merge resolution.
    var cellMerges: [CellMerge] = []
    /// The number of rows finished.
    var rowCount = 0
}

/// An open story: which it is, and its attributes (note id; comment metadata).
struct OpenStory {
    let root: StoryRoot
    let attributes: [String: String]
}

/// An open run (`w:r`): its formatting and the text not yet emitted. Kept
/// apart from the frames: a form has more runs than all other containers
/// together, and a run needs none of a frame's fields.
struct OpenRun {
    var format = OpenFormat()
    /// The symbol font of its text, interned (-1: none).
    var symbolFont: Int32 = -1
    /// Where the run's text not yet emitted begins in the builder's buffer of
    /// open runs' text (it runs to the end: only the last run takes text).
    let textStart: Int
    /// The number of frames open when the run began: the run is the
    /// innermost container while no frame has opened since.
    let depth: Int
}

/// A run's ``RunFormat`` while it is read, its names interned in the part's
/// string table (-1: none): plain bytes, compared as integers, so that
/// opening, comparing and dropping a run touches no string.
struct OpenFormat: Equatable {
    var bold = false
    var italic = false
    var strike = false
    var doubleStrike = false
    var hidden = false
    var underline: Int32 = -1
    var highlight: Int32 = -1
    var shading: Int32 = -1
    var color: Int32 = -1
    var style: Int32 = -1

    /// The format, its names read from the string table they were interned in.
    func runFormat(_ writer: ModelWriter) -> RunFormat {
        var format = RunFormat()
        format.bold = bold
        format.italic = italic
        format.underline = writer.data.string(underline)
        format.strike = strike
        format.doubleStrike = doubleStrike
        format.highlight = writer.data.string(highlight)
        format.shading = writer.data.string(shading)
        format.color = writer.data.string(color)
        format.hidden = hidden
        format.style = writer.data.string(style)
        return format
    }
}

/// The roots of the stories one part can hold.
enum StoryRoot: Equatable {
    case body, header, footer, footnote, endnote, comment
}

/// A cell's `w:vMerge` state.
enum VerticalMerge {
    case none, restart, `continue`
}

/// Where a cell sits, for resolving vertical merges once the table is complete.
struct CellMerge {
    var row: Int
    var column: Int
    var span: Int
    var merge: VerticalMerge
}

/// A field being read between its `begin` and `end` field characters.
struct OpenField {
    var instruction = ""
    /// The nodes of the result.
    var result: [Int32] = []
    var inResult = false
    var formField: FormField?
    /// The serial of the inline container the field began in; nil once that
    /// container closed before the field's end (the field then spans
    /// paragraphs).
    var container: Int?
}

/// An open `w:ins`, `w:del`, `w:moveFrom` or `w:moveTo`, collecting its text.
struct OpenRevision {
    var change: Change
    var text = ""
}

/// A stack of plain values whose pop is a decrement: the builder pushes and
/// pops one on every start and end tag, and `Array.popLast()` is a call each
/// (not inlined). Popped slots are reused by the next push.
struct PlainStack<Element: BitwiseCopyable> {
    private var items: [Element] = []
    private var count = 0

    /// The top value, if any.
    var last: Element? { count > 0 ? items[count - 1] : nil }

    @inline(__always) mutating func push(_ element: Element) {
        if count < items.count { items[count] = element } else { items.append(element) }
        count += 1
    }

    /// Removes and returns the top value, if any.
    @inline(__always) mutating func pop() -> Element? {
        guard count > 0 else { return nil }
        count -= 1
        return items[count]
    }

    mutating func removeAll() {
        count = 0
    }
}
