/// The fields of the form as the reader finds them by label: the labels
/// (from ``Vocabulary``) compared after folding (lower case, no accents, no
/// punctuation at the end, no text in brackets).
enum FormFields {
    /// Header fields: tag, then labels (longest match wins), from ``Vocabulary``.
    static let header: [(tag: String, labels: [String])] = Vocabulary.headerFields.map { ($0.key, $0.labels) }

    /// Header fields whose label may stand without a colon before a value of
    /// plain kind, each with its labels longest first.
    static let colonlessHeader: [(tag: String, labels: [String])] = header
        .filter { ["student.name", "student.number", "date", "subject"].contains($0.tag) }
        .map { ($0.tag, $0.labels.sorted { $0.count > $1.count }) }

    /// Every header label, for telling a cell that is a label from one that is a value.
    private static let headerLabels = Set(header.flatMap(\.labels))

    /// Whether a cell's text is just a header label ("Stud.nr.", "Naam:").
    static func isHeaderLabel(_ text: String) -> Bool {
        text.utf8.count <= 40 && headerLabels.contains(normalise(text))
    }

    /// Whether text is a student number: five to nine digits (spaces allowed between).
    static func isStudentNumber(_ text: String) -> Bool {
        let digits = text.filter { $0 != " " }
        return (5...9).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Per-outcome fields: the tag's suffix, then labels, from ``Vocabulary``.
    static let outcome: [(suffix: String, labels: [String])] = Vocabulary.outcomeFields.map { ($0.key, $0.labels) }

    /// The header's and the outcomes' fields, for finding the field a label belongs to.
    static let headerFields = FieldLabels(header.map { ($0.tag, $0.labels) })
    static let outcomeFields = FieldLabels(outcome.map { ($0.suffix, $0.labels) })

    /// Signature rows: the role and the labels of its row.
    static let signatures: [(role: String, labels: [String])] = [
        ("student", ["student"]), ("supervisor", ["werkplekbegeleider"]),
        ("school-teacher-educator", ["schoolopleider"]), ("institute-teacher-educator", ["instituutsopleider"]),
    ]

    /// A label in the form compared with labels: bracketed text removed,
    /// folded, punctuation other than the colon made a space ("Vak/opleiding"
    /// → "vak opleiding"), and a trailing colon or question mark dropped.
    static func normalise(_ label: String) -> String {
        var folder = Catalogue.Folder(capacity: label.utf8.count)
        var depth = 0
        for scalar in label.unicodeScalars {
            if scalar == "(" { depth += 1; continue }
            if scalar == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { folder.append(Catalogue.isWordScalar(scalar) || scalar == ":" || scalar == "-" ? scalar : " ") }
        }
        var folded = folder.finish()
        while let last = folded.last, last == ":" || last == " " || last == "-" { folded.removeLast() }
        return folded
    }

    /// The ASCII letters a text begins with, lowered, and the byte after
    /// them (nil at the end).
    static func leadingLetters(_ text: String) -> (letters: String, next: UInt8?) {
        var letters: [UInt8] = []
        for byte in text.utf8 {
            // Setting bit 5 lowers an ASCII capital and leaves a small letter; no other byte becomes one.
            guard (0x61...0x7A).contains(byte | 0x20) else { return (String(decoding: letters, as: UTF8.self), byte) }
            letters.append(byte | 0x20)
        }
        return (String(decoding: letters, as: UTF8.self), nil)
    }

    /// The ASCII letters a text begins with, lowered, when a space, a colon
    /// or the end follows them ("Je past…" → "je"); nil when none do, or
    /// something else follows ("Stud.nr.", "E-mail", "2.1 Je…").
    static func leadingWord(_ text: String) -> String? {
        let (letters, next) = leadingLetters(text)
        guard !letters.isEmpty, next == nil || next == UInt8(ascii: " ") || next == UInt8(ascii: ":") else { return nil }
        return letters
    }

    /// The best (longest) label of `labels` that `text` is or starts with.
    static func match(_ text: String, _ labels: [String]) -> String? {
        var best: String?
        let first = text.utf8.first
        for label in labels where label.utf8.first == first && begins(text, with: label.utf8) {
            if best == nil || label.count > best!.count { best = label }
        }
        return best
    }

    /// Whether `text` begins with `label` as a label: the label is the whole
    /// text, or a word of it (a space or a colon follows).
    static func begins(_ text: String, with label: some Collection<UInt8>) -> Bool {
        guard text.utf8.starts(with: label) else { return false }
        let next = text.utf8.dropFirst(label.count).first
        return next == nil || next == UInt8(ascii: " ") || next == UInt8(ascii: ":")
    }
}

/// Fields and their labels, kept for finding the field a label belongs to:
/// the labels in UTF-8 by their first byte, so that a text is compared only
/// with labels that begin as it does.
struct FieldLabels: Sendable {
    private let byFirstByte: [UInt8: [(field: String, label: [UInt8], length: Int)]]
    /// Each label's leading ASCII letters ("stud" of "stud nr").
    private let leadingWords: Set<String>

