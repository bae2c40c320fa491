// Messages: every text a person reads, in Dutch and English, from this one
// module; the language a run speaks; the exit statuses of the command line and
// what the web page answers for each.

/// The language a text is given in. Dutch first: the form, its users and the
/// handbook are Dutch.
public enum Language: String, Sendable, CaseIterable, Equatable {
    case nl, en

    /// The language of a locale setting such as `en_GB.UTF-8` or `nl`; nil for
    /// one that names neither (`C`, `POSIX`, `de_DE`).
    public init?(locale: String) {
        let code = locale.prefix { $0.isLetter }.lowercased()
        guard let language = Language(rawValue: code) else { return nil }
        self = language
    }

    /// The language of the environment's locale, as `LC_ALL`, else
    /// `LC_MESSAGES`, else `LANG` sets it (the first that is set and not empty
    /// decides, as for gettext); Dutch when that names neither language.
    public static func of(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(locale: value) ?? .nl
        }
        return .nl
    }

    /// The language an HTTP `Accept-Language` header prefers most (by its
    /// `q` weights, ties in the order given); Dutch when it names neither.
    public static func preferred(acceptLanguage header: String?) -> Language {
        var best: (language: Language, weight: Double)?
        for item in (header ?? "").split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingSpaces }
            guard let tag = parts.first, let language = Language(locale: String(tag)) else { continue }
            let weight = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if weight > 0 && weight > (best?.weight ?? 0) { best = (language, weight) }
        }
        return best?.language ?? .nl
    }
}

/// A text in both languages. Every text a person reads is one of these,
/// made in this module's catalogue (the `Texts` extensions).
public struct Phrase: Sendable, Equatable, CustomStringConvertible {
    public let nl: String
    public let en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        language == .nl ? nl : en
    }

    /// The text with `other` after it, in each language.
    public static func + (a: Phrase, b: Phrase) -> Phrase {
        Phrase(nl: a.nl + b.nl, en: a.en + b.en)
    }

    /// Dutch: a phrase printed without a language chosen (debugging) is the Dutch one.
    public var description: String { nl }
}

extension Phrase {
    /// The same text in both languages: a value from the form or the system, never a sentence.
    public static func verbatim(_ text: String) -> Phrase { Phrase(nl: text, en: text) }
}

/// The catalogue: every text a person reads, grouped by who says it
/// (`Texts.Reading`, `Texts.Diagnostics`, `Texts.Validation`, `Texts.Commands`,
/// `Texts.Page`, `Texts.Columns`).
public enum Texts {}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return s
    }
}
