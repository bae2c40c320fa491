/// How much a finding matters; `--fail-on` and the configuration compare these.
public enum Severity: String, Sendable, Comparable, CaseIterable, Encodable {
    case info, warning, error

    public static func < (a: Severity, b: Severity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One thing a check found in one file.
public struct Finding: Sendable, Equatable, Encodable {
    /// The rule's id (see ``Rule/all``).
    public var rule: String
    public var severity: Severity
    /// The learning outcome concerned, if any.
    public var outcome: String?
    /// Where in the document: `part#path` of the model, or the record's field
    /// path when the value is missing altogether.
    public var location: String
    /// One line in Dutch, for the people who fill in the form.
    public var message: String
    /// The same line in English.
    public var messageEnglish: String

    public init(rule: Rule, outcome: String? = nil, location: String, message: String, english: String) {
        self.rule = rule.id
        self.severity = rule.severity
        self.outcome = outcome
        self.location = location
        self.message = message
        self.messageEnglish = english
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(severity, forKey: .severity)
        try c.encode(outcome, forKey: .outcome)
        try c.encode(location, forKey: .location)
        try c.encode(message, forKey: .message)
        try c.encode(messageEnglish, forKey: .messageEnglish)
    }

    private enum CodingKeys: String, CodingKey { case rule, severity, outcome, location, message, messageEnglish }
}

/// A check with a stable id, a default severity and a summary in both languages.
public struct Rule: Sendable, Equatable {
    /// Whether the rule checks blank templates or filled forms.
    public enum Scope: String, Sendable { case template, form }

    public let id: String
    public let scope: Scope
    public let severity: Severity
    public let summary: String
    public let summaryEnglish: String

    /// The rule at another severity (as a configuration sets it).
    public func with(severity: Severity) -> Rule {
        Rule(id: id, scope: scope, severity: severity, summary: summary, summaryEnglish: summaryEnglish)
    }
}
