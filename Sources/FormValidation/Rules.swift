internal import FeedbackForm

extension Rule {
    // MARK: blank templates

    static let outcomeMissing = Rule(id: "outcome-missing", scope: .template, severity: .error,
        summary: "Een leeruitkomst ontbreekt in het sjabloon.",
        summaryEnglish: "A learning outcome is missing from the template.")
    static let indicatorMissing = Rule(id: "indicator-missing", scope: .template, severity: .error,
        summary: "Een indicator uit het kijkkader ontbreekt.",
        summaryEnglish: "A kijkkader indicator is missing.")
    static let indicatorWording = Rule(id: "indicator-wording", scope: .template, severity: .error,
        summary: "Een indicator wijkt af van de formulering in de handleiding.",
        summaryEnglish: "An indicator's wording differs from the handbook.")
    static let indicatorExtra = Rule(id: "indicator-extra", scope: .template, severity: .error,
        summary: "Het kijkkader bevat een indicator die niet in de handleiding staat.",
        summaryEnglish: "The kijkkader holds an indicator that is not in the handbook.")
    static let controlUntagged = Rule(id: "control-untagged", scope: .template, severity: .error,
        summary: "Een invulveld heeft geen tag.",
        summaryEnglish: "A content control has no tag.")
    static let tagDuplicate = Rule(id: "tag-duplicate", scope: .template, severity: .error,
        summary: "Twee invulvelden hebben dezelfde tag.",
        summaryEnglish: "Two content controls share a tag.")
    static let tagUnknown = Rule(id: "tag-unknown", scope: .template, severity: .warning,
        summary: "Een invulveld heeft een tag die docxforms niet kent.",
        summaryEnglish: "A content control has a tag docxforms does not know.")
    static let controlMissing = Rule(id: "control-missing", scope: .template, severity: .error,
        summary: "Een invulveld van het formulier ontbreekt.",
        summaryEnglish: "A field of the form is missing.")
    static let controlKind = Rule(id: "control-kind", scope: .template, severity: .error,
        summary: "Een invulveld is van de verkeerde soort (bijvoorbeeld tekst waar een keuzelijst hoort).",
        summaryEnglish: "A content control is of the wrong kind (text where a drop-down belongs, say).")
    static let controlOptions = Rule(id: "control-options", scope: .template, severity: .error,
        summary: "Een keuzelijst biedt andere keuzes dan de handleiding.",
        summaryEnglish: "A drop-down offers other options than the handbook.")
    static let templateFilled = Rule(id: "template-filled", scope: .template, severity: .error,
        summary: "Het lege sjabloon is al (deels) ingevuld.",
        summaryEnglish: "The blank template is already (partly) filled in.")
    static let trackedChanges = Rule(id: "tracked-changes", scope: .template, severity: .error,
        summary: "Het sjabloon bevat bijgehouden wijzigingen.",
        summaryEnglish: "The template holds tracked changes.")
    static let commentsLeft = Rule(id: "comments-left", scope: .template, severity: .error,
        summary: "Het sjabloon bevat opmerkingen.",
        summaryEnglish: "The template holds comments.")

    // MARK: filled forms

    static let judgementMissing = Rule(id: "judgement-missing", scope: .form, severity: .error,
        summary: "Bij de eindbeoordeling ontbreekt het oordeel van een summatieve leeruitkomst.",
        summaryEnglish: "At the eindbeoordeling a summative outcome has no judgement.")
    static let confidenceMissing = Rule(id: "confidence-missing", scope: .form, severity: .error,
        summary: "Bij de eindbeoordeling ontbreekt of er voldoende vertrouwen is voor jaar 3.",
        summaryEnglish: "At the eindbeoordeling the confidence statement for year 3 is missing.")
    static let formativeFeedbackIncomplete = Rule(id: "formative-feedback-incomplete", scope: .form, severity: .error,
        summary: "De feedback op een formatieve leeruitkomst mist een van de drie delen.",
        summaryEnglish: "The feedback on a formative outcome lacks one of its three parts.")
    static let selfReflectionMissing = Rule(id: "self-reflection-missing", scope: .form, severity: .error,
        summary: "De zelfreflectie van de student ontbreekt.",
        summaryEnglish: "The student's self-reflection is missing.")
    static let judgementWithoutMotivation = Rule(id: "judgement-without-motivation", scope: .form, severity: .warning,
        summary: "Een oordeel zonder (korte) motivering.",
        summaryEnglish: "A judgement without a (brief) motivation.")
    static let globalJudgement = Rule(id: "global-judgement", scope: .form, severity: .warning,
        summary: "Een globale beoordeling zonder concrete voorbeelden van gedrag.",
        summaryEnglish: "A global judgement without concrete examples of behaviour.")
    static let notMetWithoutNextSteps = Rule(id: "not-met-without-next-steps", scope: .form, severity: .error,
        summary: "‘Niet voldaan’ zonder de volgende ontwikkelstappen.",
        summaryEnglish: "‘Niet voldaan’ without the next development steps.")
    static let noDevelopmentSteps = Rule(id: "no-development-steps", scope: .form, severity: .warning,
        summary: "Nergens in het formulier staan ontwikkelstappen richting jaar 3.",
        summaryEnglish: "No development steps toward year 3 anywhere in the form.")
    static let feedbackContradictsJudgement = Rule(id: "feedback-contradicts-judgement", scope: .form, severity: .warning,
        summary: "De feedback spreekt het oordeel tegen.",
        summaryEnglish: "The feedback contradicts the judgement.")
    static let differentiationAsGrounds = Rule(id: "differentiation-as-grounds", scope: .form, severity: .warning,
        summary: "Differentiatie onderbouwt het oordeel, maar is alleen indicatief.",
        summaryEnglish: "Differentiation is given as grounds for the judgement, but it is indicative only.")
    static let momentMissing = Rule(id: "moment-missing", scope: .form, severity: .warning,
        summary: "Het formulier noemt geen moment, dus wat het moment vraagt is niet te controleren.",
        summaryEnglish: "The form names no moment, so what the moment requires cannot be checked.")
    static let summativeAtStartgesprek = Rule(id: "summative-at-startgesprek", scope: .form, severity: .error,
        summary: "Een summatief oordeel bij het startgesprek.",
        summaryEnglish: "A summative judgement at the startgesprek.")

    /// Every rule, templates' first.
    public static let all: [Rule] = [
        outcomeMissing, indicatorMissing, indicatorWording, indicatorExtra, controlUntagged, tagDuplicate, tagUnknown,
        controlMissing, controlKind, controlOptions, templateFilled, trackedChanges, commentsLeft,
        judgementMissing, confidenceMissing, formativeFeedbackIncomplete, selfReflectionMissing, judgementWithoutMotivation,
        globalJudgement, notMetWithoutNextSteps, noDevelopmentSteps, feedbackContradictsJudgement, differentiationAsGrounds,
        summativeAtStartgesprek, momentMissing,
    ] + DiagnosticCode.allCases.filter { $0.severity != "info" && $0 != .judgementNotFound && $0 != .confidenceNotFound }.map(Rule.reading)

    /// The rule of a record's diagnostic: what the converter found wanting in a filled form.
    static func reading(_ code: DiagnosticCode) -> Rule {
        Rule(id: code.rawValue, scope: .form, severity: Severity(rawValue: code.severity) ?? .warning,
             summary: "Het formulier is hier niet eenduidig te lezen; het veld blijft leeg (\(code.rawValue)).",
             summaryEnglish: "The form cannot be read unambiguously here; the field is left empty (\(code.rawValue)).")
    }
}
