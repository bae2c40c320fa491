// Nederlands (NE): de werkplekbegeleider geeft feedback.
public import FeedbackForm

/// The Nederlands plugin: de werkplekbegeleider geeft feedback.
public struct NEPlugin: SubjectPlugin {
    public var subject: Subject

    public init(subject: Subject = NEPlugin.facts) {
        self.subject = subject
    }

    /// The handbook's facts (section 5.5).
    public static let facts = Subject(
        code: "NE", name: "Nederlands",
        aliases: ["Nederlands", "nederlands", "NE"],
        outcomes: [
            SubjectOutcome(id: "ne.didactiek-taalvaardigheid", name: "Didactiek taalvaardigheid", ects: 10, role: .feedback),
            SubjectOutcome(id: "ne.didactiek-taalbeschouwing", name: "Didactiek taalbeschouwing", ects: 5, role: .feedback),
            SubjectOutcome(id: "ne.onderzoek-leergang", name: "Onderzoek leergang", ects: 5, role: .feedback),
        ])
}
