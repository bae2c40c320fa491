/// How much a finding or diagnostic matters: the one scale of the reading
/// core's diagnostics, the record's and validation's findings.
public enum Severity: String, Sendable, Comparable, CaseIterable, Encodable {
    case info, warning, error

    public static func < (a: Severity, b: Severity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The severity as a person reads it.
    public var word: Phrase {
        switch self {
        case .info: Phrase(nl: "opmerking", en: "note")
        case .warning: Phrase(nl: "waarschuwing", en: "warning")
        case .error: Phrase(nl: "fout", en: "error")
        }
    }
}
