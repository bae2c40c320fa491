import Testing
import Docx
import Messages
import XMLStream
import YAMLFiles
@testable import FormValidation

private let sample: ValidationReport = {
    let rules = [Rule.indicatorWording, Rule.tagUnknown, Rule.commentsLeft]
    return ValidationReport(files: [
        .init(file: "a, b.docx", rules: rules, findings: [
            Finding(rule: .indicatorWording, outcome: "afstemmen", location: "indicators.afstemmen.x.1",
                    message: Phrase(nl: "Indicator wijkt af: <je> & \"u\"", en: "Indicator differs")),
            Finding(rule: .tagUnknown, location: "word/document.xml#body/control[1]", message: Phrase(nl: "Onbekende tag", en: "Unknown tag")),
        ]),
        .init(file: "clean.docx", rules: rules),
        .init(file: "broken.docx", rules: rules, error: DocxError(file: "broken.docx", kind: .notAZip)),
    ])
}()

private func english(_ report: ValidationReport) -> ValidationReport {
    var english = report
    english.language = .en
    return english
}

@Suite struct ReportTests {
    @Test func failingDependsOnTheSeverityAsked() {
        #expect(sample.fails(at: .error))
        var warningsOnly = sample
        warningsOnly.files[0].findings.removeFirst()
        #expect(!warningsOnly.fails(at: .error))
        #expect(warningsOnly.fails(at: .warning))
        #expect(sample.unreadable)
    }

    /// One table: an unreadable file gives its own status, ahead of findings; several alike keep it, else 2.
    @Test func theExitStatusComesFromTheOneTable() {
        #expect(sample.exitStatus(failOn: .error) == .notADocx)
        var readable = sample
        readable.files.removeLast()
        #expect(readable.exitStatus(failOn: .error) == .findings)
        readable.files[0].findings.removeAll()
        #expect(readable.exitStatus(failOn: .info) == .success)
        var mixed = sample
        mixed.files.append(.init(file: "leeg.docx", rules: [], error: DocxError(file: "leeg.docx", kind: .emptyFile)))
        #expect(mixed.exitStatus(failOn: .error) == .severalFailures)
    }

    @Test func junitIsXMLWithAFailurePerFailingRule() throws {
        var report = sample
        report.files[1].findings = [Finding(rule: .commentsLeft, location: "x", message: Phrase(nl: "beep\u{7} \"q\" & <b>\tend\nline", en: "x"))]
        let xml = report.junit(failOn: .error)
        let bytes = Array(xml.utf8)
        let root = try bytes.withUnsafeBytes { buffer in
            try XMLStreamParser(namespaces: [:]).parseTree(buffer, documentName: "junit.xml")
        }
        #expect(root.name.local == "testsuites")
        #expect(root.attribute("failures") == "2")
        #expect(root.attribute("errors") == "1")
        let suites = root.children.filter { $0.name.local == "testsuite" }
        #expect(suites.map { $0.attribute("name") } == ["a, b.docx", "clean.docx", "broken.docx"])
        let cases = suites[0].children
        #expect(cases.map { $0.attribute("name") } == ["indicator-wording", "tag-unknown", "comments-left"])
        let failure = try #require(cases[0].children.first { $0.name.local == "failure" })
        #expect(failure.attribute("message") == "Indicator wijkt af: <je> & \"u\"")
        // The warning is below --fail-on error: output, not a failure.
        #expect(cases[1].children.map(\.name.local) == ["system-out"])
        #expect(suites[2].children.first?.children.first?.name.local == "error")
        // Quotes, markup, tabs and line breaks survive; a control character XML cannot hold becomes U+FFFD.
        let escaped = try #require(suites[1].children.last?.children.first { $0.name.local == "failure" })
        #expect(escaped.attribute("message") == "beep\u{FFFD} \"q\" & <b>\tend\nline")
        #expect(!xml.contains("Indicator differs"), "one language: no English beside the Dutch")
    }

