// FeedbackForm: the domain of the feedback-and-assessment form of the HAN
// teacher-education programme (second year, 2025-2026): its learning outcomes,
// observation framework (kijkkader), complex professional skills and moments,
// as data taken from the handbook for workplace supervisors. Knows nothing of
// Word files; the reading core is the Docx module.

/// Everything the form is about, as data with stable ids.
///
/// The texts are the handbook's own words, character for character (a test
/// compares them with the handbook), so a template's wording can be checked
/// against them.
public struct Catalogue: Sendable, Equatable, Encodable {
    /// The five general learning outcomes, in the handbook's order.
    public var outcomes: [Outcome]
    /// The table of complex professional skills (Bijlage 1).
    public var skills: [SkillDimension]
    /// Year-1 outcomes a student on a custom trajectory (maatwerk) may carry.
    public var customTrajectoryOutcomes: [CustomTrajectoryOutcome]
    /// The moments of the conversation cycle that use the form.
    public var moments: [Moment]

    /// The catalogue of the 2025-2026 handbook.
    public static let handbook2025 = Catalogue(
        outcomes: Catalogue.generalOutcomes,
        skills: Catalogue.complexSkills,
        customTrajectoryOutcomes: Catalogue.yearOneOutcomes,
        moments: Catalogue.formMoments)

    /// The outcome with this id, or whose name or number (in any of the
    /// handbook's numbering schemes) is `reference`, ignoring case and accents.
    public func outcome(_ reference: String) -> Outcome? {
        let key = Catalogue.fold(reference)
        return outcomes.first { $0.id == reference }
            ?? outcomes.first { outcome in outcome.aliases.contains { Catalogue.fold($0) == key } }
    }

    /// Every indicator of every outcome, in order.
    public var indicators: [Indicator] {
        outcomes.flatMap { $0.dimensions.flatMap(\.indicators) }
    }

    /// Lower case, accents removed, runs of spaces collapsed: the form in
    /// which names are compared.
    package static func fold(_ s: String) -> String {
        String(decoding: foldedBytes(s), as: UTF8.self)
    }

    /// ``fold(_:)`` as UTF-8 bytes, for comparing without making a string.
    static func foldedBytes(_ s: String) -> [UInt8] {
        var folder = Folder(capacity: s.utf8.count)
        for scalar in s.unicodeScalars { folder.append(scalar) }
        return folder.finishBytes()
    }

    /// ``fold(_:)`` a scalar at a time, written straight into UTF-8 bytes;
    /// ASCII is lowered by range, without Unicode property lookups.
    struct Folder {
        private var out: [UInt8] = []
        private var lastWasSpace = true

        init(capacity: Int) { out.reserveCapacity(capacity) }

        @inline(__always) mutating func append(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            guard value < 0x80 else { return appendBeyondASCII(scalar) }
            if value == 0x20 || (0x09...0x0D).contains(value) { return appendSpace() }
            lastWasSpace = false
            out.append(UInt8(value) | ((0x41...0x5A).contains(value) ? 0x20 : 0))
        }

        private mutating func appendSpace() {
            if !lastWasSpace { out.append(0x20) }
            lastWasSpace = true
        }

        private mutating func appendBeyondASCII(_ scalar: Unicode.Scalar) {
            if let common = CommonScalars.index(scalar) {
                guard let folded = CommonScalars.folded[common] else { return appendSpace() }
                lastWasSpace = false
                out.append(contentsOf: folded)
                return
            }
            if scalar.properties.isWhitespace { return appendSpace() }
            lastWasSpace = false
            Catalogue.appendFolded(scalar) { out.append($0) }
        }

        /// The folded text, without a trailing space.
        consuming func finish() -> String {
            String(decoding: finishBytes(), as: UTF8.self)
        }

        /// ``finish()`` as UTF-8 bytes.
        consuming func finishBytes() -> [UInt8] {
            if out.last == 0x20 { out.removeLast() }
            return out
        }
    }

