public import Messages

/// Tells a text's language by its small words: the check that keeps every
/// output in one language (the tests run it over the catalogue and over what
/// each command prints). Quoted text (‘…’ “…” '…' "…" `…`), places ({name}), flags, paths,
/// codes and the form's own Dutch terms (voldaan, niet voldaan...) are left
/// out: they are the same in either language.
public enum LanguageCheck {
    /// Words only Dutch uses.
    static let dutch: Set<String> = [
        "de", "het", "een", "niet", "van", "en", "met", "voor", "naar", "geen", "kan", "wordt", "zijn", "staat", "bij", "op",
        "dit", "dat", "deze", "ook", "nog", "maar", "bestand", "bestanden", "fout", "fouten", "waarschuwing", "waarschuwingen",
        "opmerking", "opmerkingen", "formulier", "formulieren", "leeg", "mislukt", "gelezen", "verwacht", "onbekend", "moet",
        "heeft", "niets", "wat", "uit", "te", "om", "er", "zonder", "alleen", "overgeslagen", "bevindingen", "onleesbaar",
    ]
    /// Words only English uses.
    static let english: Set<String> = [
        "the", "and", "not", "with", "for", "file", "files", "cannot", "this", "that", "missing", "empty", "found", "must",
        "expected", "unknown", "error", "errors", "warning", "warnings", "note", "notes", "failed", "skipped", "has",
        "are", "be", "to", "on", "it", "its", "no", "without", "from", "which", "what", "could", "does", "or", "an", "by",
        "at", "one", "findings", "unreadable", "forms", "read",
    ]
    /// The form's own terms, Dutch in either language.
    static let terms = ["niet-voldaan", "niet voldaan", "voldaan", "eindbeoordeling", "tussenevaluatie", "startgesprek", "kijkkader"]

    /// The words in `text` that belong to the other language than `language`.
    public static func foreignWords(in text: String, for language: Language) -> [String] {
        let other = language == .nl ? english : dutch
        return words(of: text).filter { other.contains($0) }
    }

    /// The plain words of `text`: quotes, terms and tokens holding anything but letters removed, lowercased.
    static func words(of text: String) -> [String] {
        var plain = ""
        var closing: Character?
        for c in text {
            if let end = closing {
                if c == end { closing = nil }
                continue
            }
            switch c {
            case "‘": closing = "’"
            case "“": closing = "”"
            case "`": closing = "`"
            case "{": closing = "}"
            case "\"": closing = "\""
            case "'" where plain.last.map({ !$0.isLetter }) ?? true: closing = "'"
            default: plain.append(c)
            }
        }
        var lowered = plain.lowercased()
        for term in terms { lowered = lowered.replacing(term, with: " ") }
        return lowered.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).compactMap { token in
            let word = token.drop(while: { "([{".contains($0) }).reversed().drop(while: { ".,;:!?)]}…".contains($0) }).reversed()
            let text = String(word)
            return !text.isEmpty && text.allSatisfy(\.isLetter) ? text : nil
        }
    }
}
