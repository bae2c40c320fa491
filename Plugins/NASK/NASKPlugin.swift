// Natuurkunde en scheikunde (NA/SK): feedback; voor studenten in de pilot beoordeelt de werkplekbegeleider. De student toont twee leeruitkomsten in jaar 2, de rest in jaar 3.
public import FeedbackForm

/// The Natuurkunde en scheikunde plugin: feedback; voor studenten in de pilot beoordeelt de werkplekbegeleider. De student toont twee leeruitkomsten in jaar 2, de rest in jaar 3.
public struct NASKPlugin: SubjectPlugin {
    public var subject: Subject

    public init(subject: Subject = NASKPlugin.facts) {
        self.subject = subject
    }

    /// The handbook's facts (section 5.5).
    public static let facts = Subject(
        code: "NA/SK", name: "Natuurkunde en scheikunde",
        aliases: ["Natuurkunde", "Scheikunde", "NaSk", "NA", "SK", "Natuurkunde/Scheikunde"],
        outcomes: [
            SubjectOutcome(id: "na-sk.rekendidactiek-in-nask-onderwijs-gebruiken", name: "Rekendidactiek in NaSk-onderwijs gebruiken", ects: 5, starred: true, role: .feedback, pilotRole: .assess),
            SubjectOutcome(id: "na-sk.perspectief-legitimatie-en-relevantie-in-nask-onderwijs", name: "Perspectief, legitimatie en relevantie in NaSk-onderwijs", ects: 5, starred: true, role: .feedback, pilotRole: .assess),
            SubjectOutcome(id: "na-sk.vaktaal-analyseren-en-onderwijzen", name: "Vaktaal analyseren en onderwijzen", ects: 5, starred: true, role: .feedback, pilotRole: .assess),
            SubjectOutcome(id: "na-sk.modellen-en-analogieen-in-nask-onderwijs-gebruiken", name: "Modellen en analogieën in NaSk-onderwijs gebruiken", ects: 5, starred: true, role: .feedback, pilotRole: .assess),
        ])
}
