internal import Docx

/// A stretch of visible text with the formatting that can mark a choice.
/// Checkboxes (content controls and legacy fields) become ☒ or ☐.
struct Piece: Equatable {
    var text: String
    var format: RunFormat
    /// A checkbox whose state contradicts the glyph it shows (☒ pasted into an
    /// unticked box): neither can be believed.
    var contradicted = false

    init(text: String, format: RunFormat, contradicted: Bool = false) {
        self.text = text
        self.format = format
        self.contradicted = contradicted
    }

    /// A checkbox as the glyph of its state.
    static func checkbox(_ checked: Bool, shows shown: Bool? = nil) -> Piece {
        Piece(text: checked ? "☒" : "☐", format: RunFormat(), contradicted: shown.map { $0 != checked } ?? false)
    }

    /// The text of pieces as a diagnostic quotes it: trimmed, at most 60 characters.
    static func quote(_ pieces: [Piece]) -> String {
        let text = pieces.map(\.text).joined().trimmed.split(separator: "\n").joined(separator: " ")
        return text.count <= 60 ? text : String(text.prefix(59)) + "…"
    }

    /// The visible pieces of inline content; deleted text is left out.
    static func of(_ inlines: NodeList<Inline>) -> [Piece] {
        var pieces: [Piece] = []
        append(inlines, to: &pieces)
        return pieces
    }

    private static func append(_ inlines: NodeList<Inline>, to pieces: inout [Piece]) {
        for inline in inlines { append(inline, to: &pieces) }
    }

    /// The visible pieces of one inline (a control read on its own, say).
    static func of(_ inline: Inline) -> [Piece] {
        var pieces: [Piece] = []
        append(inline, to: &pieces)
        return pieces
    }

    private static func append(_ inline: Inline, to pieces: inout [Piece]) {
        switch inline {
        case .run(let run) where !run.isDeleted: pieces.append(Piece(text: run.text, format: run.format))
        case .run, .noteReference, .textBox: break
        case .control(let control):
            if control.kind == .checkbox {
                pieces.append(.checkbox(control.checked == true, shows: shownTick(control)))
            } else if case .inlines(let inner) = control.content {
                if !control.showingPlaceholder { for inline in inner { append(inline, to: &pieces) } }
            } else if let value = control.value {
                pieces.append(Piece(text: value, format: RunFormat()))
            }
        case .field(let field):
            if let form = field.formField, form.kind == .checkbox {
                pieces.append(.checkbox(form.checked == true))
            } else if let form = field.formField, form.kind == .dropdown, let value = form.value {
                // Word shows a legacy drop-down's chosen entry without result runs.
                pieces.append(Piece(text: value, format: RunFormat()))
            } else {
                for inline in field.result { append(inline, to: &pieces) }
            }
        case .hyperlink(let link): for inline in link.inlines { append(inline, to: &pieces) }
        }
    }

    /// Whether a checkbox control shows a tick or an empty box in its own
    /// content; nil when it shows neither (LibreOffice moves the glyph out).
    private static func shownTick(_ control: ContentControl) -> Bool? {
        guard case .inlines(let inner) = control.content else { return nil }
        let shown = Inline.text(of: inner)
        // Mostly the glyph alone, one scalar: a character of its own.
        if let only = shown.unicodeScalars.first, shown.unicodeScalars.dropFirst().isEmpty {
            return Vocabulary.tickScalars.contains(only) ? true : Vocabulary.boxScalars.contains(only) ? false : nil
        }
        if shown.contains(where: Vocabulary.tickGlyphs.contains) { return true }
        if shown.contains(where: Vocabulary.boxGlyphs.contains) { return false }
        return nil
    }

    /// The pieces of blocks, paragraphs separated by a line break.
    static func of(_ blocks: some Sequence<Block>) -> [Piece] {
        var pieces: [Piece] = []
        append(blocks, to: &pieces)
        return pieces
    }

