// Economie (EC): de werkplekbegeleider geeft feedback.
public import FeedbackForm

/// The Economie plugin: de werkplekbegeleider geeft feedback.
public struct ECPlugin: SubjectPlugin {
    public var subject: Subject

    public init(subject: Subject = ECPlugin.facts) {
        self.subject = subject
    }

    /// The handbook's facts (section 5.5).
    public static let facts = Subject(
        code: "EC", name: "Economie",
        aliases: ["Economie", "economie", "EC"],
        outcomes: [
            SubjectOutcome(id: "ec.vakdidactiek-leermiddelenanalyse-en-methodetoetsing", name: "Vakdidactiek Leermiddelenanalyse & methodetoetsing", ects: 5, role: .feedback),
        ])
}
