// Biologie (BI): de werkplekbegeleider beoordeelt beide leeruitkomsten.
public import FeedbackForm

/// The Biologie plugin: de werkplekbegeleider beoordeelt beide leeruitkomsten.
public struct BIPlugin: SubjectPlugin {
    public var subject: Subject

    public init(subject: Subject = BIPlugin.facts) {
        self.subject = subject
    }

    /// The handbook's facts (section 5.5).
    public static let facts = Subject(
        code: "BI", name: "Biologie",
        aliases: ["Biologie", "biologie", "BI"],
        outcomes: [
            SubjectOutcome(id: "bi.practicum-biologie", name: "Practicum biologie", ects: 5, role: .assess),
            SubjectOutcome(id: "bi.uitbeelddidactiek-biologie", name: "Uitbeelddidactiek biologie", ects: 5, role: .assess),
        ],
        headings: ["Practicum"])

    /// The practicum the supervisor assesses: sections headed "Practicumverslag",
    /// "Practicumbeoordeling" or "Verslag practicum" (not the outcome "Practicum biologie").
    public func readSections(of document: Document, into record: inout FormRecord) {
        record.sections += SectionReader.sections(titled: ["practicumverslag", "practicumbeoordeling", "verslag practicum"],
                                                  kind: "practicum", in: document)
    }
}
