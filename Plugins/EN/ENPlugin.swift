// Engels (EN): feedback; in de pilot beoordeelt de werkplekbegeleider Teaching Grammar. Welke leeruitkomsten dit jaar geheel door het instituut worden verzorgd, legt een pluginbestand vast.
public import FeedbackForm

/// The Engels plugin: feedback; in de pilot beoordeelt de werkplekbegeleider Teaching Grammar. Welke leeruitkomsten dit jaar geheel door het instituut worden verzorgd, legt een pluginbestand vast.
public struct ENPlugin: SubjectPlugin {
    public var subject: Subject

    public init(subject: Subject = ENPlugin.facts) {
        self.subject = subject
    }

    /// The handbook's facts (section 5.5).
    public static let facts = Subject(
        code: "EN", name: "Engels",
        aliases: ["Engels", "engels", "English", "EN"],
        outcomes: [
            SubjectOutcome(id: "en.leerganganalyse", name: "Leerganganalyse", ects: 5, role: .feedback),
            SubjectOutcome(id: "en.teaching-grammar", name: "Teaching Grammar", ects: 5, role: .assess),
            SubjectOutcome(id: "en.teaching-young-adult-fiction", name: "Teaching Young Adult Fiction", ects: 5, role: .feedback),
        ])
}
