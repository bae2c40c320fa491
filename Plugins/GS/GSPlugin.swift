// Geschiedenis (GS): de werkplekbegeleider geeft feedback.
public import FeedbackForm

/// The Geschiedenis plugin: de werkplekbegeleider geeft feedback.
public struct GSPlugin: SubjectPlugin {
    public var subject: Subject

    public init(subject: Subject = GSPlugin.facts) {
        self.subject = subject
    }

    /// The handbook's facts (section 5.5).
    public static let facts = Subject(
        code: "GS", name: "Geschiedenis",
        aliases: ["Geschiedenis", "geschiedenis", "GS"],
        outcomes: [
            SubjectOutcome(id: "gs.activerende-didactiek-en-m-en-m", name: "Activerende Didactiek & M&M", ects: 5, role: .feedback),
            SubjectOutcome(id: "gs.historische-vaardigheden-en-leermiddelenanalyse", name: "Historische vaardigheden & leermiddelenanalyse", ects: 5, role: .feedback),
            SubjectOutcome(id: "gs.excursiedidactiek-en-toetsing", name: "Excursiedidactiek & toetsing", ects: 5, role: .feedback),
        ])
}