    /// The pieces of `cells` together (``of(_:)-swift.type.method`` of all
    /// their blocks) and, where each cell holds one block, each cell's own:
    /// a row's value and its cells, for the kijkkader to read without making
    /// them again (`byCell` is empty otherwise).
    static func ofCells(_ cells: ArraySlice<Table.Cell>) -> (all: [Piece], byCell: [[Piece]]) {
        guard cells.allSatisfy({ $0.blocks.count == 1 }) else { return (of(cells.flatMap(\.blocks)), []) }
        let byCell = cells.map { of($0.blocks) }
        var all: [Piece] = []
        for pieces in byCell {
            // As `append(_:to:)` does: a line break before each block once the blocks gave a piece.
            if !all.isEmpty { all.append(Piece(text: "\n", format: RunFormat())) }
            all += pieces
        }
        return (all, byCell)
    }

    /// Appends the pieces of `blocks`: a line break before each block once
    /// these blocks gave a piece (a table's cells and a control's content each counted on their own).
    private static func append(_ blocks: some Sequence<Block>, to pieces: inout [Piece]) {
        let start = pieces.count
        for block in blocks {
            if pieces.count > start { pieces.append(Piece(text: "\n", format: RunFormat())) }
            switch block {
            case .paragraph(let paragraph): append(paragraph.inlines, to: &pieces)
            case .table(let table):
                for row in table.rows {
                    for cell in row.cells { append(cell.blocks, to: &pieces) }
                }
            case .control(let control):
                if case .blocks(let inner) = control.content, !control.showingPlaceholder { append(inner, to: &pieces) }
            }
        }
    }
}

/// Reads which of a few options someone chose in a piece of text: by deleting
/// the others, striking them through, marking one with a glyph (☒ ✓ X) or a
/// checked box, or highlighting, shading, bolding, underlining or colouring it.
/// Options are spelled as ``Vocabulary`` has them, hyphens and doubled spaces
/// read as one space ("niet-voldaan"). A strict reader also refuses text that
/// qualifies an option ("deels voldaan", "voldaan?"): it is none of them.
struct OptionReader {
    enum Verdict: Equatable {
        case notFound
        case chosen(String, method: FormRecord.Source.Choice)
        /// Several options look chosen, or none does.
        case ambiguous
        /// The text is not one of the options (quoted).
        case notAnOption(String)
        /// A checkbox's state contradicts the glyph it shows (quoted).
        case conflict(String)

        /// The option chosen, if one is.
        var value: String? {
            if case .chosen(let value, _) = self { value } else { nil }
        }
    }

    let choices: [Vocabulary.Choice]
    /// Whether words other than the options (and marks and connectives) make the text none of them.
    let strict: Bool
    /// Every option's spellings as characters, longer first, so "voldaan" inside "niet voldaan" is not counted twice.
    private let spellings: [(value: String, word: [Character])]

    init(choices: [Vocabulary.Choice], strict: Bool = true) {
        self.choices = choices
        self.strict = strict
        spellings = choices.flatMap { choice in choice.spellings.map { (choice.value, Array($0)) } }.sorted { $0.word.count > $1.word.count }
    }

    static let judgement = OptionReader(choices: Vocabulary.judgement)
    static let moment = OptionReader(choices: Vocabulary.moment, strict: false)
    static let yesNo = OptionReader(choices: Vocabulary.confidence)

    private struct Occurrence {
        var value: String
        var start: Int
        var end: Int
        var format: RunFormat
    }

