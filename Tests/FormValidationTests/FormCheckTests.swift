import Testing
import FeedbackForm
@testable import FormValidation

/// A record as a careful supervisor fills it in at the eindbeoordeling:
/// self-reflections, concrete motivated feedback with next steps, judgements,
/// the confidence statements and three-part feedback on the formative outcomes.
private func goodRecord(moment: String = "eindbeoordeling") -> FormRecord {
    var record = FormRecord(source: "form.docx")
    record.moment = moment
    for outcome in Catalogue.handbook2025.outcomes {
        var o = OutcomeRecord(id: outcome.id, name: outcome.name)
        o.assessment = outcome.assessment.rawValue
        o.selfReflection = "Ik heb gewerkt aan mijn instructie en de overgangen tussen de lesdelen."
        switch outcome.assessment {
        case .formative:
            o.indicatorsSeenFeedback = "In de les over ICT liet de student leerlingen zelf een presentatie maken."
            o.developmentMade = "De student zet digitale middelen nu gericht in bij de verwerking."
            o.developmentToMake = "Volgende stap richting jaar 3: digitale toetsing ontwerpen."
        default:
            o.feedback = "In de les van 12 maart gaf de student een heldere instructie en sprak leerlingen die afdwaalden rustig aan. "
                + "Daarom voldaan. Volgende stap richting jaar 3: werkvormen afwisselen."
            o.judgement = "voldaan"
            if outcome.assessment == .summativeIntermediate { o.confidence = true }
        }
        record.outcomes.append(o)
    }
    return record
}

private func findings(_ record: FormRecord) -> [Finding] { FormCheck().findings(in: record) }

private func changing(_ id: String, in record: FormRecord = goodRecord(), _ change: (inout OutcomeRecord) -> Void) -> FormRecord {
    var copy = record
    let i = copy.outcomes.firstIndex { $0.id == id }!
    change(&copy.outcomes[i])
    return copy
}

@Suite struct FormCheckTests {
    @Test func aCarefullyFilledFormHasNoFindings() {
        #expect(findings(goodRecord()).isEmpty)
        #expect(findings(goodRecord(moment: "tussenevaluatie")).isEmpty)
    }

    @Test func theEindbeoordelingNeedsJudgementAndConfidence() {
        let record = changing("afstemmen") { $0.judgement = nil; $0.confidence = nil }
        let found = findings(record)
        #expect(found.map(\.rule).sorted() == ["confidence-missing", "judgement-missing"])
        #expect(found.allSatisfy { $0.outcome == "afstemmen" && $0.severity == .error })
        // Not yet at the tussenevaluatie.
        var earlier = record
        earlier.moment = "tussenevaluatie"
        #expect(findings(earlier).isEmpty)
        // Leerstof verwerken is summative without the confidence statement.
        #expect(findings(changing("leerstof-verwerken") { $0.confidence = nil }).isEmpty)
    }

    @Test func formativeOutcomesNeedTheThreeParts() {
        let found = findings(changing("ppi") { $0.developmentMade = nil })
        #expect(found.map(\.rule) == ["formative-feedback-incomplete"])
        #expect(found[0].message.nl.contains("doorgemaakte ontwikkeling") && found[0].message.en.contains("development made"))
        #expect(found[0].location == "outcomes.ppi.developmentMade")
    }

    @Test func everyOutcomeNeedsASelfReflection() {
        #expect(findings(changing("ict") { $0.selfReflection = nil }).map(\.rule) == ["self-reflection-missing"])
        // The startgesprek asks for a plan, not yet a self-reflection.
        var start = goodRecord(moment: "startgesprek")
        start.outcomes = start.outcomes.map { o in var o = o; o.judgement = nil; o.selfReflection = nil; return o }
        #expect(findings(start).isEmpty)
    }

    @Test func aJudgementNeedsAMotivation() {
        #expect(findings(changing("afstemmen") { $0.feedback = "Voldaan, volgende stap: jaar 3." }).map(\.rule) == ["judgement-without-motivation"])
        #expect(findings(changing("afstemmen") { $0.feedback = nil }).map(\.rule).contains("judgement-without-motivation"))
    }

    @Test func globalPraiseWithoutBehaviourIsReported() {
        let found = findings(changing("afstemmen") { $0.feedback = "Gaat wel goed, prima gedaan en netjes gewerkt, zeker voldaan. Ontwikkelpunt: meer durven." })
        #expect(found.map(\.rule) == ["global-judgement"])
        // Praise with a concrete example is not global.
        #expect(findings(changing("afstemmen") { $0.feedback = "Prima: in de les over breuken hielp je leerlingen met een stappenplan. Voldaan. Ontwikkelpunt: tempo." }).isEmpty)
    }

