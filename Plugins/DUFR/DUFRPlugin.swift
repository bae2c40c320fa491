// Duits en Frans (DU/FR): de werkplekbegeleider geeft feedback.
public import FeedbackForm

/// The Duits en Frans plugin: de werkplekbegeleider geeft feedback.
public struct DUFRPlugin: SubjectPlugin {
    public var subject: Subject

    public init(subject: Subject = DUFRPlugin.facts) {
        self.subject = subject
    }

    /// The handbook's facts (section 5.5).
    public static let facts = Subject(
        code: "DU/FR", name: "Duits en Frans",
        aliases: ["Duits", "Frans", "DU", "FR", "Duits/Frans"],
        outcomes: [
            SubjectOutcome(id: "du-fr.vakdidactiek-van-cultuurbewustzijn-en-literatuur", name: "Vakdidactiek van cultuurbewustzijn en literatuur", ects: 5, role: .feedback),
            SubjectOutcome(id: "du-fr.vakdidactiek-van-de-taalbeheersing", name: "Vakdidactiek van de taalbeheersing", ects: 5, role: .feedback),
        ])
}