    func read(_ pieces: [Piece]) -> Verdict {
        if pieces.contains(where: \.contradicted) { return .conflict(Piece.quote(pieces)) }
        // The visible characters, lowered, with each one's format; hyphens between letters and runs of space made one space.
        var characters: [Character] = []
        var formats: [RunFormat] = []
        for piece in pieces {
            for c in Catalogue.fold(piece.text.replacingHyphens) where !(c == " " && characters.last == " ") {
                characters.append(c)
                formats.append(piece.format)
            }
            if piece.text.last?.isWhitespace == true, characters.last != " " {
                characters.append(" ")
                formats.append(piece.format)
            }
        }
        var taken = [Bool](repeating: false, count: characters.count)
        var found: [Occurrence] = []
        for (value, word) in spellings where word.count <= characters.count {
            var i = 0
            while i + word.count <= characters.count {
                if !taken[i], characters[i..<i + word.count].elementsEqual(word),
                   i == 0 || !characters[i - 1].isLetter, i + word.count == characters.count || !characters[i + word.count].isLetter {
                    for k in i..<i + word.count { taken[k] = true }
                    found.append(Occurrence(value: value, start: i, end: i + word.count, format: formats[i]))
                    i += word.count
                } else {
                    i += 1
                }
            }
        }
        if strict, let rest = OptionReader.unexplained(characters, taken, formats) {
            return rest.isEmpty && found.isEmpty ? .notFound : .notAnOption(Piece.quote(pieces))
        }
        guard !found.isEmpty else { return .notFound }
        let marks = found.map { OptionReader.glyph(before: $0.start, after: $0.end, in: characters) }
        if marks.contains(where: { $0 == .unknown }) { return .ambiguous }
        let values = Set(found.map(\.value))
        if values.count == 1 {
            // The one option present, unless a box beside it says it is not chosen.
            return marks.contains(.no) ? .ambiguous : .chosen(found[0].value, method: .onlyOptionPresent)
        }
        let ticked = zip(found, marks).filter { $0.1 == .yes }.map(\.0)
        if !ticked.isEmpty {
            return Set(ticked.map(\.value)).count == 1 ? .chosen(ticked[0].value, method: .markedWithGlyph) : .ambiguous
        }

        let kept = found.filter { !$0.format.strike && !$0.format.doubleStrike }
        if kept.count < found.count, Set(kept.map(\.value)).count == 1 { return .chosen(kept[0].value, method: .othersStruckThrough) }

        let emphasised = kept.filter {
            $0.format.highlight != nil || $0.format.shading != nil || $0.format.bold || $0.format.underline != nil || $0.format.color != nil
        }
        if emphasised.count < kept.count, Set(emphasised.map(\.value)).count == 1 {
            return .chosen(emphasised[0].value, method: .emphasised)
        }
        return .ambiguous
    }

    /// The words left when the options are taken out, unless they are marks,
    /// connectives or struck through: nil when nothing is left that changes
    /// the choice, else the words (empty when only stray punctuation such as
    /// "?" is left).
    private static func unexplained(_ characters: [Character], _ taken: [Bool], _ formats: [RunFormat]) -> [String]? {
        var words: [String] = []
        var stray = false
        var word = ""
        var struck = true
        func flush() {
            defer { word = ""; struck = true }
            guard !word.isEmpty, !struck else { return }
            if word == "x" || Vocabulary.connectives.contains(word) { return }
            words.append(word)
        }
        for (i, c) in characters.enumerated() {
            if taken[i] { flush(); continue }
            if c.isLetter || c.isNumber {
                word.append(c)
                struck = struck && (formats[i].strike || formats[i].doubleStrike)
                continue
            }
            flush()
            if c == " " || "/|,;:.()".contains(c) || Vocabulary.tickGlyphs.contains(c) || Vocabulary.boxGlyphs.contains(c) { continue }
            if !(formats[i].strike || formats[i].doubleStrike) { stray = true }
        }
        flush()
        return words.isEmpty && !stray ? nil : words
    }

    enum Glyph: Equatable { case yes, no, unknown }

    /// A mark just before or after an option: a tick (☒ ☑ ✓ ✔ X) says yes, an
    /// empty box (☐) no; a ballot cross (✗ ✘) is read both ways by people, so
    /// it says nothing certain. Nil when there is no mark.
    private static func glyph(before start: Int, after end: Int, in characters: [Character]) -> Glyph? {
        func mark(_ c: Character, _ neighbour: Character?) -> Glyph? {
            if Vocabulary.tickGlyphs.contains(c) { return .yes }
            if Vocabulary.boxGlyphs.contains(c) { return .no }
            if Vocabulary.crossGlyphs.contains(c) { return .unknown }
            if c == "x", neighbour.map({ !$0.isLetter }) ?? true { return .yes }
            return nil
        }
        var i = start - 1
        while i >= 0, characters[i] == " " || characters[i] == "\t" { i -= 1 }
        if i >= 0, let m = mark(characters[i], i > 0 ? characters[i - 1] : nil) { return m }
        var j = end
        while j < characters.count, characters[j] == " " || characters[j] == "\t" { j += 1 }
        if j < characters.count, let m = mark(characters[j], j + 1 < characters.count ? characters[j + 1] : nil) { return m }
        return nil
    }
}

