public import Messages

/// Something a reader of the record should know: a value not found, found
/// twice with different values, marked in a way that means neither yes nor
/// no, or not one of the field's options. The value concerned is then null;
/// the diagnostic names the field (`where`) and says why. It may quote what
/// is written on the form (the record holds that anyway); it is never logged.
public struct FormDiagnostic: Sendable, Equatable, Encodable {
    /// The stable machine code (README lists them); scripts and `validate` act on it.
    public var code: DiagnosticCode
    public var severity: Severity
    /// The field path or location concerned.
    public var `where`: String
    /// The field's name and what was found, for the message in either language.
    public var facts: DiagnosticFacts
    /// The language the record's `message` is written in.
    public var language: Language

    public init(_ code: DiagnosticCode, where place: String, facts: DiagnosticFacts, severity: Severity? = nil,
                language: Language = .nl) {
        self.code = code
        self.severity = severity ?? code.severity
        self.where = place
        self.facts = facts
        self.language = language
    }

    /// The message in both languages.
    public var message: Phrase { code.message(facts) }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code.rawValue, forKey: .code)
        try c.encode(severity, forKey: .severity)
        try c.encode(message(language), forKey: .message)
        try c.encode(self.where, forKey: .where)
    }

    private enum CodingKeys: String, CodingKey { case code, severity, message, `where` }
}
