// Aardrijkskunde (AK): de werkplekbegeleider geeft feedback.
public import FeedbackForm

/// The Aardrijkskunde plugin: de werkplekbegeleider geeft feedback.
public struct AKPlugin: SubjectPlugin {
    public var subject: Subject

    public init(subject: Subject = AKPlugin.facts) {
        self.subject = subject
    }

    /// The handbook's facts (section 5.5).
    public static let facts = Subject(
        code: "AK", name: "Aardrijkskunde",
        aliases: ["Aardrijkskunde", "aardrijkskunde", "AK"],
        outcomes: [
            SubjectOutcome(id: "ak.vakdidactische-geografische-werkvormen-2", name: "Vakdidactische geografische werkvormen #2", ects: 5, role: .feedback),
        ])
}
