extension Texts {
    /// The record's diagnostics are said by ``DiagnosticCode/message(_:)``, the
    /// fields they concern named by ``FieldName``.
    public enum Diagnostics {}
}

/// What a diagnostic's message says besides its code: the field by name, and
/// what the form holds there.
public struct DiagnosticFacts: Sendable, Equatable {
    public var field: FieldName
    /// Texts from the form, quoted in the message (the competing values, the mark).
    public var quotes: [String]
    /// A count the message gives (rows, outcomes).
    public var number: Int?
    /// The count expected, where the message compares (starred outcomes).
    public var expected: Int?

    public init(field: FieldName, quotes: [String] = [], number: Int? = nil, expected: Int? = nil) {
        self.field = field
        self.quotes = quotes
        self.number = number
        self.expected = expected
    }
}

/// A field's name as a person calls it, in Dutch and English.
public struct FieldName: Sendable, Equatable {
    /// The name in each language.
    public var name: Phrase
    /// The Dutch name's article: `de` or `het`.
    public var article: String

    public init(_ dutch: String, _ english: String, article: String = "de") {
        name = Phrase(nl: dutch, en: english)
        self.article = article
    }

    /// The name with `suffix` after it in each language (the article stays).
    public func with(_ suffix: Phrase) -> FieldName {
        FieldName(name.nl + suffix.nl, name.en + suffix.en, article: article)
    }
}

/// The codes of ``FormDiagnostic``: `<what>.<problem>`, stable across versions.
/// Each has its severity and its message in Dutch and English, here and
/// nowhere else.
public enum DiagnosticCode: String, Sendable, CaseIterable, Encodable {
    case headerNotFound = "header.not-found"
    case headerAmbiguous = "header.ambiguous"
    case headerInvalid = "header.invalid"
    case fieldAmbiguous = "field.ambiguous"
    case subjectUnknown = "subject.unknown"
    case momentAmbiguous = "moment.ambiguous"
    case momentConflict = "moment.conflict"
    case momentNotAnOption = "moment.not-an-option"
    case judgementNotFound = "judgement.not-found"
    case judgementAmbiguous = "judgement.ambiguous"
    case judgementNotAnOption = "judgement.not-an-option"
    case judgementMarkConflict = "judgement.mark-conflict"
    case judgementMarkUnknown = "judgement.mark-unknown"
    case judgementWithoutRole = "judgement.without-role"
    case judgementPilotOnly = "judgement.pilot-only"
    case confidenceNotFound = "confidence.not-found"
    case confidenceAmbiguous = "confidence.ambiguous"
    case confidenceNotAnOption = "confidence.not-an-option"
    case confidenceMarkConflict = "confidence.mark-conflict"
    case indicatorMarkUnknown = "indicator.mark-unknown"
    case indicatorMarkConflict = "indicator.mark-conflict"
    case indicatorUnmatched = "indicator.unmatched"
    case indicatorAmbiguous = "indicator.ambiguous"
    case indicatorDuplicate = "indicator.duplicate"
    case indicatorOutsideOutcome = "indicator.outside-outcome"
    case skillSeveralPhases = "skill.several-phases"
    case skillMarkConflict = "skill.mark-conflict"
    case tagDuplicate = "tag.duplicate"
    case starredCount = "outcomes.starred-count"
    case documentBlank = "document.blank"
    case documentOtherYear = "document.other-year"
    case documentSeveralStudents = "document.several-students"
    case documentTrackedChanges = "document.tracked-changes"
    case documentComments = "document.comments"

    /// How much it matters by default (a not-found judgement is a warning only
    /// where the moment asks for one).
    public var severity: Severity {
        switch self {
        case .documentOtherYear, .documentSeveralStudents: .error
        case .judgementPilotOnly, .indicatorUnmatched, .indicatorOutsideOutcome, .documentBlank: .info
        default: .warning
        }
    }

    /// The message for `facts`, in both languages.
    public func message(_ facts: DiagnosticFacts) -> Phrase {
        Phrase(nl: text(facts, english: false), en: text(facts, english: true))
    }