    @Test func githubAnnotationsEscapeTheirProperties() {
        let lines = sample.github().split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("::error file=a%2C b.docx,title=indicator-wording::Indicator wijkt af"))
        #expect(lines[1].hasPrefix("::warning file=a%2C b.docx,title=tag-unknown::"))
        #expect(lines[2] == "::error file=broken.docx,title=not-a-zip::" + DocxError(file: "broken.docx", kind: .notAZip).message(.nl))
        let englishLines = english(sample).github().split(separator: "\n")
        #expect(englishLines[0].hasPrefix("::error file=a%2C b.docx,title=indicator-wording::Indicator differs"))
        #expect(englishLines[2].hasSuffix("not a Word .docx file (it is not a zip archive). Was it renamed from another format?"))
    }

    @Test func textForPeopleIsGroupedPerFileAndOutcome() {
        let text = english(sample).text(colour: false)
        #expect(text.contains("a, b.docx\n  the form\n    warning Unknown tag\n"))
        #expect(text.contains("  afstemmen\n    error   Indicator differs\n            indicator-wording · indicators.afstemmen.x.1\n"))
        #expect(text.contains("clean.docx: no findings"))
        #expect(text.contains("broken.docx: unreadable: not a Word .docx file"))   // the file named once
        #expect(!text.contains("broken.docx: unreadable: broken.docx"))
        #expect(text.hasSuffix("3 files: 1 error, 1 warning, 0 notes\n"))
        #expect(!text.contains("\u{1B}["))
        let dutch = sample.text(colour: false)
        #expect(dutch.contains("a, b.docx\n  het formulier\n    waarschuwing Onbekende tag\n"), "Dutch severities in Dutch lines")
        #expect(dutch.contains("    fout         Indicator wijkt af"))
        #expect(dutch.contains("broken.docx: onleesbaar: geen Word-bestand (.docx)"))
        #expect(dutch.hasSuffix("3 bestanden: 1 fout, 1 waarschuwing, 0 opmerkingen\n"))
        #expect(sample.text(colour: true).contains("\u{1B}[31;1mfout        \u{1B}[0m"))
    }

    /// SARIF: one language per message; artifact URIs are percent-encoded URI references.
    @Test func sarifSpeaksOneLanguageAndEncodesItsURIs() throws {
        var report = sample
        report.files[0].file = "map met spatie/100% klaar.docx"
        let sarif = try report.sarif(version: "1")
        #expect(sarif.contains(#""uri": "map%20met%20spatie/100%25%20klaar.docx""#))
        #expect(sarif.contains(#""text": "Indicator wijkt af: <je> & \"u\"""#))
        #expect(!sarif.contains("Indicator differs"))
        #expect(sarif.contains(#""text": "\#(DocxError(file: "broken.docx", kind: .notAZip).message(.nl))""#), "the unreadable file's path once")
        var absolute = report
        absolute.files[0].file = "/tmp/a b.docx"
        #expect(try absolute.sarif(version: "1").contains(#""uri": "file:///tmp/a%20b.docx""#))
    }
}

@Suite struct ValidationConfigTests {
    @Test func rulesAreSwitchedOffOrMadeMoreOrLessSevere() throws {
        let config = try ValidationConfig.parse("rules:\n  tag-unknown: off\n  indicator-wording: warning\n", file: "c.yaml")
        let applied = config.apply(sample.files[0].findings)
        #expect(applied.map(\.rule) == ["indicator-wording"])
        #expect(applied[0].severity == .warning)
        let rules = config.rules(.template)
        #expect(!rules.contains { $0.id == "tag-unknown" })
        #expect(rules.first { $0.id == "indicator-wording" }?.severity == .warning)
        #expect(rules.first { $0.id == "comments-left" }?.severity == .error)
        #expect(rules.count == Rule.all.filter { $0.scope == .template }.count - 1)
    }

    @Test func unknownRulesAndSeveritiesNameTheirLine() {
        #expect(throws: YAMLFileError(file: "c.yaml", line: 3, column: 3, message: Texts.Files.unknownRule("no-such-rule"))) {
            try ValidationConfig.parse("rules:\n  tag-unknown: off\n  no-such-rule: error\n", file: "c.yaml")
        }
        #expect(throws: YAMLFileError.self) { try ValidationConfig.parse("rules:\n  tag-unknown: loud\n", file: "c.yaml") }
        #expect(throws: YAMLFileError.self) { try ValidationConfig.parse("regels: {}\n", file: "c.yaml") }
    }
}
