import Testing
@testable import Messages
import TestSupport

private typealias ExitStatus = Messages.ExitStatus

@Suite struct LanguageTests {
    @Test func theLocaleDecidesAsGettextDoesElseDutch() {
        #expect(Language.of(environment: [:]) == .nl)
        #expect(Language.of(environment: ["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language.of(environment: ["LANG": "en_GB.UTF-8", "LC_MESSAGES": "nl_NL"]) == .nl)
        #expect(Language.of(environment: ["LANG": "nl_NL", "LC_MESSAGES": "en_US", "LC_ALL": ""]) == .en)
        #expect(Language.of(environment: ["LC_ALL": "en", "LC_MESSAGES": "nl_NL"]) == .en)
        #expect(Language.of(environment: ["LANG": "C.UTF-8"]) == .nl)
        #expect(Language.of(environment: ["LANG": "de_DE.UTF-8"]) == .nl)
    }

    @Test func acceptLanguageIsReadByWeight() {
        #expect(Language.preferred(acceptLanguage: "en-US,en;q=0.9") == .en)
        #expect(Language.preferred(acceptLanguage: "fr, en;q=0.5, nl;q=0.8") == .nl)
        #expect(Language.preferred(acceptLanguage: "nl;q=0, en;q=0.1") == .en)
        #expect(Language.preferred(acceptLanguage: "de") == .nl)
        #expect(Language.preferred(acceptLanguage: nil) == .nl)
    }
}

@Suite struct ExitStatusTests {
    @Test func theTableIsOneStatusPerMeaningAndFileStatusesHaveHTTPStatuses() {
        #expect(Set(ExitStatus.allCases.map(\.rawValue)).count == ExitStatus.allCases.count)
        let files: [ExitStatus] = [.unreadable, .emptyFile, .notADocx, .damagedZip, .corruptData, .encrypted, .legacyDoc,
                                   .notAWordDocument, .missingPart, .malformedXML, .doctypeRefused, .limitExceeded, .notAForm]
        #expect(files.allSatisfy { $0.httpStatus != nil })
        #expect(ExitStatus.allCases.filter { !files.contains($0) }.allSatisfy { $0.httpStatus == nil })
        #expect(ExitStatus.limitExceeded.httpStatus == 413 && ExitStatus.legacyDoc.httpStatus == 415 && ExitStatus.notAForm.httpStatus == 422)
    }

    @Test func filesThatFailAlikeKeepTheirStatus() {
        #expect(ExitStatus.of(failures: []) == nil)
        #expect(ExitStatus.of(failures: [.damagedZip]) == .damagedZip)
        #expect(ExitStatus.of(failures: [.damagedZip, .damagedZip]) == .damagedZip)
        #expect(ExitStatus.of(failures: [.damagedZip, .legacyDoc]) == .severalFailures)
    }
}

/// Every phrase of the catalogue has both languages, each free of the other's words.
@Suite struct CatalogueTests {
    static let field = FieldName("naam van de student", "student's name")
    static let facts = DiagnosticFacts(field: field, quotes: ["Sam", "Kim"], number: 2, expected: 2)