    private func text(_ facts: DiagnosticFacts, english e: Bool) -> String {
        let field = facts.field.name(e ? .en : .nl)
        let theField = e ? "The \(field)" : "\(facts.field.article == "het" ? "Het" : "De") \(field)"
        let quoted = facts.quotes.map { "‘\($0)’" }.joined(separator: e ? " or " : " of ")
        let n = facts.number ?? 0
        switch self {
        case .headerNotFound:
            return e ? "No \(field) found on the form." : "Geen \(field) gevonden op het formulier."
        case .judgementNotFound, .confidenceNotFound:
            return e ? "No \(field) found, though the form has this outcome's section."
                     : "Geen \(field) gevonden, terwijl het formulier deze leeruitkomst wel heeft."
        case .headerAmbiguous, .fieldAmbiguous:
            return e ? "\(theField) is written more than once with different values (\(quoted)); none is taken."
                     : "\(theField) staat er meer dan eens, met verschillende waarden (\(quoted)); geen ervan is overgenomen."
        case .headerInvalid:
            return e ? "\(theField) ‘\(facts.quotes.first ?? "")’ is not a valid \(field); it is left empty."
                     : "\(theField) ‘\(facts.quotes.first ?? "")’ is geen geldig\(facts.field.article == "het" ? "" : "e") \(field); het veld blijft leeg."
        case .subjectUnknown:
            return e ? "The subject \(quoted) is not one of the known subjects; its subject outcomes are not read."
                     : "Het vak \(quoted) is geen bekend vak; de vakdidactische leeruitkomsten zijn niet gelezen."
        case .momentAmbiguous, .judgementAmbiguous, .confidenceAmbiguous:
            return e ? "The \(field) is marked ambiguously: several options look chosen, or none does (\(quoted))."
                     : "De keuze bij \(field) is niet eenduidig: meer opties lijken gekozen, of geen (\(quoted))."
        case .momentConflict:
            return e ? "The title names the moment ‘\(facts.quotes.first ?? "")’, the moment field ‘\(facts.quotes.last ?? "")’; neither is taken."
                     : "De titel noemt het moment ‘\(facts.quotes.first ?? "")’, het veld moment ‘\(facts.quotes.last ?? "")’; geen van beide is overgenomen."
        case .judgementNotAnOption, .confidenceNotAnOption, .momentNotAnOption:
            return e ? "The \(field) reads \(quoted), which is not one of its options; choose one option only."
                     : "Bij \(field) staat \(quoted); dat is geen van de opties. Kies precies één optie."
        case .judgementMarkConflict, .confidenceMarkConflict, .indicatorMarkConflict, .skillMarkConflict:
            return e ? "The mark of the \(field) contradicts itself (\(quoted)): a box's state and what is written in or beside it differ."
                     : "De markering bij \(field) spreekt zichzelf tegen (\(quoted)): het vakje en wat erin of ernaast staat verschillen."
        case .judgementMarkUnknown, .indicatorMarkUnknown:
            return e ? "The mark of the \(field) means neither yes nor no: \(quoted)."
                     : "De markering bij \(field) betekent geen ja en geen nee: \(quoted)."
        case .judgementWithoutRole:
            return e ? "A \(field) is given where the supervisor has no judging role."
                     : "Er is een \(field) gegeven waar de werkplekbegeleider niet beoordeelt."
        case .judgementPilotOnly:
            return e ? "A \(field) is given: the supervisor gives it only for students in the pilot."
                     : "Er is een \(field) gegeven: de werkplekbegeleider geeft dat alleen voor studenten in de pilot."
        case .indicatorUnmatched:
            return e ? "A kijkkader row (\(quoted)) matches no indicator of the handbook closely enough; it is kept without an id."
                     : "Een rij van het kijkkader (\(quoted)) lijkt op geen indicator uit de handleiding; de rij is bewaard zonder id."
        case .indicatorAmbiguous:
            return e ? "A kijkkader row (\(facts.quotes.first ?? "")) is as close to two indicators; it is kept without an id."
                     : "Een rij van het kijkkader (\(facts.quotes.first ?? "")) lijkt even veel op twee indicatoren; de rij is bewaard zonder id."
        case .indicatorDuplicate:
            return e ? "\(theField) appears in \(n) rows; the first is read."
                     : "\(theField) staat in \(n) rijen; de eerste is gelezen."
        case .indicatorOutsideOutcome:
            return e ? "A kijkkader row (\(quoted)) lies outside any outcome's section." : "Een rij van het kijkkader (\(quoted)) staat buiten de leeruitkomsten."
        case .skillSeveralPhases:
            return e ? "Several phases are marked for the \(field); none is taken." : "Bij \(field) zijn meer fasen gemarkeerd; geen ervan is overgenomen."
        case .tagDuplicate:
            return e ? "The tag \(quoted) is used by \(n) controls; the first is read." : "De tag \(quoted) staat op \(n) invulvelden; het eerste is gelezen."
        case .starredCount:
            return e ? "\(n) starred subject outcomes are addressed; in year 2 the student shows \(facts.expected ?? 0)."
                     : "Er zijn \(n) vakdidactische leeruitkomsten met een * ingevuld; in jaar 2 toont de student er \(facts.expected ?? 0)."
        case .documentBlank:
            return e ? "The form is blank: nothing is filled in yet." : "Het formulier is leeg: er is nog niets ingevuld."
        case .documentOtherYear:
            return e ? "This is a form of year \(n) (\(quoted)), not the year-2 form; its values may mean something else."
                     : "Dit is een formulier van jaar \(n) (\(quoted)), niet het formulier van jaar 2; de waarden kunnen iets anders betekenen."
        case .documentSeveralStudents:
            let students = facts.quotes.map { "‘\($0)’" }.joined(separator: e ? " and " : " en ")
            return e ? "The file holds the forms of \(n) students (\(students)); convert one form per file."
                     : "Het bestand bevat de formulieren van \(n) studenten (\(students)); lever per student één formulier aan."
        case .documentTrackedChanges:
            if n == 1 {
                return e ? "1 tracked change is not accepted or rejected; the record reads the text as if it were accepted."
                         : "1 bijgehouden wijziging is niet geaccepteerd of geweigerd; het record leest de tekst alsof die geaccepteerd is."
            }
            return e ? "\(n) tracked changes are not accepted or rejected; the record reads the text as if they were accepted."
                     : "\(n) bijgehouden wijzigingen zijn niet geaccepteerd of geweigerd; het record leest de tekst alsof ze geaccepteerd zijn."
        case .documentComments:
            if n == 1 {
                return e ? "1 comment is left in the form; it is in the record's comments, not in its fields."
                         : "Er staat nog 1 opmerking in het formulier; die staat bij de opmerkingen van het record, niet in de velden."
            }
            return e ? "\(n) comments are left in the form; they are in the record's comments, not in its fields."
                     : "Er staan nog \(n) opmerkingen in het formulier; ze staan bij de opmerkingen van het record, niet in de velden."
        }
    }
}

