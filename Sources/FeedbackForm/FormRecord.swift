public import Messages

/// One filled feedback-and-assessment form as a record: the contract every
/// writer consumes (JSON, CSV) and the validator checks. Values that were not
/// found are null in JSON, never left out.
public struct FormRecord: Sendable, Equatable, Encodable {
    /// The version of this record's shape.
    public var schemaVersion = 1
    /// The file the record was read from, as given.
    public var source: String
    /// What the document is: the form filled in, the form left blank, or no form at all.
    public var kind: Kind = .form
    public var student = Student()
    public var subject: NamedSubject?
    /// `startgesprek`, `tussenevaluatie` or `eindbeoordeling`.
    public var moment: String?
    /// `YYYY-MM-DD`.
    public var date: String?
    public var school: String?
    public var supervisor: String?
    public var schoolTeacherEducator: String?
    public var instituteTeacherEducator: String?
    public var lessonsGiven: String?
    public var outcomes: [OutcomeRecord] = []
    public var skills: [SkillRecord] = []
    public var signatures: [Signature] = []
    /// Word comments on the form (supervisors often give feedback this way).
    public var comments: [Remark] = []
    /// Tracked insertions: text someone added to another's, with its author.
    public var insertions: [Remark] = []
    /// Sections only some subjects' forms have (WI observation forms, BI practicum).
    public var sections: [Section] = []
    /// Where each value came from and how it was found, by field path
    /// (`student.name`, `outcomes.afstemmen.judgement`...).
    public var sources: [String: Source] = [:]
    public var diagnostics: [FormDiagnostic] = []

    /// Has every diagnostic's `message` written in `language`.
    public mutating func speak(_ language: Language) {
        for index in diagnostics.indices { diagnostics[index].language = language }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(source, forKey: .source)
        try c.encode(kind.rawValue, forKey: .kind)
        try c.encode(student, forKey: .student)
        try c.encode(subject, forKey: .subject)
        try c.encode(moment, forKey: .moment)
        try c.encode(date, forKey: .date)
        try c.encode(school, forKey: .school)
        try c.encode(supervisor, forKey: .supervisor)
        try c.encode(schoolTeacherEducator, forKey: .schoolTeacherEducator)
        try c.encode(instituteTeacherEducator, forKey: .instituteTeacherEducator)
        try c.encode(lessonsGiven, forKey: .lessonsGiven)
        try c.encode(outcomes, forKey: .outcomes)
        try c.encode(skills, forKey: .skills)
        try c.encode(signatures, forKey: .signatures)
        try c.encode(comments, forKey: .comments)
        try c.encode(insertions, forKey: .insertions)
        try c.encode(sections, forKey: .sections)
        try c.encode(sources, forKey: .sources)
        try c.encode(diagnostics, forKey: .diagnostics)
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, source, kind, student, subject, moment, date, school, supervisor, schoolTeacherEducator
        case instituteTeacherEducator, lessonsGiven, outcomes, skills, signatures, comments, insertions, sections, sources, diagnostics
    }

    public init(source: String) {
        self.source = source
    }

    /// What a document is, as the reader recognised it.
    public enum Kind: String, Sendable, Equatable {
        /// The year-2 feedback-and-assessment form, (partly) filled in.
        case form
        /// The form with nothing filled in.
        case blankForm = "blank-form"
        /// A Word document in which none of the form's fields, outcomes or kijkkader rows were found.
        case notAForm = "not-a-form"
    }

    public struct Student: Sendable, Equatable, Encodable {
        public var name: String?
        public var number: String?

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(number, forKey: .number)
        }

        private enum CodingKeys: String, CodingKey { case name, number }
    }

    public struct NamedSubject: Sendable, Equatable, Encodable {
        /// The handbook's code (`NE`, `WI`...), nil when the name is unknown.
        public var code: String?
        public var name: String
    }

    public struct Signature: Sendable, Equatable, Encodable {
        /// `student`, `supervisor`, `school-teacher-educator`, `institute-teacher-educator`.
        public var role: String
        public var name: String?
        public var date: String?
    }

    /// A comment or a tracked insertion.
    public struct Remark: Sendable, Equatable, Encodable {
        public var author: String?
        public var date: String?
        public var text: String
        /// The text the comment is anchored to.
        public var anchor: String?
        /// The outcome whose fields hold the anchor or the insertion, if any.
        public var outcome: String?

        public init(author: String?, date: String?, text: String, anchor: String?, outcome: String?) {
            self.author = author
            self.date = date
            self.text = text
            self.anchor = anchor
            self.outcome = outcome
        }
    }

    /// A section a subject plugin read: its kind, title and text.
    public struct Section: Sendable, Equatable, Encodable {
        /// `observation-form`, `practicum`...
        public var kind: String
        public var title: String
        public var text: String
        public var location: Location

        public init(kind: String, title: String, text: String, location: Location) {
            self.kind = kind
            self.title = title
            self.text = text
            self.location = location
        }
    }

    /// Where a value came from.
    public struct Source: Sendable, Equatable, Encodable {
        public var part: String
        public var path: String
        /// Where the value was found.
        public var found: Found
        /// How one of several options was told to be the chosen one, if it was.
        public var choice: Choice?

        /// Where on the form a value was found.
        public enum Found: String, Sendable, Equatable {
            case tag, alias, label, row, column, paragraph, heading, wording
            case judgementTable = "judgement-table"
            case besideControl = "tag+beside-control"
            case labelAbove = "label-above"
            case pageHeader = "page-header"
            case subjectOutcomes = "subject-outcomes"
        }

        /// How the chosen option was told from the others.
        public enum Choice: String, Sendable, Equatable {
            case onlyOptionPresent = "only-option-present"
            case markedWithGlyph = "marked-with-glyph"
            case othersStruckThrough = "others-struck-through"
            case emphasised
        }

        public init(part: String, path: String, found: Found, choice: Choice? = nil) {
            self.part = part
            self.path = path
            self.found = found
            self.choice = choice
        }

        /// `found`, then `+choice` where there is one: `label+others-struck-through` (the record's `method`).
        public var method: String { choice.map { "\(found.rawValue)+\($0.rawValue)" } ?? found.rawValue }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(part, forKey: .part)
            try c.encode(path, forKey: .path)
            try c.encode(method, forKey: .method)
        }

        private enum CodingKeys: String, CodingKey { case part, path, method }
    }
}