    init(_ fields: [(String, [String])]) {
        var byFirstByte: [UInt8: [(field: String, label: [UInt8], length: Int)]] = [:]
        for (field, labels) in fields {
            for label in labels { if let first = label.utf8.first { byFirstByte[first, default: []].append((field, Array(label.utf8), label.count)) } }
        }
        self.byFirstByte = byFirstByte
        leadingWords = Set(fields.flatMap { $0.1.map { FormFields.leadingLetters($0).letters } })
    }

    /// Whether some label begins with these ASCII letters (its
    /// ``FormFields/leadingLetters(_:)``). A text that has a field begins with
    /// its label; where the text's letters end at a word's end
    /// (``FormFields/leadingWord(_:)``), the label's letters are the same.
    func hasLabel(beginningWith letters: String) -> Bool {
        leadingWords.contains(letters)
    }

    /// The field whose matching label is longest (the first of equals): the
    /// field a label belongs to ("Feedback: indicatoren…" belongs to the
    /// indicators-seen part, not to "feedback"); nil when none matches. A
    /// label matches when it is the whole text, or a word of it (a space or a
    /// colon follows).
    func field(of text: String) -> String? {
        guard let first = text.utf8.first, let entries = byFirstByte[first] else { return nil }
        var best: (field: String, length: Int)?
        for entry in entries where FormFields.begins(text, with: entry.label) {
            if best == nil || entry.length > best!.length { best = (entry.field, entry.length) }
        }
        return best?.field
    }
}

/// Words of ASCII letters kept in one buffer, for asking whether a word
/// begins with any of them in place (a loop over strings retains each).
struct WordPrefixes: Sendable {
    private let bytes: [UInt8]
    /// Word i is `bytes[bounds[i]..<bounds[i + 1]]`.
    private let bounds: [Int]

    init(_ words: [String]) {
        bytes = words.flatMap(\.utf8)
        bounds = words.reduce(into: [0]) { bounds, word in bounds.append(bounds.last! + word.utf8.count) }
    }

    /// Whether `word` begins with one of the words, byte for byte (for
    /// ASCII, as `hasPrefix` compares).
    func beginOne(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { word in
            bytes.withUnsafeBufferPointer { bytes in
                bounds.indices.dropLast().contains { i in
                    let count = bounds[i + 1] - bounds[i]
                    return count <= word.count && (0..<count).allSatisfy { word[$0] == bytes[bounds[i] + $0] }
                }
            }
        }
    }
}

extension String {
    /// Whether the text has at most `n` characters, counted no further than
    /// one more (`count` counts them all: a long paragraph's every character).
    func hasAtMostCharacters(_ n: Int) -> Bool {
        if utf8.count <= n { return true }
        // Leading ASCII other than CR: each such byte followed by another is a character of its own (only CR LF,
        // or a mark beyond ASCII after it, joins more into one), so n + 1 of them are more than n characters.
        var plain = 0
        for byte in utf8 {
            guard byte < 0x80 && byte != 0x0D else { break }
            plain += 1
            if plain > n { return false }
        }
        return dropFirst(n).isEmpty
    }
}