extension FieldName {
    /// The header fields by their record path.
    public static let header: [String: FieldName] = [
        "student.name": FieldName("naam van de student", "student's name"),
        "student.number": FieldName("studentnummer", "student number", article: "het"),
        "subject": FieldName("vak", "subject", article: "het"), "moment": FieldName("moment", "moment", article: "het"),
        "date": FieldName("datum", "date"),
        "school": FieldName("school", "school"), "supervisor": FieldName("werkplekbegeleider", "workplace supervisor"),
        "schoolTeacherEducator": FieldName("schoolopleider", "school teacher educator"),
        "instituteTeacherEducator": FieldName("instituutsopleider", "institute teacher educator"),
        "lessonsGiven": FieldName("aantal gegeven lessen", "number of lessons given", article: "het"),
    ]

    /// A field of an outcome (`judgement`, `confidence`, else as named), on the outcome called `outcome`.
    public static func outcomeField(_ field: String, outcome: String) -> FieldName {
        let parts = ["judgement": FieldName("oordeel", "judgement", article: "het"),
                     "confidence": FieldName("voldoende vertrouwen", "statement of confidence", article: "het")]
        let what = parts[field] ?? FieldName(field, field)
        return FieldName("\(what.name.nl) bij ‘\(outcome)’", "\(what.name.en) on ‘\(outcome)’", article: what.article)
    }

