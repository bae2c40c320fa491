public import Docx

/// The supervisor's part in a subject-didactics outcome.
public enum SubjectRole: String, Sendable, Equatable, Encodable, CaseIterable {
    /// The supervisor assesses (voldaan / niet voldaan) and gives feedback.
    case assess
    /// The supervisor guides and gives feedback; the institute assesses.
    case feedback
    /// The institute does it all; the supervisor has no part.
    case none
}

/// A subject-didactics outcome (handbook 5.5).
public struct SubjectOutcome: Sendable, Equatable, Encodable, Identifiable {
    /// Stable id, `<subject code>.<slug>` in lower case (`ne.didactiek-taalvaardigheid`).
    public var id: String
    public var name: String
    public var ects: Int
    /// Starred outcomes: the student shows two in year 2 and the rest in year 3.
    public var starred: Bool
    public var role: SubjectRole
    /// The role for students in a pilot where it differs (NA/SK: `assess`).
    public var pilotRole: SubjectRole?

    public init(id: String, name: String, ects: Int = 5, starred: Bool = false, role: SubjectRole = .feedback,
                pilotRole: SubjectRole? = nil) {
        self.id = id
        self.name = name
        self.ects = ects
        self.starred = starred
        self.role = role
        self.pilotRole = pilotRole
    }
}

/// The facts about one subject group: what a plugin file can state and override.
public struct Subject: Sendable, Equatable, Encodable {
    /// The code (`NE`, `DU/FR`, `NA/SK`...).
    public var code: String
    public var name: String
    /// Other names the subject field may hold (`Duits`, `Frans`, `NaSk`...).
    public var aliases: [String]
    public var outcomes: [SubjectOutcome]
    /// Headings that mark a form of this subject (besides the outcome names).
    public var headings: [String]
    /// `built-in`, or the file the facts came from.
    public var source: String

    public init(code: String, name: String, aliases: [String], outcomes: [SubjectOutcome], headings: [String] = [],
                source: String = "built-in") {
        self.code = code
        self.name = name
        self.aliases = aliases
        self.outcomes = outcomes
        self.headings = headings
        self.source = source
    }

    /// Whether `text` names this subject (code, name or alias; case and accents ignored).
    public func isNamed(_ text: String) -> Bool {
        Subject.isNamed(folded: Subject.fold(text), byAnyOf: foldedNames)
    }

    /// Its code, name, aliases and the code's parts (`DU`, `FR`), folded:
    /// what a subject field is compared with.
    var foldedNames: [String] {
        ([code, name] + aliases + code.split(separator: "/").map(String.init)).map(Catalogue.fold)
    }

    /// A subject field's text as it is compared with ``foldedNames``.
    static func fold(_ text: String) -> String {
        Catalogue.fold(text.trimmed)
    }

    /// Whether a folded text names a subject of these folded names: it is
    /// one, or ends with one in brackets ("Nederlands (NE)").
    static func isNamed(folded text: String, byAnyOf names: [String]) -> Bool {
        names.contains { $0 == text || text.hasSuffix("(\($0))") }
    }

    /// How many of the starred outcomes a student addresses in year 2.
    public static let starredInYear2 = 2
}

/// The one place that knows a subject's variant of the form.
///
/// Plugins are ordinary Swift modules under `Plugins/<Subject>/` that depend on
/// this module only (not SwiftPM package plugins); a YAML file can state or
/// override a plugin's facts without Swift (see README).
public protocol SubjectPlugin: Sendable {
    /// The subject's facts.
    var subject: Subject { get }

    /// The plugin with these facts (its own, or a plugin file's).
    init(subject: Subject)

    /// Reads the sections only this subject's forms have (observation forms,
    /// practicum reports) into the record.
    func readSections(of document: Document, into record: inout FormRecord)

    /// The same plugin with other facts (from a plugin file).
    func with(_ subject: Subject) -> any SubjectPlugin
}

extension SubjectPlugin {
    public func readSections(of document: Document, into record: inout FormRecord) {}

    public func with(_ subject: Subject) -> any SubjectPlugin {
        Self(subject: subject)
    }
}

/// A plugin made of facts alone: what a plugin file for a new subject gives.
public struct FactsPlugin: SubjectPlugin {
    public var subject: Subject

    public init(subject: Subject) {
        self.subject = subject
    }
}