    /// Whether a scalar is part of a word: a letter, a digit, or a combining
    /// mark (of a decomposed accented letter). ASCII is classified by range,
    /// without a Unicode property lookup.
    @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        default: return isWordBeyondASCII(scalar)
        }
    }

    private static func isWordBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        if let common = CommonScalars.index(scalar) { return CommonScalars.isWord[common] }
        return isWordByProperties(scalar)
    }

    fileprivate static func isWordByProperties(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return properties.isAlphabetic || properties.numericType != nil
        }
    }

    /// The words of a text: its runs of word scalars (see ``isWordScalar(_:)``).
    package static func words(_ text: String) -> [Substring] {
        var words: [Substring] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i != scalars.endIndex {
            if isWordScalar(scalars[i]) {
                if start == nil { start = i }
            } else if let s = start {
                words.append(text[s..<i])
                start = nil
            }
            scalars.formIndex(after: &i)
        }
        if let s = start { words.append(text[s...]) }
        return words
    }

    /// A scalar beyond ASCII folded (lower case, accents removed), as UTF-8
    /// bytes handed to `byte`.
    fileprivate static func appendFolded(_ scalar: Unicode.Scalar, _ byte: (UInt8) -> Void) {
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            UTF8.encode(unaccented[lower] ?? lower, into: byte)
        }
    }

    private static let unaccented: [Unicode.Scalar: Unicode.Scalar] = [
        "á": "a", "à": "a", "ä": "a", "â": "a", "é": "e", "è": "e", "ë": "e", "ê": "e",
        "í": "i", "ì": "i", "ï": "i", "î": "i", "ó": "o", "ò": "o", "ö": "o", "ô": "o",
        "ú": "u", "ù": "u", "ü": "u", "û": "u", "ç": "c", "ñ": "n",
    ]
}

/// The scalars beyond ASCII that forms use most (accented Latin-1 letters,
/// general punctuation such as ’ and –): how they fold and whether they are
/// part of a word, worked out once by the general rules instead of by a
/// Unicode property lookup each time.
private enum CommonScalars {
    private static let latin1: Range<UInt32> = 0x80..<0x100
    private static let punctuation: Range<UInt32> = 0x2000..<0x2070

    /// The scalar's place in the tables, nil when it is not a common one.
    @inline(__always) static func index(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        if latin1.contains(value) { return Int(value - latin1.lowerBound) }
        if punctuation.contains(value) { return latin1.count + Int(value - punctuation.lowerBound) }
        return nil
    }

    /// Every scalar of the two ranges, in table order (none is a surrogate).
    private static let scalars: [Unicode.Scalar] = (Array(latin1) + Array(punctuation)).map { Unicode.Scalar($0)! }

    /// Each scalar folded into UTF-8; nil for white space.
    static let folded: [[UInt8]?] = scalars.map { scalar in
        guard !scalar.properties.isWhitespace else { return nil }
        var bytes: [UInt8] = []
        Catalogue.appendFolded(scalar) { bytes.append($0) }
        return bytes
    }

    static let isWord: [Bool] = scalars.map(Catalogue.isWordByProperties)
}

/// A general learning outcome (leeruitkomst, LUK).
public struct Outcome: Sendable, Equatable, Identifiable, Encodable {
    /// How the outcome is assessed in year 2.
    public enum Assessment: String, Sendable, Equatable, Encodable {
        /// Summative at the intermediate level: voldaan / niet voldaan, with
        /// the supervisors' statement of enough confidence for year 3.
        case summativeIntermediate = "summative-intermediate"
        /// Summative: voldaan / niet voldaan.
        case summative
        /// Formative in year 2 (summative in year 4): feedback and feed-forward.
        case formative
    }

    /// What the workplace supervisor does for the outcome.
    public enum SupervisorRole: String, Sendable, Equatable, Encodable {
        /// Beoordelen en begeleiden.
        case assessAndGuide = "assess-and-guide"
        /// Begeleiden en feedback geven.
        case guideAndFeedback = "guide-and-feedback"
    }