/// One learning outcome on the form.
public struct OutcomeRecord: Sendable, Equatable, Encodable {
    public var id: String
    public var name: String
    /// `voldaan`, `niet-voldaan` or nil.
    public var judgement: String?
    /// The statement of enough confidence for year 3 (ja: true, nee: false).
    public var confidence: Bool?
    public var selfReflection: String?
    public var feedback: String?
    /// The three parts of formative feedback, where the form has them.
    public var indicatorsSeenFeedback: String?
    public var developmentMade: String?
    public var developmentToMake: String?
    /// The startgesprek plan.
    public var goal: String?
    public var learningActivities: String?
    public var successCriteria: String?
    public var indicators: [IndicatorRecord] = []
    /// For subject-didactics outcomes: the subject code, ECTS, starred flag and
    /// the supervisor's role (absent for the general outcomes).
    public var subject: String?
    public var ects: Int?
    public var starred: Bool?
    /// The supervisor's role (`assess-and-guide`, `guide-and-feedback`; for
    /// subject outcomes `assess`, `feedback`, `none`).
    public var role: String?
    /// How the outcome is assessed in year 2 (general outcomes only).
    public var assessment: String?

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    /// How the form writes a yes and a no ("ja", "nee": the values of its
    /// confidence drop-down), for outputs that write a boolean as text.
    public static func word(for yes: Bool) -> String { yes ? "ja" : "nee" }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(judgement, forKey: .judgement)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(selfReflection, forKey: .selfReflection)
        try c.encode(feedback, forKey: .feedback)
        try c.encodeIfPresent(indicatorsSeenFeedback, forKey: .indicatorsSeenFeedback)
        try c.encodeIfPresent(developmentMade, forKey: .developmentMade)
        try c.encodeIfPresent(developmentToMake, forKey: .developmentToMake)
        try c.encodeIfPresent(goal, forKey: .goal)
        try c.encodeIfPresent(learningActivities, forKey: .learningActivities)
        try c.encodeIfPresent(successCriteria, forKey: .successCriteria)
        try c.encode(indicators, forKey: .indicators)
        try c.encodeIfPresent(subject, forKey: .subject)
        try c.encodeIfPresent(ects, forKey: .ects)
        try c.encodeIfPresent(starred, forKey: .starred)
        try c.encodeIfPresent(role, forKey: .role)
        try c.encodeIfPresent(assessment, forKey: .assessment)
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, judgement, confidence, selfReflection, feedback, indicatorsSeenFeedback, developmentMade
        case developmentToMake, goal, learningActivities, successCriteria, indicators, subject, ects, starred, role, assessment
    }
}

/// A kijkkader row on the form.
public struct IndicatorRecord: Sendable, Equatable, Encodable {
    /// The catalogue id; nil when the row matches no indicator closely enough (kept anyway).
    public var id: String?
    /// The text as the form has it.
    public var text: String
    /// Whether it is ticked as seen; nil when its mark means neither (a diagnostic says why).
    public var seen: Bool?
    /// How close the row's wording is to the indicator's (0-1), when it was
    /// matched by wording and is not the handbook's sentence exactly.
    public var similarity: Double?

    public init(id: String?, text: String, seen: Bool?, similarity: Double? = nil) {
        self.id = id
        self.text = text
        self.seen = seen
        self.similarity = similarity
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encode(seen, forKey: .seen)
        try c.encodeIfPresent(similarity, forKey: .similarity)
    }

    private enum CodingKeys: String, CodingKey { case id, text, seen, similarity }
}

/// The phase marked for one dimension of the complex-skills table.
public struct SkillRecord: Sendable, Equatable, Encodable {
    public var id: String
    /// `beginfase`, `groeifase`, `vergevorderde-fase`, or nil when none is marked.
    public var phase: String?

    public init(id: String, phase: String?) {
        self.id = id
        self.phase = phase
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(phase, forKey: .phase)
    }

    private enum CodingKeys: String, CodingKey { case id, phase }
}
