public import FeedbackForm

/// Checks a filled form's record: what its moment requires (a judgement and
/// the confidence statement at the eindbeoordeling, three-part feedback on the
/// formative outcomes, a self-reflection per outcome) and the handbook's
/// quality criteria for the supervisor's text (chapter 2, Kwaliteitscriteria).
public struct FormCheck: Sendable {
    public let catalogue: Catalogue

    public init(catalogue: Catalogue = .handbook2025) {
        self.catalogue = catalogue
    }

    /// The findings for one record.
    public func findings(in record: FormRecord) -> [Finding] {
        var findings: [Finding] = []
        let moment = record.moment
        let reflecting = moment == "tussenevaluatie" || moment == "eindbeoordeling"
        if moment == nil {
            findings.append(Finding(rule: .momentMissing, location: place(record, "moment"),
                                    message: "Geen moment gevonden (startgesprek, tussenevaluatie, eindbeoordeling); kies het moment op het formulier.",
                                    english: "No moment found (startgesprek, tussenevaluatie, eindbeoordeling); choose the moment on the form."))
        }
        for outcome in record.outcomes {
            let general = catalogue.outcomes.first { $0.id == outcome.id }
            let summative = general.map { $0.assessment != .formative } ?? (outcome.role == "assess" && addressed(outcome))
            if moment == "startgesprek", let judgement = outcome.judgement {
                findings.append(finding(.summativeAtStartgesprek, record, outcome, "judgement",
                                        "Oordeel ‘\(judgement)’ bij het startgesprek: daar hoort nog geen summatief oordeel.",
                                        "Judgement ‘\(judgement)’ at the startgesprek, where no summative judgement belongs yet."))
            }
            if moment == "eindbeoordeling" && summative {
                if outcome.judgement == nil {
                    findings.append(finding(.judgementMissing, record, outcome, "judgement",
                                            "Geen oordeel (voldaan / niet voldaan) bij ‘\(outcome.name)’.",
                                            "No judgement (voldaan / niet voldaan) on ‘\(outcome.name)’."))
                }
                if general?.assessment == .summativeIntermediate && outcome.confidence == nil {
                    findings.append(finding(.confidenceMissing, record, outcome, "confidence",
                                            "Bij ‘\(outcome.name)’ ontbreekt of er voldoende vertrouwen is dat de student de leeruitkomst in jaar 3 afrondt.",
                                            "‘\(outcome.name)’ does not say whether there is enough confidence the student completes it in year 3."))
                }
            }
            if reflecting, let general {
                if outcome.selfReflection == nil {
                    findings.append(finding(.selfReflectionMissing, record, outcome, "selfReflection",
                                            "De zelfreflectie van de student bij ‘\(outcome.name)’ ontbreekt.",
                                            "The student's self-reflection on ‘\(outcome.name)’ is missing."))
                }
                if general.assessment == .formative {
                    let parts = [("indicatorsSeenFeedback", "de geziene indicatoren", "the indicators seen", outcome.indicatorsSeenFeedback),
                                 ("developmentMade", "de doorgemaakte ontwikkeling", "the development made", outcome.developmentMade),
                                 ("developmentToMake", "de nog te maken ontwikkeling", "the development still to make", outcome.developmentToMake)]
                    let missing = parts.filter { $0.3 == nil }
                    if !missing.isEmpty {
                        findings.append(finding(.formativeFeedbackIncomplete, record, outcome, missing[0].0,
                                                "De feedback op ‘\(outcome.name)’ mist \(missing.map(\.1).joined(separator: ", ")).",
                                                "The feedback on ‘\(outcome.name)’ lacks \(missing.map(\.2).joined(separator: ", "))."))
                    }
                }
            }
            findings += quality(record, outcome, general)
        }
        findings += reading(record)
        if reflecting {
            let texts = record.outcomes.flatMap { [$0.feedback, $0.developmentToMake, $0.developmentMade] }.compactMap { $0 }
            let steps = record.outcomes.contains { $0.developmentToMake != nil } || texts.contains { FeedbackText($0).namesNextSteps }
            if !texts.isEmpty && !steps {
                findings.append(Finding(rule: .noDevelopmentSteps, location: "outcomes",
                                        message: "Nergens staan ontwikkelstappen richting jaar 3; benoem wat logisch en haalbaar is als volgende stap.",
                                        english: "No development steps toward year 3 anywhere; name what is a logical and feasible next step."))
            }
        }
        return findings
    }

