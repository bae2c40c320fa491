internal import FeedbackForm

extension Rule {
    // MARK: blank templates

    static let outcomeMissing = Rule(id: "outcome-missing", scope: .template, severity: .error, summary: Texts.Validation.Rules.outcomeMissing)
    static let indicatorMissing = Rule(id: "indicator-missing", scope: .template, severity: .error, summary: Texts.Validation.Rules.indicatorMissing)
    static let indicatorWording = Rule(id: "indicator-wording", scope: .template, severity: .error, summary: Texts.Validation.Rules.indicatorWording)
    static let indicatorExtra = Rule(id: "indicator-extra", scope: .template, severity: .error, summary: Texts.Validation.Rules.indicatorExtra)
    static let controlUntagged = Rule(id: "control-untagged", scope: .template, severity: .error, summary: Texts.Validation.Rules.controlUntagged)
    static let tagDuplicate = Rule(id: "tag-duplicate", scope: .template, severity: .error, summary: Texts.Validation.Rules.tagDuplicate)
    static let tagUnknown = Rule(id: "tag-unknown", scope: .template, severity: .warning, summary: Texts.Validation.Rules.tagUnknown)
    static let controlMissing = Rule(id: "control-missing", scope: .template, severity: .error, summary: Texts.Validation.Rules.controlMissing)
    static let controlKind = Rule(id: "control-kind", scope: .template, severity: .error, summary: Texts.Validation.Rules.controlKind)
    static let controlOptions = Rule(id: "control-options", scope: .template, severity: .error, summary: Texts.Validation.Rules.controlOptions)
    static let templateFilled = Rule(id: "template-filled", scope: .template, severity: .error, summary: Texts.Validation.Rules.templateFilled)
    static let trackedChanges = Rule(id: "tracked-changes", scope: .template, severity: .error, summary: Texts.Validation.Rules.trackedChanges)
    static let commentsLeft = Rule(id: "comments-left", scope: .template, severity: .error, summary: Texts.Validation.Rules.commentsLeft)

    // MARK: filled forms

    static let judgementMissing = Rule(id: "judgement-missing", scope: .form, severity: .error, summary: Texts.Validation.Rules.judgementMissing)
    static let confidenceMissing = Rule(id: "confidence-missing", scope: .form, severity: .error, summary: Texts.Validation.Rules.confidenceMissing)
    static let formativeFeedbackIncomplete = Rule(id: "formative-feedback-incomplete", scope: .form, severity: .error, summary: Texts.Validation.Rules.formativeFeedbackIncomplete)
    static let selfReflectionMissing = Rule(id: "self-reflection-missing", scope: .form, severity: .error, summary: Texts.Validation.Rules.selfReflectionMissing)
    static let judgementWithoutMotivation = Rule(id: "judgement-without-motivation", scope: .form, severity: .warning, summary: Texts.Validation.Rules.judgementWithoutMotivation)
    static let globalJudgement = Rule(id: "global-judgement", scope: .form, severity: .warning, summary: Texts.Validation.Rules.globalJudgement)
    static let notMetWithoutNextSteps = Rule(id: "not-met-without-next-steps", scope: .form, severity: .error, summary: Texts.Validation.Rules.notMetWithoutNextSteps)
    static let noDevelopmentSteps = Rule(id: "no-development-steps", scope: .form, severity: .warning, summary: Texts.Validation.Rules.noDevelopmentSteps)
    static let feedbackContradictsJudgement = Rule(id: "feedback-contradicts-judgement", scope: .form, severity: .warning, summary: Texts.Validation.Rules.feedbackContradictsJudgement)
    static let differentiationAsGrounds = Rule(id: "differentiation-as-grounds", scope: .form, severity: .warning, summary: Texts.Validation.Rules.differentiationAsGrounds)
    static let momentMissing = Rule(id: "moment-missing", scope: .form, severity: .warning, summary: Texts.Validation.Rules.momentMissing)
    static let summativeAtStartgesprek = Rule(id: "summative-at-startgesprek", scope: .form, severity: .error, summary: Texts.Validation.Rules.summativeAtStartgesprek)

    /// Every rule, templates' first.
    public static let all: [Rule] = [
        outcomeMissing, indicatorMissing, indicatorWording, indicatorExtra, controlUntagged, tagDuplicate, tagUnknown,
        controlMissing, controlKind, controlOptions, templateFilled, trackedChanges, commentsLeft,
        judgementMissing, confidenceMissing, formativeFeedbackIncomplete, selfReflectionMissing, judgementWithoutMotivation,
        globalJudgement, notMetWithoutNextSteps, noDevelopmentSteps, feedbackContradictsJudgement, differentiationAsGrounds,
        summativeAtStartgesprek, momentMissing,
    ] + DiagnosticCode.allCases.filter { $0.severity != .info && $0 != .judgementNotFound && $0 != .confidenceNotFound }.map(Rule.reading)

    /// The rule of a record's diagnostic: what the converter found wanting in a filled form.
    static func reading(_ code: DiagnosticCode) -> Rule {
        Rule(id: code.rawValue, scope: .form, severity: code.severity, summary: Texts.Validation.Rules.reading(code.rawValue))
    }
}