    @Test func notMetNeedsNextSteps() {
        let bare = changing("afstemmen") {
            $0.judgement = "niet-voldaan"
            $0.feedback = "In de lessen van maart en april verloor de student de groep telkens bij de instructie, leerlingen gingen praten."
        }
        #expect(findings(bare).map(\.rule).contains("not-met-without-next-steps"))
        let withSteps = changing("afstemmen", in: bare) { $0.feedback! += " Werkpunt: de instructie korter maken en vooraf regels afspreken." }
        #expect(!findings(withSteps).map(\.rule).contains("not-met-without-next-steps"))
    }

    @Test func aFormWithoutAnyNextStepsIsReported() {
        var record = goodRecord(moment: "tussenevaluatie")
        for i in record.outcomes.indices {
            record.outcomes[i].developmentToMake = nil
            record.outcomes[i].feedback = record.outcomes[i].feedback.map { _ in "In de les van 12 maart gaf de student een heldere instructie en sprak leerlingen rustig aan; daarom voldaan." }
        }
        let found = findings(record)
        #expect(found.contains { $0.rule == "no-development-steps" && $0.outcome == nil && $0.severity == .warning })
        #expect(!findings(goodRecord(moment: "tussenevaluatie")).contains { $0.rule == "no-development-steps" })
    }

    @Test func feedbackThatContradictsTheJudgementIsReported() {
        let met = changing("afstemmen") { $0.feedback = "In de les van 12 maart was de instructie onvoldoende voorbereid en leerlingen haakten af. Volgende stap: voorbereiden." }
        #expect(findings(met).map(\.rule) == ["feedback-contradicts-judgement"])
        let notMet = changing("afstemmen") {
            $0.judgement = "niet-voldaan"
            $0.feedback = "In de les van 12 maart liet de student uitstekend zien hoe hij leerlingen helpt, ruim voldoende. Volgende stap: tempo."
        }
        #expect(findings(notMet).map(\.rule) == ["feedback-contradicts-judgement"])
        // "niet voldaan" in the feedback agrees with niet-voldaan.
        let agreeing = changing("afstemmen") {
            $0.judgement = "niet-voldaan"
            $0.feedback = "In de les van 12 maart verloor de student de klas; daarom niet voldaan. Volgende stap: regels afspreken."
        }
        #expect(findings(agreeing).isEmpty)
    }

    @Test func differentiationIsNotGroundsForAJudgement() {
        let grounds = changing("leerstof-verwerken") {
            $0.judgement = "niet-voldaan"
            $0.feedback = "In de les van 12 maart differentieerde de student niet tussen de leerlingen, daarom niet voldaan. Volgende stap: instructie in drie niveaus."
        }
        #expect(findings(grounds).map(\.rule) == ["differentiation-as-grounds"])
        // As a next step it is fine, and outcomes without the indicative dimension are not concerned.
        let step = changing("leerstof-verwerken") { $0.feedback! += " Ontwikkelpunt: differentiëren in de verwerking." }
        #expect(findings(step).isEmpty)
    }

    @Test func noSummativeJudgementAtTheStartgesprek() {
        var record = goodRecord(moment: "startgesprek")
        record.outcomes = record.outcomes.map { o in var o = o; o.selfReflection = nil; return o }
        let found = findings(record)
        #expect(Set(found.map(\.rule)) == ["summative-at-startgesprek"])
        #expect(found.count == 3)
        record.outcomes = record.outcomes.map { o in var o = o; o.judgement = nil; return o }
        #expect(findings(record).isEmpty)
    }

    @Test func aFormWithoutMomentSaysSo() {
        var record = goodRecord()
        record.moment = nil
        #expect(findings(record).map(\.rule) == ["moment-missing"])
    }

    @Test func findingsPointAtWhereTheValueWasRead() {
        var record = changing("afstemmen") { $0.feedback = "Prima." }
        record.sources["outcomes.afstemmen.feedback"] = FormRecord.Source(part: "word/document.xml", path: "body/table[4]/row[5]", found: .tag)
        let found = findings(record)
        #expect(found.contains { $0.rule == "global-judgement" && $0.location == "word/document.xml#body/table[4]/row[5]" })
    }
}