    static var samples: [(String, Phrase)] {
        var all: [(String, Phrase)] = []
        typealias R = Texts.Reading
        typealias V = Texts.Validation
        typealias F = Texts.Files
        typealias C = Texts.Commands
        typealias L = Texts.Listing
        typealias S = Texts.Service
        all += ExitStatus.allCases.map { ("exit \($0.rawValue)", $0.meaning) }
        all += Severity.allCases.map { ("severity \($0)", $0.word) }
        all += DiagnosticCode.allCases.map { ("diagnostic \($0.rawValue)", $0.message(facts)) }
        all += DiagnosticCode.allCases.map { ("advice \($0.rawValue)", $0.advice) }
        all += FieldName.header.map { ("field \($0.key)", $0.value.name) }
        all += [
            ("cannotRead", R.cannotRead(R.systemReason(2))), ("isAFolder", R.isAFolder), ("emptyFile", R.emptyFile), ("notAZip", R.notAZip),
            ("xmlNotDocx", R.xmlNotDocx), ("otherFormat", R.otherFormat("PDF")), ("damagedZip", R.damagedZip(R.truncated)),
            ("crcError", R.crcError), ("encrypted", R.encrypted), ("legacyDoc", R.legacyDoc),
            ("notAWordDocument", R.notAWordDocument(found: R.foundSpreadsheet)), ("presentation", R.foundPresentation),
            ("compound", R.foundOtherCompoundFile), ("noParts", R.foundNoOfficeParts), ("contentType", R.foundContentType("x/y")),
            ("missingPart", R.missingPart("word/document.xml")), ("mainPart", R.mainPart), ("malformed", R.malformedXML("`x`")),
            ("doctype", R.doctypeRefused), ("notAForm", R.notAForm),
            ("limit", R.limitExceeded(R.partSize, found: nil, allowed: 3, unit: R.bytes)),
            ("limitFound", R.limitExceeded(R.entryCount, found: 5, allowed: 3, unit: R.entries)),
        ]
        all += [R.fileSize, R.totalSize, R.compressionRatio, R.xmlDepth, R.textSize, R.controls, R.times, R.levels, R.controlUnit]
            .map { ("limit word", $0) }
        all += [
            ("noMoment", V.noMoment), ("startgesprek", V.judgementAtStartgesprek("voldaan")), ("noJudgement", V.noJudgement("X")),
            ("noConfidence", V.noConfidence("X")), ("noSelfReflection", V.noSelfReflection("X")),
            ("feedbackLacks", V.feedbackLacks("X", ["indicatorsSeenFeedback", "developmentMade", "developmentToMake"].map(V.feedbackPart))),
            ("noDevelopmentSteps", V.noDevelopmentSteps), ("global", V.globalFeedback("X")), ("unmotivated", V.unmotivated("voldaan", "X")),
            ("notMet", V.notMetWithoutSteps("X")), ("contradicts", V.contradicts("X", "voldaan")), ("differentiation", V.differentiation("X")),
            ("noneTagged", V.noneTagged(3)), ("untagged", V.untagged(alias: "Naam")), ("tagTwice", V.tagTwice("t")),
            ("unknownTag", V.unknownTag("t")), ("outcomeMissing", V.outcomeMissing("X")), ("controlMissing", V.controlMissing("t")),
            ("tracked1", V.trackedChanges(1)), ("tracked2", V.trackedChanges(2)), ("comments1", V.comments(1)), ("comments2", V.comments(2)),
            ("wrongKind", V.wrongKind("t", found: V.controlKind("text"), expected: V.controlKind("dropdown"))),
            ("otherKind", V.controlKind("picture")), ("checkbox", V.controlKind("checkbox")), ("combo", V.controlKind("combobox")),
            ("date", V.controlKind("date")), ("otherOptions", V.otherOptions("t", offered: "", expected: "a, b")),
            ("filled", V.templateFilled("t")), ("indicatorMissing", V.indicatorMissing("1", "Zin.")),
            ("indicatorWording", V.indicatorWording("1", diff: "[-x-] {+y+}")), ("indicatorExtra", V.indicatorExtra("Zin.")),
            ("unreadable", V.unreadable), ("noFindings", V.noFindings), ("theForm", V.theForm),
            ("summary", V.summary(files: 2, errors: 1, warnings: 0, notes: 3)),
        ]
        all += [
            ("tooLarge", F.tooLarge), ("empty", F.empty), ("notYAML", F.notYAML("x")), ("folder", F.cannotOpenFolder(R.systemReason(13))),
            ("expectedKeys", F.expectedKeys(["a", "b"])), ("unknownKey", F.unknownKey("k", expected: ["a"])), ("keysText", F.keysAreText),
            ("twice", F.givenTwice("k")), ("required", F.required(["a", "b"], example: "a: 1")), ("list", F.mustBeList("k")),
            ("textList", F.mustBeTextList("k")), ("text", F.mustBeText("k")), ("oneOf", F.mustBeOneOf("k", ["a"])),
            ("whole", F.mustBeWholeNumber("k")), ("bool", F.mustBeTrueOrFalse("k")), ("itemNeeds", F.itemNeeds("k", ["id"])),
            ("subjectName", F.newSubjectNeedsName("XX")), ("subjectOutcome", F.newSubjectNeedsOutcome("XX")),
            ("outcomeName", F.newOutcomeNeedsName("x")), ("recordValue", F.mustBeRecordValue), ("optionsMap", F.optionsMap),
            ("optionsText", F.optionsText), ("selection", F.selectionNeedsOptions), ("expectedRules", F.expectedRules),
            ("rulesMap", F.rulesMap), ("unknownRule", F.unknownRule("x")), ("severity", F.notASeverity("loud")),
        ]
        all += [
            ("listen", C.cannotListen(host: "h", port: 1, reason: R.systemReason(98))), ("serving", C.serving("http://h:1/")),
            ("openly", C.servingOpenly("h")), ("write", C.cannotWrite(.verbatim("o"), reason: R.systemReason(2))), ("stdout", C.standardOutput),
            ("wrote", C.wrote("f.docx")), ("raise", C.raiseWith("--max-x")),
            ("summary", C.extractSummary(files: 3, forms: 1, failed: 2, skipped: 4, seconds: "0.10")),
            ("summary1", C.extractSummary(files: 1, forms: 1, failed: 0, skipped: 0, seconds: "0.10")),
            ("failedBy", C.failedBy([(status: .legacyDoc, count: 1), (status: .damagedZip, count: 2)])), ("nothing", C.nothingToRead(["map"])),
            ("keyFlag", C.keyOnCommandLine), ("emptyKey", C.emptyKey), ("jobs", C.jobsAtLeastOne), ("delimiter", C.delimiter),
            ("ejournal", C.ejournalNeedsMap), ("files", C.filesOrListRules), ("subject", C.subjectWithTemplate),
            ("unknownSubject", C.unknownSubject("x", known: ["WI"])), ("depth", C.maxDepth), ("positive", C.positiveLimits),
            ("between", C.between("--timeout", 1, 9, unit: C.seconds)), ("oneKey", C.oneKeySource),
            ("outcomeLine", L.outcomeLine(assessment: "a", supervisor: "b", numbers: "1")), ("indicative", L.indicative),
            ("skills", L.skills), ("trajectories", L.trajectories), ("judged", L.supervisorJudgement(true)),
            ("notJudged", L.supervisorJudgement(false)), ("moments", L.moments), ("requires", L.requires("x")), ("allows", L.allows("x")),
            ("aliases", L.aliases), ("starred", L.starred), ("role", L.role), ("builtIn", L.builtIn),
            ("notMultipart", S.notMultipart), ("badMultipart", S.badMultipart("x")), ("noFile", S.noFileField),
            ("layout", S.unknownLayout("x")), ("format", S.unknownFormat("x")), ("incomplete", S.incomplete),
            ("uploadTooLarge", S.tooLarge(mebibytes: 1)), ("slow", S.tooSlow(seconds: 3)), ("notJSON", S.notJSON),
        ]
        typealias E = Texts.EJournal
        let templates = [(id: 56, name: "Feedback")]
        all += [
            ("noValue", E.noValue), ("notADate", E.notADate("31-2-2026")), ("noOption", E.noOption("deels")),
            ("leftOut", E.leftOut(field: 1, value: "date", why: E.noValue)), ("notInTemplate", E.fieldNotInTemplate(1, template: "T")),
            ("typeDiffers", E.typeDiffers("A (1)", mapped: "text", live: "s")), ("notOffered", E.optionNotOffered("v", field: "A (1)", offered: ["V"])),
            ("requiredNotMapped", E.requiredNotMapped("A (1)")), ("archived", E.templateNotAvailable(1, assignment: 2, available: templates)),
            ("archivedNone", E.templateNotAvailable(1, assignment: 2, available: [])), ("presetOnly", E.templateForDeadlinesOnly(1)),
            ("needsAssignment", E.mapNeedsAssignment), ("yesOrDryRun", E.yesOrDryRun), ("optionRefused", E.optionRefused("v", field: "A (1)")),
            ("dateRefused", E.dateRefused("x", field: "A (1)")), ("requiredMissing", E.requiredMissing("A (1)", why: E.noValue)),
            ("requiredMissingBare", E.requiredMissing("A (1)", why: nil)), ("wouldPost", E.wouldPost("f.docx", journal: 1, template: "T", fields: 2)),
            ("posted", E.posted("f.docx", entry: 1, journal: 2)), ("postedAsTeacher", E.postedAsTeacher("f.docx", entry: 1, journal: 2)), ("already", E.alreadyPosted("f.docx", entry: 1, journal: 2, on: "2026-12-01")),
            ("notPosted", E.notPosted("f.docx", why: E.notAFilledForm)), ("because", E.notPostedBecause("f.docx")),
            ("wouldBeRefused", E.wouldBeRefused("f.docx")), ("refusedBy", E.refusedByEJournal("Locked.")),
            ("unreadableForm", E.unreadableForm("x")), ("noStudent", E.noStudent), ("noJournal", E.noJournal(student: "S")),
            ("severalJournals", E.severalJournals(student: "S", journals: [1, 2])), ("noJournalOfYours", E.noJournalOfYours), ("notYourForm", E.notYourForm(student: "S", you: "U")),
            ("dry", E.summary(forms: 3, posted: 0, wouldPost: 1, refused: 1, skipped: 1, dryRun: true)),
            ("wet", E.summary(forms: 3, posted: 1, wouldPost: 0, refused: 1, skipped: 1, dryRun: false)),
            ("unreachable", E.unreachable("https://e", "refused")), ("loginRefused", E.loginRefused("No.")), ("expired", E.loginExpired),
            ("refused", E.refused(403, "No.")), ("unexpected", E.unexpectedAnswer(500, path: "/x/")), ("noServer", E.noServer),
            ("notLoggedIn", E.notLoggedIn), ("notHTTPS", E.serverNotHTTPS("http://x")), ("noValueBecause", E.noValueBecause(E.noValue)), ("username", E.usernamePrompt),
            ("password", E.passwordPrompt), ("noPassword", E.noPassword), ("loggedIn", E.loggedIn("https://e", user: "u", file: "f")),
            ("loginFile", E.loginFileUnwritable("f")), ("receiptsRead", E.receiptsUnreadable("f")), ("receiptsWrite", E.receiptsUnwritable("f")),
            ("templateLine", E.templateLine(1, name: "T", presetOnly: true)), ("required", E.requiredWord), ("optional", E.optionalWord),
            ("choose", E.chooseTemplate(templates)), ("chooseNone", E.chooseTemplate([])), ("header", E.skeletonHeader(template: "T")),
            ("check", E.skeletonCheck), ("typeNotFilled", E.skeletonTypeNotFilled), ("noMatch", E.skeletonNoMatch),
            ("notAChoice", E.skeletonNotAChoice("school")), ("skeletonNotADate", E.skeletonNotADate("school")),
            ("skeletonNoOption", E.skeletonNoOption(["A", "B"])),
        ]
        // The link to the other language is worded in that language (marked so on the page).
        let otherLanguage: Set<String> = ["switch", "switchLabel", "switchTo"]
        typealias D = Texts.Document
        all += [
            ("bindingDiffers", D.bindingDiffers("x")), ("bindingUnsupported", D.bindingUnsupported("x", D.attributeStepLast)),
            ("customXML", D.customXMLSkipped("x")), ("unclosed", D.unclosedField("x")), ("unbalanced", D.unbalancedField),
            ("stray", D.strayBlock), ("noType", D.mainPartWithoutType), ("byType", D.mainPartByContentType),
            ("related", D.relatedPartMissing), ("skipped", D.partSkipped("x")), ("absolute", D.notAbsolute("x")),
            ("predicate", D.unsupportedPredicate("x")), ("prefix", D.undeclaredPrefix("p", "x")), ("step", D.unsupportedStep("s", "x")),
            ("templateScope", V.templateScope), ("formScope", V.formScope),
        ]
        all += Texts.Page.html.filter { !otherLanguage.contains($0.key) }.map { ("page \($0.key)", $0.value) }
        all += Texts.Page.script.map { ("script \($0.key)", $0.value) }
        return all
    }