    public static func indicator(_ id: String) -> FieldName { FieldName("indicator \(id)", "indicator \(id)") }

    public static func skill(_ name: String) -> FieldName { FieldName("vaardigheid ‘\(name)’", "skill ‘\(name)’") }
}

extension DiagnosticCode {
    /// What the person filling in the form can do about it (the web page shows it).
    public var advice: Phrase {
        switch self {
        case .headerNotFound, .judgementNotFound, .confidenceNotFound:
            Phrase(nl: "Vul het in op het formulier (in het veld zelf, of achter het label) en lees het opnieuw in.",
                   en: "Fill it in on the form (in the field itself, or after its label) and upload it again.")
        case .headerAmbiguous, .fieldAmbiguous:
            Phrase(nl: "Laat één waarde staan en haal de andere weg.", en: "Keep one value and remove the others.")
        case .headerInvalid:
            Phrase(nl: "Verbeter de waarde (een datum als 31-1-2026, een studentnummer van cijfers).",
                   en: "Correct the value (a date such as 31-1-2026, a student number of digits).")
        case .subjectUnknown:
            Phrase(nl: "Kies het vak uit de lijst op het formulier.", en: "Choose the subject from the list on the form.")
        case .momentAmbiguous, .judgementAmbiguous, .confidenceAmbiguous, .momentNotAnOption, .judgementNotAnOption, .confidenceNotAnOption:
            Phrase(nl: "Kies precies één optie uit de keuzelijst, of zet één kruisje (☒); typ er niets naast.",
                   en: "Choose exactly one option from the list, or mark one box (☒); type nothing beside it.")
        case .momentConflict:
            Phrase(nl: "Laat de titel en het veld moment hetzelfde moment noemen.", en: "Make the title and the moment field name the same moment.")
        case .judgementMarkConflict, .confidenceMarkConflict, .indicatorMarkConflict, .skillMarkConflict, .judgementMarkUnknown, .indicatorMarkUnknown:
            Phrase(nl: "Zet één duidelijk kruisje (☒ of X) in het vakje en haal andere tekens weg.",
                   en: "Put one clear mark (☒ or X) in the box and remove any other signs.")
        case .judgementWithoutRole, .judgementPilotOnly:
            Phrase(nl: "Kijk na of dit oordeel hier hoort; de handleiding zegt wie welke leeruitkomst beoordeelt.",
                   en: "Check whether this judgement belongs here; the handbook says who judges which outcome.")
        case .indicatorUnmatched, .indicatorAmbiguous, .indicatorOutsideOutcome:
            Phrase(nl: "Gebruik de zinnen van het kijkkader zoals het sjabloon ze geeft.", en: "Use the kijkkader's sentences as the template gives them.")
        case .indicatorDuplicate, .tagDuplicate:
            Phrase(nl: "Haal de dubbele rij of het dubbele veld weg.", en: "Remove the row or field that is there twice.")
        case .skillSeveralPhases:
            Phrase(nl: "Markeer per vaardigheid één fase.", en: "Mark one phase per skill.")
        case .starredCount:
            Phrase(nl: "Vul precies twee vakdidactische leeruitkomsten met een * in.", en: "Fill in exactly two of the starred subject outcomes.")
        case .documentBlank:
            Phrase(nl: "Vul het formulier in en lees het opnieuw in.", en: "Fill in the form and upload it again.")
        case .documentOtherYear:
            Phrase(nl: "Gebruik het formulier van jaar 2.", en: "Use the year-2 form.")
        case .documentSeveralStudents:
            Phrase(nl: "Lever per student een eigen bestand aan.", en: "Hand in one file per student.")
        case .documentTrackedChanges:
            Phrase(nl: "Aanvaard of weiger de wijzigingen in Word (Controleren > Wijzigingen).",
                   en: "Accept or reject the changes in Word (Review > Changes).")
        case .documentComments:
            Phrase(nl: "Verwerk de opmerkingen en verwijder ze.", en: "Work the comments in and delete them.")
        }
    }
}
