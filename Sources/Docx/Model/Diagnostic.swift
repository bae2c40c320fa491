public import Messages

/// Something odd but survivable met while reading, returned with the result.
public struct Diagnostic: Sendable, Equatable {
    public var severity: Severity
    /// A stable identifier of the kind of finding (e.g. `binding-differs`).
    public var code: String
    /// One line for people, in both languages.
    public var message: Phrase
    /// The part concerned, if any.
    public var part: String?

    public init(_ severity: Severity, _ code: String, _ message: Phrase, part: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.part = part
    }
}

extension Diagnostic {
    /// The diagnostic as JSON (`severity`, `code`, `message` in `language`, `part`).
    public struct Said: Encodable {
        public let diagnostic: Diagnostic
        public let language: Language

        public init(_ diagnostic: Diagnostic, in language: Language) {
            self.diagnostic = diagnostic
            self.language = language
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(diagnostic.severity, forKey: .severity)
            try c.encode(diagnostic.code, forKey: .code)
            try c.encode(diagnostic.message(language), forKey: .message)
            try c.encode(diagnostic.part, forKey: .part)
        }

        private enum Key: String, CodingKey { case severity, code, message, part }
    }
}