/// What a cell that is ticked or not says, read as a person reads it: one
/// reading of marks for every field (kijkkader rows, judgement tables,
/// skills), from ``Vocabulary``'s tick and untick glyphs and words. A checked
/// box and what is visibly written in or beside it are both evidence:
/// agreement reads, disagreement is a conflict, anything else is unknown.
enum MarkReading: Equatable {
    case empty
    case marked(Bool)
    /// Written, but neither a yes nor a no (quoted).
    case unknown(String)
    /// A yes and a no at once (quoted): a box whose state and glyph differ, a tick beside an empty box.
    case conflict(String)

    static func read(_ pieces: [Piece]) -> MarkReading {
        var quote: String { Piece.quote(pieces) }
        if pieces.contains(where: \.contradicted) { return .conflict(quote) }
        // Most cells: one box or tick, nothing else.
        if pieces.count == 1, pieces[0].text.unicodeScalars.count == 1, let glyph = pieces[0].text.first {
            if Vocabulary.tickGlyphs.contains(glyph) { return .marked(true) }
            if Vocabulary.untickGlyphs.contains(glyph) { return .marked(false) }
        }
        let folded = Catalogue.fold(pieces.map(\.text).joined())
        if folded.isEmpty { return .empty }
        if Vocabulary.yesMarks.contains(folded) || isDate(folded) { return .marked(true) }
        if Vocabulary.noMarks.contains(folded) { return .marked(false) }
        var yes = false, no = false
        let tokens = tokens(folded)
        var i = 0
        tokenLoop: while i < tokens.count {
            // The longest phrase of up to three tokens that is a mark ("nog niet gezien").
            for length in stride(from: min(3, tokens.count - i), through: 1, by: -1) {
                let phrase = tokens[i..<i + length].joined(separator: " ")
                let glyph = length == 1 && phrase.count == 1 ? phrase.first : nil
                if Vocabulary.yesMarks.contains(phrase) || glyph.map(Vocabulary.tickGlyphs.contains) == true {
                    yes = true
                } else if Vocabulary.noMarks.contains(phrase) || glyph.map(Vocabulary.untickGlyphs.contains) == true {
                    no = true
                } else {
                    continue
                }
                i += length
                continue tokenLoop
            }
            return .unknown(quote)
        }
        if yes && no { return .conflict(quote) }
        return .marked(yes)
    }

    /// The words and glyphs of folded text: separators dropped, each symbol its own token.
    private static func tokens(_ folded: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        for c in folded {
            if c.isLetter || c.isNumber || c == "." || c == "+" {
                word.append(c)
                continue
            }
            if !word.isEmpty { tokens.append(word); word = "" }
            if c == " " || ",;/|():".contains(c) { continue }
            tokens.append(String(c))
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }

    /// A date written as a tick ("12-3", "12/03/2026"): seen on that day.
    private static func isDate(_ folded: String) -> Bool {
        let parts = folded.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard (2...3).contains(parts.count), folded.count <= 10 else { return false }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, (1...31).contains(numbers[0]), (1...12).contains(numbers[1]) else { return false }
        return numbers.count == 2 || numbers[2] < 100 || (2000...2100).contains(numbers[2])
    }

    /// The reading as a tick: nil unless it is a clear yes or no (empty counts as not ticked).
    var ticked: Bool? {
        switch self {
        case .empty: return false
        case .marked(let yes): return yes
        case .unknown, .conflict: return nil
        }
    }
}

extension String {
    /// Hyphens and dashes between letters made spaces ("niet-voldaan" reads as "niet voldaan").
    var replacingHyphens: String {
        guard contains(where: { $0 == "-" || $0 == "‐" || $0 == "‑" || $0 == "–" }) else { return self }
        var out = ""
        var previous: Character?
        var characters = Array(self)
        for i in characters.indices {
            let c = characters[i]
            if "-‐‑–".contains(c), previous?.isLetter == true, i + 1 < characters.count, characters[i + 1].isLetter {
                characters[i] = " "
            }
            out.append(characters[i])
            previous = c
        }
        return out
    }
}
