/// The names of an outcome's fields, made once per converter for every
/// outcome a form may have (the catalogue's and the plugins'): a field's tag
/// (`ppi.feedback`), its place in the record (`outcomes.ppi.feedback`) and the
/// alias the template gives its control (LibreOffice keeps some aliases when
/// it drops the tags).
struct OutcomeFieldNames: Sendable {
    struct Field: Sendable {
        /// The tag's suffix after the outcome's id, which is also the field's key in ``Vocabulary/outcomeFields``.
        let suffix: String
        let tag: String
        let place: String
        /// Folded (``Catalogue/fold(_:)``), as a field is looked up by them.
        let aliases: [String]

        init(id: String, name: String, suffix: String, key: String) {
            self.suffix = suffix
            tag = "\(id).\(suffix)"
            place = "outcomes.\(id).\(key)"
            aliases = [Catalogue.fold("\(Vocabulary.field(suffix, in: Vocabulary.outcomeFields).alias) – \(name)")]
        }
    }

    let goal, learningActivities, successCriteria, selfReflection, feedback: Field
    let indicatorsSeenFeedback, developmentMade, developmentToMake, judgement, confidence: Field

    init(id: String, name: String) {
        func field(_ suffix: String, _ key: String) -> Field { Field(id: id, name: name, suffix: suffix, key: key) }
        goal = field("goal", "goal")
        learningActivities = field("learning-activities", "learningActivities")
        successCriteria = field("success-criteria", "successCriteria")
        selfReflection = field("self-reflection", "selfReflection")
        feedback = field("feedback", "feedback")
        indicatorsSeenFeedback = field("feedback.indicators-seen", "indicatorsSeenFeedback")
        developmentMade = field("feedback.development-made", "developmentMade")
        developmentToMake = field("feedback.development-to-make", "developmentToMake")
        judgement = field("judgement", "judgement")
        confidence = field("confidence", "confidence")
    }
}

/// A complex skill's names: the tags of its phases' checkboxes
/// (`skill.<id>.<phase>`), its place in the record (`skills.<id>`), and its
/// name as a label is compared (normalised, and its leading letters).
struct SkillFieldNames: Sendable {
    let skill: SkillDimension
    /// The tag of each of `skill.phases`, in order.
    let tags: [String]
    let place: String
    let label: String
    let labelLetters: String

    init(_ skill: SkillDimension) {
        self.skill = skill
        tags = skill.phases.map { "skill.\(skill.id).\($0.phase.rawValue)" }
        place = "skills.\(skill.id)"
        label = FormFields.normalise(skill.name)
        labelLetters = FormFields.leadingLetters(label).letters
    }
}

/// The names a conversion looks fields up by, made once per converter and
/// shared by its conversions: every header field's alias, every outcome's
/// fields' (the catalogue's and the plugins'), and every complex skill's.
struct FieldNames: Sendable {
    private struct Key: Hashable {
        let id: String
        let name: String
    }

    /// Each header field's template alias, folded, by the field's tag (`student.name`, `moment`...).
    private let headerAliases: [String: String]
    private let outcomes: [Key: OutcomeFieldNames]
    /// The catalogue's skills, in order.
    let skills: [SkillFieldNames]
    /// The skills' normalised names and their leading letters, apart: every
    /// label of a form is compared with them, and a skill's names are much
    /// more to copy than these.
    let skillLabels: [String]
    let skillLabelLetters: WordPrefixes
    /// Each plugin with its subject's names, folded (``Subject/foldedNames``), in the plugins' order.
    let subjects: [(plugin: any SubjectPlugin, names: [String])]

    init(outcomes: [(id: String, name: String)], skills: [SkillDimension], plugins: [any SubjectPlugin]) {
        subjects = plugins.map { ($0, $0.subject.foldedNames) }
        headerAliases = Dictionary(Vocabulary.headerFields.map { ($0.key, Catalogue.fold($0.alias)) }, uniquingKeysWith: { first, _ in first })
        self.outcomes = Dictionary(outcomes.map { (Key(id: $0.id, name: $0.name), OutcomeFieldNames(id: $0.id, name: $0.name)) },
                                   uniquingKeysWith: { first, _ in first })
        self.skills = skills.map(SkillFieldNames.init)
        skillLabels = self.skills.map(\.label)
        skillLabelLetters = WordPrefixes(self.skills.map(\.labelLetters))
    }

    /// The folded aliases of the header field tagged `tag` (none for a tag no header field has).
    func headerAliases(_ tag: String) -> [String] {
        headerAliases[tag].map { [$0] } ?? []
    }

    /// The names of outcome `id`'s fields (made now for an outcome not given when made).
    func outcome(id: String, name: String) -> OutcomeFieldNames {
        outcomes[Key(id: id, name: name)] ?? OutcomeFieldNames(id: id, name: name)
    }
}