    /// A number the handbook gives the outcome in one of its three schemes.
    public struct Number: Sendable, Equatable, Encodable {
        /// `chapter-1`, `overview-table` or `chapter-5`.
        public var scheme: String
        public var number: String
    }

    /// Stable id (`positief-leerklimaat`, `afstemmen`, `leerstof-verwerken`, `ict`, `ppi`).
    public var id: String
    /// The name as chapter 1 of the handbook gives it.
    public var name: String
    /// Other names and every number the handbook uses for it.
    public var aliases: [String]
    public var numbers: [Number]
    public var assessment: Assessment
    public var supervisorRole: SupervisorRole
    /// The handbook's description of the outcome.
    public var description: String
    /// The kijkkader: dimensions with their indicators.
    public var dimensions: [Dimension]
}

/// A dimension of an outcome's kijkkader.
public struct Dimension: Sendable, Equatable, Identifiable, Encodable {
    /// Stable id: `<outcome>.<dimension>`, e.g. `positief-leerklimaat.klassenmanagement`.
    public var id: String
    /// The heading as printed.
    public var name: String
    /// False for Differentiatie, which the handbook marks "indicatief (niet om te beoordelen)".
    public var assessable: Bool
    public var indicators: [Indicator]
}

/// One observable behaviour of the kijkkader.
public struct Indicator: Sendable, Equatable, Identifiable, Encodable {
    /// Stable id: `<dimension id>.<n>`, counting from 1 in the handbook's order.
    public var id: String
    /// The sentence exactly as printed.
    public var text: String
    /// False when the dimension is indicative only.
    public var assessable: Bool
}

/// A row of the table of complex professional skills.
public struct SkillDimension: Sendable, Equatable, Identifiable, Encodable {
    /// A phase of growth.
    public enum Phase: String, Sendable, Equatable, Encodable, CaseIterable {
        case beginfase, groeifase
        case vergevorderdeFase = "vergevorderde-fase"
    }

    /// One cell of the row.
    public struct Description: Sendable, Equatable, Encodable {
        public var phase: Phase
        public var text: String
    }

    /// Stable id, e.g. `opbouw-van-routines`.
    public var id: String
    public var name: String
    /// Beginfase, groeifase, vergevorderde fase, in that order.
    public var phases: [Description]
}

/// A year-1 outcome that a custom trajectory can add to the form.
public struct CustomTrajectoryOutcome: Sendable, Equatable, Identifiable, Encodable {
    public var id: String
    public var name: String
    /// Whether the workplace supervisor's judgement is needed.
    public var supervisorJudgementNeeded: Bool
}

/// A moment of the conversation cycle at which the form is filled.
public struct Moment: Sendable, Equatable, Identifiable, Encodable {
    /// What a moment asks of the form, per outcome.
    public enum Requirement: String, Sendable, Equatable, Encodable {
        /// The student's goal per outcome (startgesprek).
        case goal
        /// The learning activities to reach it (startgesprek).
        case learningActivities = "learning-activities"
        /// When we are satisfied, using the complex-skills table (startgesprek).
        case successCriteria = "success-criteria"
        /// The student's self-reflection.
        case selfReflection = "self-reflection"
        /// The supervisor's feedback.
        case supervisorFeedback = "supervisor-feedback"
        /// For formative outcomes: indicators seen, development made,
        /// development still to make.
        case threePartFeedback = "three-part-feedback"
        /// For summative outcomes: voldaan / niet voldaan.
        case judgement
        /// For the intermediate-level outcomes: enough confidence for year 3.
        case confidence
    }

    /// `startgesprek`, `tussenevaluatie` or `eindbeoordeling`.
    public var id: String
    public var name: String
    /// When in the cycle it takes place.
    public var timing: String
    public var requires: [Requirement]
    /// Requirements the moment allows but does not demand (an interim
    /// judgement at the tussenevaluatie).
    public var allows: [Requirement]
}
