public import FeedbackForm

/// One thing a check found in one file.
public struct Finding: Sendable, Equatable {
    /// The rule's id (see ``Rule/all``).
    public var rule: String
    public var severity: Severity
    /// The learning outcome concerned, if any.
    public var outcome: String?
    /// Where in the document: `part#path` of the model, or the record's field
    /// path when the value is missing altogether.
    public var location: String
    /// One line for the people who fill in the form, in both languages.
    public var message: Phrase

    public init(rule: Rule, outcome: String? = nil, location: String, message: Phrase) {
        self.rule = rule.id
        self.severity = rule.severity
        self.outcome = outcome
        self.location = location
        self.message = message
    }
}

/// A check with a stable id, a default severity and a summary in both languages.
public struct Rule: Sendable, Equatable {
    /// Whether the rule checks blank templates or filled forms.
    public enum Scope: String, Sendable { case template, form }

    public let id: String
    public let scope: Scope
    public let severity: Severity

    /// What the rule checks, from the catalogue.
    public let summary: Phrase

    /// The rule at another severity (as a configuration sets it).
    public func with(severity: Severity) -> Rule {
        Rule(id: id, scope: scope, severity: severity, summary: summary)
    }
}