    @Test func everyPhraseHasBothLanguagesAndNoWordOfTheOther() {
        #expect(CatalogueTests.samples.count > 200)
        for (name, phrase) in CatalogueTests.samples {
            #expect(!phrase.nl.isEmpty && !phrase.en.isEmpty, "\(name) lacks a language")
            #expect(LanguageCheck.foreignWords(in: phrase.nl, for: .nl).isEmpty, "\(name) nl: \(phrase.nl)")
            #expect(LanguageCheck.foreignWords(in: phrase.en, for: .en).isEmpty, "\(name) en: \(phrase.en)")
        }
    }

    /// The sentences differ between the languages (a few words, such as "Moment", are the same in both).
    @Test func sentencesAreTranslated() {
        for (name, phrase) in CatalogueTests.samples where phrase.en.split(separator: " ").count > 3 {
            #expect(phrase.nl != phrase.en, "\(name) is the same in both languages")
        }
    }

    @Test func theCheckFindsTheOtherLanguage() {
        #expect(LanguageCheck.foreignWords(in: "error ‘student.name’ is al ingevuld", for: .nl) == ["error"])
        #expect(LanguageCheck.foreignWords(in: "kapot.docx: the zip archive is damaged", for: .nl) == ["the"])
        #expect(LanguageCheck.foreignWords(in: "The file ‘de lijst’ has niet voldaan and --lang nl", for: .en).isEmpty)
        #expect(LanguageCheck.foreignWords(in: "No judgement on it, het is leeg", for: .en) == ["het", "leeg"])
    }
}