    /// The quality criteria for one outcome's feedback and judgement.
    private func quality(_ record: FormRecord, _ outcome: OutcomeRecord, _ general: Outcome?) -> [Finding] {
        var findings: [Finding] = []
        let feedback = FeedbackText(outcome.feedback ?? "")
        for (field, text) in [("feedback", outcome.feedback.map { _ in feedback }),
                              ("indicatorsSeenFeedback", outcome.indicatorsSeenFeedback.map(FeedbackText.init)),
                              ("developmentMade", outcome.developmentMade.map(FeedbackText.init))] {
            guard let text, text.isGlobal else { continue }
            findings.append(finding(.globalJudgement, record, outcome, field,
                                    "Globale feedback bij ‘\(outcome.name)’: geef concrete voorbeelden van gedrag.",
                                    "Global feedback on ‘\(outcome.name)’: give concrete examples of behaviour."))
        }
        guard let judgement = outcome.judgement else { return findings }
        if feedback.words.count < 8 {
            findings.append(finding(.judgementWithoutMotivation, record, outcome, "feedback",
                                    "Het oordeel ‘\(judgement)’ bij ‘\(outcome.name)’ is niet gemotiveerd: schrijf kort waarom.",
                                    "The judgement ‘\(judgement)’ on ‘\(outcome.name)’ is not motivated: say briefly why."))
        }
        if judgement == "niet-voldaan" && outcome.developmentToMake == nil && !feedback.namesNextSteps {
            findings.append(finding(.notMetWithoutNextSteps, record, outcome, "feedback",
                                    "‘Niet voldaan’ bij ‘\(outcome.name)’ zonder volgende ontwikkelstappen: benoem wat de student nu moet ontwikkelen.",
                                    "‘Niet voldaan’ on ‘\(outcome.name)’ without next development steps: name what the student must develop now."))
        }
        let contradicts = judgement == "voldaan"
            ? feedback.containsAny(FeedbackText.notMetPhrases)
            : feedback.containsAny(FeedbackText.metPhrases, affirmed: true)
        if contradicts {
            findings.append(finding(.feedbackContradictsJudgement, record, outcome, "feedback",
                                    "De feedback bij ‘\(outcome.name)’ lijkt het oordeel ‘\(judgement)’ tegen te spreken; laat ze op elkaar aansluiten.",
                                    "The feedback on ‘\(outcome.name)’ seems to contradict the judgement ‘\(judgement)’; make them agree."))
        }
        if let general, general.dimensions.contains(where: { !$0.assessable }), feedback.differentiationAsGrounds {
            findings.append(finding(.differentiationAsGrounds, record, outcome, "feedback",
                                    "De motivering bij ‘\(outcome.name)’ noemt differentiatie; die indicatoren zijn indicatief en tellen niet mee in het oordeel.",
                                    "The motivation on ‘\(outcome.name)’ names differentiation; those indicators are indicative and do not count toward the judgement."))
        }
        return findings
    }

    /// What the record itself says is wanting: every diagnostic of severity
    /// warning or error, under a rule named by its code, in both languages
    /// (a missing moment, judgement or confidence statement is the rule above
    /// that knows what the moment asks).
    private func reading(_ record: FormRecord) -> [Finding] {
        record.diagnostics.compactMap { diagnostic in
            // A missing moment, judgement or confidence statement is this check's own rule (moment-missing, judgement-missing...).
            let ownRule = (diagnostic.code == .headerNotFound && diagnostic.where == "moment")
                || diagnostic.code == .judgementNotFound || diagnostic.code == .confidenceNotFound
            guard diagnostic.severity != "info", !ownRule,
                  let rule = Rule.all.first(where: { $0.id == diagnostic.code.rawValue }) else { return nil }
            let outcome = diagnostic.where.hasPrefix("outcomes.") ? diagnostic.where.split(separator: ".").dropFirst().first.map(String.init) : nil
            return Finding(rule: rule, outcome: outcome, location: place(record, diagnostic.where),
                           message: diagnostic.message(english: false), english: diagnostic.message(english: true))
        }
    }

    // MARK: helpers

    /// Whether the student or supervisor wrote anything for a subject outcome.
    private func addressed(_ outcome: OutcomeRecord) -> Bool {
        [outcome.selfReflection, outcome.feedback, outcome.judgement].contains { $0 != nil }
    }

    private func finding(_ rule: Rule, _ record: FormRecord, _ outcome: OutcomeRecord, _ field: String,
                         _ message: String, _ english: String) -> Finding {
        Finding(rule: rule, outcome: outcome.id, location: place(record, "outcomes.\(outcome.id).\(field)"), message: message, english: english)
    }

    /// Where a field was read (`part#path`), or its record path when it was not found.
    private func place(_ record: FormRecord, _ path: String) -> String {
        record.sources[path].map { "\($0.part)#\($0.path)" } ?? path
    }
}
