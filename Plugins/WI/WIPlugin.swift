// Wiskunde (WI): de werkplekbegeleider geeft feedback en kan observatieformulieren invullen en meegeven.
public import FeedbackForm

/// The Wiskunde plugin: de werkplekbegeleider geeft feedback en kan observatieformulieren invullen en meegeven.
public struct WIPlugin: SubjectPlugin {
    public var subject: Subject

    public init(subject: Subject = WIPlugin.facts) {
        self.subject = subject
    }

    /// The handbook's facts (section 5.5).
    public static let facts = Subject(
        code: "WI", name: "Wiskunde",
        aliases: ["Wiskunde", "wiskunde", "WI"],
        outcomes: [
            SubjectOutcome(id: "wi.vakdidactiek-algebra", name: "Vakdidactiek algebra", ects: 5, starred: true, role: .feedback),
            SubjectOutcome(id: "wi.vakdidactiek-meetkunde", name: "Vakdidactiek meetkunde", ects: 5, starred: true, role: .feedback),
            SubjectOutcome(id: "wi.vakdidactiek-rekenen", name: "Vakdidactiek rekenen", ects: 5, starred: true, role: .feedback),
            SubjectOutcome(id: "wi.vakdidactiek-statistiek", name: "Vakdidactiek statistiek", ects: 5, starred: true, role: .feedback),
        ],
        headings: ["Observatieformulier"])

    /// The observation forms (observatieformulieren) the supervisor may fill in and attach.
    public func readSections(of document: Document, into record: inout FormRecord) {
        record.sections += SectionReader.sections(titled: ["observatieformulier"], kind: "observation-form", in: document)
    }
}
