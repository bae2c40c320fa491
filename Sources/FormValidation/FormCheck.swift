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
                                    message: Texts.Validation.noMoment))
        }
        for outcome in record.outcomes {
            let general = catalogue.outcomes.first { $0.id == outcome.id }
            let summative = general.map { $0.assessment != .formative } ?? (outcome.role == "assess" && addressed(outcome))
            if moment == "startgesprek", let judgement = outcome.judgement {
                findings.append(finding(.summativeAtStartgesprek, record, outcome, "judgement",
                                        Texts.Validation.judgementAtStartgesprek(judgement)))
            }
            if moment == "eindbeoordeling" && summative {
                if outcome.judgement == nil {
                    findings.append(finding(.judgementMissing, record, outcome, "judgement",
                                            Texts.Validation.noJudgement(outcome.name)))
                }
                if general?.assessment == .summativeIntermediate && outcome.confidence == nil {
                    findings.append(finding(.confidenceMissing, record, outcome, "confidence",
                                            Texts.Validation.noConfidence(outcome.name)))
                }
            }
            if reflecting, let general {
                if outcome.selfReflection == nil {
                    findings.append(finding(.selfReflectionMissing, record, outcome, "selfReflection",
                                            Texts.Validation.noSelfReflection(outcome.name)))
                }
                if general.assessment == .formative {
                    let parts = [("indicatorsSeenFeedback", outcome.indicatorsSeenFeedback), ("developmentMade", outcome.developmentMade),
                                 ("developmentToMake", outcome.developmentToMake)]
                    let missing = parts.filter { $0.1 == nil }.map(\.0)
                    if !missing.isEmpty {
                        findings.append(finding(.formativeFeedbackIncomplete, record, outcome, missing[0],
                                                Texts.Validation.feedbackLacks(outcome.name, missing.map(Texts.Validation.feedbackPart))))
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
                                        message: Texts.Validation.noDevelopmentSteps))
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
                                    Texts.Validation.globalFeedback(outcome.name)))
        }
        guard let judgement = outcome.judgement else { return findings }
        if feedback.words.count < 8 {
            findings.append(finding(.judgementWithoutMotivation, record, outcome, "feedback",
                                    Texts.Validation.unmotivated(judgement, outcome.name)))
        }
        if judgement == "niet-voldaan" && outcome.developmentToMake == nil && !feedback.namesNextSteps {
            findings.append(finding(.notMetWithoutNextSteps, record, outcome, "feedback",
                                    Texts.Validation.notMetWithoutSteps(outcome.name)))
        }
        let contradicts = judgement == "voldaan"
            ? feedback.containsAny(FeedbackText.notMetPhrases)
            : feedback.containsAny(FeedbackText.metPhrases, affirmed: true)
        if contradicts {
            findings.append(finding(.feedbackContradictsJudgement, record, outcome, "feedback",
                                    Texts.Validation.contradicts(outcome.name, judgement)))
        }
        if let general, general.dimensions.contains(where: { !$0.assessable }), feedback.differentiationAsGrounds {
            findings.append(finding(.differentiationAsGrounds, record, outcome, "feedback",
                                    Texts.Validation.differentiation(outcome.name)))
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
            guard diagnostic.severity != .info, !ownRule,
                  let rule = Rule.all.first(where: { $0.id == diagnostic.code.rawValue }) else { return nil }
            let outcome = diagnostic.where.hasPrefix("outcomes.") ? diagnostic.where.split(separator: ".").dropFirst().first.map(String.init) : nil
            return Finding(rule: rule, outcome: outcome, location: place(record, diagnostic.where),
                           message: diagnostic.message)
        }
    }

    // MARK: helpers

    /// Whether the student or supervisor wrote anything for a subject outcome.
    private func addressed(_ outcome: OutcomeRecord) -> Bool {
        [outcome.selfReflection, outcome.feedback, outcome.judgement].contains { $0 != nil }
    }

    private func finding(_ rule: Rule, _ record: FormRecord, _ outcome: OutcomeRecord, _ field: String,
                         _ message: Phrase) -> Finding {
        Finding(rule: rule, outcome: outcome.id, location: place(record, "outcomes.\(outcome.id).\(field)"), message: message)
    }

    /// Where a field was read (`part#path`), or its record path when it was not found.
    private func place(_ record: FormRecord, _ path: String) -> String {
        record.sources[path].map { "\($0.part)#\($0.path)" } ?? path
    }
}
