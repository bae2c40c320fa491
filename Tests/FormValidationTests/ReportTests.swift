import Testing
import XMLStream
import YAMLFiles
@testable import FormValidation

private let sample: ValidationReport = {
    let rules = [Rule.indicatorWording, Rule.tagUnknown, Rule.commentsLeft]
    return ValidationReport(files: [
        .init(file: "a, b.docx", rules: rules, findings: [
            Finding(rule: .indicatorWording, outcome: "afstemmen", location: "indicators.afstemmen.x.1",
                    message: "Indicator wijkt af: <je> & \"u\"", english: "Indicator differs"),
            Finding(rule: .tagUnknown, location: "word/document.xml#body/control[1]", message: "Onbekende tag", english: "Unknown tag"),
        ]),
        .init(file: "clean.docx", rules: rules),
        .init(file: "broken.docx", rules: rules, error: "broken.docx: not a zip archive"),
    ])
}()

@Suite struct ReportTests {
    @Test func failingDependsOnTheSeverityAsked() {
        #expect(sample.fails(at: .error))
        var warningsOnly = sample
        warningsOnly.files[0].findings.removeFirst()
        #expect(!warningsOnly.fails(at: .error))
        #expect(warningsOnly.fails(at: .warning))
        #expect(sample.unreadable)
    }

    @Test func junitIsXMLWithAFailurePerFailingRule() throws {
        let xml = try sample.junit(failOn: .error)
        let bytes = Array(xml.utf8)
        let root = try bytes.withUnsafeBytes { buffer in
            try XMLStreamParser(namespaces: [:]).parseTree(buffer, documentName: "junit.xml")
        }
        #expect(root.name.local == "testsuites")
        #expect(root.attribute("failures") == "1")
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
    }

    @Test func githubAnnotationsEscapeTheirProperties() {
        let lines = sample.github().split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("::error file=a%2C b.docx,title=indicator-wording::Indicator wijkt af"))
        #expect(lines[1].hasPrefix("::warning file=a%2C b.docx,title=tag-unknown::"))
        #expect(lines[2] == "::error file=broken.docx,title=unreadable::broken.docx: not a zip archive")
    }

    @Test func textForPeopleIsGroupedPerFileAndOutcome() {
        let text = sample.text(colour: false, english: true)
        #expect(text.contains("a, b.docx\n  the form\n    warning Unknown tag\n"))
        #expect(text.contains("  afstemmen\n    error   Indicator differs\n            indicator-wording · indicators.afstemmen.x.1\n"))
        #expect(text.contains("clean.docx: no findings"))
        #expect(text.contains("broken.docx: unreadable: not a zip archive\n"))   // the file named once
        #expect(text.hasSuffix("3 file(s): 1 error(s), 1 warning(s), 0 note(s)\n"))
        #expect(!text.contains("\u{1B}["))
        #expect(sample.text(colour: true, english: false).contains("\u{1B}[31;1merror  \u{1B}[0m"))
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
        #expect(throws: YAMLFileError(file: "c.yaml", line: 3, column: 3,
                                      message: "unknown rule 'no-such-rule'; `docxforms validate --list-rules` lists them")) {
            try ValidationConfig.parse("rules:\n  tag-unknown: off\n  no-such-rule: error\n", file: "c.yaml")
        }
        #expect(throws: YAMLFileError.self) { try ValidationConfig.parse("rules:\n  tag-unknown: loud\n", file: "c.yaml") }
        #expect(throws: YAMLFileError.self) { try ValidationConfig.parse("regels: {}\n", file: "c.yaml") }
    }
}
