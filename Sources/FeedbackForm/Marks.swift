internal import Docx

/// A stretch of visible text with the formatting that can mark a choice.
/// Checkboxes (content controls and legacy fields) become ☒ or ☐.
struct Piece: Equatable {
    var text: String
    var format: RunFormat

    /// The visible pieces of inline content; deleted text is left out.
    static func of(_ inlines: [Inline]) -> [Piece] {
        var pieces: [Piece] = []
        for inline in inlines {
            switch inline {
            case .run(let run) where !run.isDeleted: pieces.append(Piece(text: run.text, format: run.format))
            case .run, .noteReference, .textBox: break
            case .control(let control):
                if control.kind == .checkbox {
                    pieces.append(Piece(text: control.checked == true ? "☒" : "☐", format: RunFormat()))
                } else if case .inlines(let inner) = control.content {
                    pieces += control.showingPlaceholder ? [] : of(inner)
                } else if let value = control.value {
                    pieces.append(Piece(text: value, format: RunFormat()))
                }
            case .field(let field):
                if let form = field.formField, form.kind == .checkbox {
                    pieces.append(Piece(text: form.checked == true ? "☒" : "☐", format: RunFormat()))
                } else {
                    pieces += of(field.result)
                }
            case .hyperlink(let link): pieces += of(link.inlines)
            }
        }
        return pieces
    }

    /// The pieces of blocks, paragraphs separated by a line break.
    static func of(_ blocks: [Block]) -> [Piece] {
        var pieces: [Piece] = []
        for block in blocks {
            if !pieces.isEmpty { pieces.append(Piece(text: "\n", format: RunFormat())) }
            switch block {
            case .paragraph(let paragraph): pieces += of(paragraph.inlines)
            case .table(let table): pieces += table.rows.flatMap { $0.cells.flatMap { of($0.blocks) } }
            case .control(let control):
                if case .blocks(let inner) = control.content, !control.showingPlaceholder { pieces += of(inner) }
            }
        }
        return pieces
    }
}

/// Reads which of a few options someone chose in a piece of text: by deleting
/// the others, striking them through, marking one with a glyph (☒ ✓ X) or a
/// checked box, or highlighting, shading, bolding, underlining or colouring it.
struct OptionReader {
    /// An option: the value it stands for and the words that spell it.
    struct Option {
        var value: String
        var words: [String]
    }

    enum Outcome: Equatable {
        case notFound
        case chosen(String, method: String)
        case ambiguous
    }

    let options: [Option]

    static let judgement = OptionReader(options: [
        Option(value: "niet-voldaan", words: ["niet voldaan", "onvoldoende"]),
        Option(value: "voldaan", words: ["voldaan", "voldoende"]),
    ])

    static let moment = OptionReader(options: [
        Option(value: "startgesprek", words: ["startgesprek"]),
        Option(value: "tussenevaluatie", words: ["tussenevaluatie", "tussentijdse evaluatie", "tussentijdse beoordeling"]),
        Option(value: "eindbeoordeling", words: ["eindbeoordeling", "eindevaluatie", "eindgesprek"]),
    ])

    static let yesNo = OptionReader(options: [
        Option(value: OutcomeRecord.word(for: false), words: ["nee", "neen", "niet voldoende vertrouwen", "onvoldoende vertrouwen"]),
        Option(value: OutcomeRecord.word(for: true), words: ["ja", "voldoende vertrouwen"]),
    ])

    private struct Occurrence {
        var value: String
        var start: Int
        var end: Int
        var format: RunFormat
    }

    func read(_ pieces: [Piece]) -> Outcome {
        var characters: [Character] = []
        var formats: [RunFormat] = []
        for piece in pieces {
            for c in piece.text.lowercased() {
                characters.append(c)
                formats.append(piece.format)
            }
        }
        var taken = [Bool](repeating: false, count: characters.count)
        var found: [Occurrence] = []
        // Longer spellings first, so "voldaan" inside "niet voldaan" is not counted twice.
        let spellings = options.flatMap { option in option.words.map { (option.value, Array($0)) } }.sorted { $0.1.count > $1.1.count }
        for (value, word) in spellings where word.count <= characters.count {
            var i = 0
            while i + word.count <= characters.count {
                if !taken[i], Array(characters[i..<i + word.count]) == word,
                   i == 0 || !characters[i - 1].isLetter, i + word.count == characters.count || !characters[i + word.count].isLetter {
                    for k in i..<i + word.count { taken[k] = true }
                    found.append(Occurrence(value: value, start: i, end: i + word.count, format: formats[i]))
                    i += word.count
                } else {
                    i += 1
                }
            }
        }
        guard !found.isEmpty else { return .notFound }
        let values = Set(found.map(\.value))
        if values.count == 1 { return .chosen(found[0].value, method: "only-option-present") }

        let marked = found.filter { glyph(before: $0.start, after: $0.end, in: characters) == true }
        if Set(marked.map(\.value)).count == 1 { return .chosen(marked[0].value, method: "marked-with-glyph") }

        let kept = found.filter { !$0.format.strike && !$0.format.doubleStrike }
        if kept.count < found.count, Set(kept.map(\.value)).count == 1 { return .chosen(kept[0].value, method: "others-struck-through") }

        let emphasised = kept.filter {
            $0.format.highlight != nil || $0.format.shading != nil || $0.format.bold || $0.format.underline != nil || $0.format.color != nil
        }
        if emphasised.count < kept.count, Set(emphasised.map(\.value)).count == 1 {
            return .chosen(emphasised[0].value, method: "emphasised")
        }
        return .ambiguous
    }

    /// A checked mark just before or after an option (☒ ☑ ✓ ✔ X), or an
    /// unchecked box (☐): true, false, or nil when there is no mark.
    private func glyph(before start: Int, after end: Int, in characters: [Character]) -> Bool? {
        func mark(_ c: Character, _ neighbour: Character?) -> Bool? {
            if "☒☑✓✔✗✘⌧".contains(c) { return true }
            if "☐□◻".contains(c) { return false }
            if c == "x", neighbour.map({ !$0.isLetter }) ?? true { return true }
            return nil
        }
        var i = start - 1
        while i >= 0, characters[i] == " " || characters[i] == "\u{00A0}" || characters[i] == "\t" { i -= 1 }
        if i >= 0, let m = mark(characters[i], i > 0 ? characters[i - 1] : nil) { return m }
        var j = end
        while j < characters.count, characters[j] == " " || characters[j] == "\u{00A0}" || characters[j] == "\t" { j += 1 }
        if j < characters.count, let m = mark(characters[j], j + 1 < characters.count ? characters[j + 1] : nil) { return m }
        return nil
    }
}

/// Whether a kijkkader or skills cell says "seen": a checked box, a mark
/// glyph, an X, "ja", or a short note such as a date; no for an empty box,
/// "nee", "nog niet"; nil when the cell is empty or holds a long text.
enum SeenReader {
    static func read(_ pieces: [Piece]) -> Bool? {
        let text = pieces.map(\.text).joined().lowercased().trimmed
        if text.isEmpty { return nil }
        if text.contains(where: { "☒☑✓✔✗✘⌧".contains($0) }) { return true }
        if text.contains(where: { "☐□◻".contains($0) }) { return false }
        switch text {
        case "x", "ja", "j", "gezien", "v", "yes", "+": return true
        case "nee", "n", "-", "nog niet", "niet gezien", "n.v.t.", "nvt", "n.v.t": return false
        default:
            if text.hasPrefix("niet ") || text.hasPrefix("nee") || text.hasPrefix("nog niet") { return false }
            return text.count <= 20 ? true : nil
        }
    }
}
