import Foundation
import Testing

/// `docxforms validate` as CI and students run it: on the template docxforms
/// writes, on that template with one kijkkader sentence altered (done here
/// with Python's zipfile, as someone editing the XML would), and on forms.
@Suite struct ValidateCommandTests {
    private let indicatorID = "positief-leerklimaat.klassenmanagement.4"
    private let sentence = "Je houdt leerlingen betrokken door afwisseling, tempo en interactie te gebruiken tijdens de les."

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docxforms-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A template as docxforms writes it, and one with `sentence` altered.
    private func templates(in dir: URL) throws -> (clean: String, altered: String) {
        let clean = dir.appendingPathComponent("sjabloon.docx").path, altered = dir.appendingPathComponent("gewijzigd.docx").path
        #expect(try docxforms(["template", "-o", clean]).status == 0)
        let edit = try python("""
            import sys, zipfile
            src, dst, old, new = sys.argv[1:5]
            with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
                for item in zin.infolist():
                    data = zin.read(item.filename)
                    if item.filename == "word/document.xml":
                        assert old.encode() in data
                        data = data.replace(old.encode(), new.encode())
                    zout.writestr(item, data)
            """, [clean, altered, sentence, sentence.replacingOccurrences(of: "tijdens de les", with: "in de les")])
        #expect(edit.status == 0, "\(edit.stderr)")
        return (clean, altered)
    }

    @Test func theTemplateIsCleanAndAnAlteredSentenceFailsNamingItsIndicator() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (clean, altered) = try templates(in: dir)
        let ok = try docxforms(["validate", "--template", clean], locale: nil)   // Dutch when the locale names no language
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("geen bevindingen"))
        let bad = try docxforms(["validate", "--template", "--english", clean, altered])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("Indicator \(indicatorID) differs from the handbook:"))
        #expect(bad.stdout.contains("[-tijdens-] {+in+} de les."))
        #expect(bad.stdout.contains("indicator-wording"))
    }

    @Test func junitParsesAsXMLAndListsTheFailures() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (clean, altered) = try templates(in: dir)
        let report = dir.appendingPathComponent("report.xml").path
        let run = try docxforms(["validate", "--template", "--format", "junit", "-o", report, clean, altered], locale: "nl_NL.UTF-8")
        #expect(run.status == 1)
        let check = try python("""
            import sys, xml.etree.ElementTree as ET
            root = ET.parse(sys.argv[1]).getroot()
            assert root.tag == "testsuites", root.tag
            for suite in root.iter("testsuite"):
                for case in suite.iter("testcase"):
                    failure = case.find("failure")
                    if failure is not None:
                        print(suite.get("name").rsplit("/", 1)[-1], case.get("name"), failure.get("message"))
            """, [report])
        #expect(check.status == 0, "\(check.stderr)")
        let lines = check.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("gewijzigd.docx indicator-wording Indicator \(indicatorID) wijkt af") == true)
    }

    @Test func sarifGithubAndJSONCarryTheSameFinding() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (_, altered) = try templates(in: dir)
        let sarif = try docxforms(["validate", "--template", "--format", "sarif", altered])
        #expect(sarif.status == 1)
        let read = try python("""
            import sys, json
            log = json.load(sys.stdin) if False else json.loads(sys.argv[1])
            assert log["version"] == "2.1.0"
            run = log["runs"][0]
            rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
            result = run["results"][0]
            assert rules[result["ruleIndex"]] == result["ruleId"]
            print(result["ruleId"], result["level"], result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"])
            """, [sarif.stdout])
        #expect(read.stdout == "indicator-wording error indicators.\(indicatorID)\n", "\(read.stderr)")
        let github = try docxforms(["validate", "--template", "--format", "github", altered])
        #expect(github.stdout.hasPrefix("::error file=\(altered),title=indicator-wording::Indicator \(indicatorID)"))
        let json = try docxforms(["validate", "--template", "--format", "json", altered])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["indicator-wording"])
        #expect(findings.first?["file"] as? String == altered)
        #expect(findings.first?["outcome"] as? String == "positief-leerklimaat")
    }

    @Test func aSettingsFileNextToTheTemplatesChangesRules() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (_, altered) = try templates(in: dir)
        try "rules:\n  indicator-wording: warning\n".write(to: dir.appendingPathComponent(".docxforms.yaml"), atomically: true, encoding: .utf8)
        let relaxed = try docxforms(["validate", "--template", altered], locale: nil)
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout.contains("1 waarschuwing,"))
        #expect(try docxforms(["validate", "--template", "--fail-on", "warning", altered]).status == 1)
        let off = dir.appendingPathComponent("off.yaml")
        try "rules:\n  indicator-wording: off\n".write(to: off, atomically: true, encoding: .utf8)
        #expect(try docxforms(["validate", "--template", "--config", off.path, altered, "--lang", "nl"]).stdout.contains("geen bevindingen"))
        try "rules:\n  indicator-wording: loud\n".write(to: off, atomically: true, encoding: .utf8)
        let invalid = try docxforms(["validate", "--template", "--config", off.path, altered])
        #expect(invalid.status == 19, "a settings file has its own exit status")
        #expect(invalid.stderr.contains("off.yaml:2:22: 'loud' is not a severity"))
        let dutch = try docxforms(["validate", "--template", "--config", off.path, altered], locale: "nl_NL.UTF-8")
        #expect(dutch.stderr.contains("off.yaml:2:22: ‘loud’ is geen ernst"))
    }

    /// The same file gets the same answer from convert, extract and validate.
    @Test func anUnreadableFileGetsTheStatusConvertGivesIt() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let broken = dir.appendingPathComponent("kapot.docx")
        try Data("geen zip".utf8).write(to: broken)
        let run = try docxforms(["validate", "Fixtures/forms/tagged-1.docx", broken.path], locale: nil)
        #expect(run.status == 5)
        #expect(run.stdout.contains("kapot.docx: onleesbaar: geen Word-bestand (.docx)"))
        #expect(run.stdout.contains("tagged-1.docx: geen bevindingen"))
        #expect(try docxforms(["convert", broken.path]).status == 5)
        let extract = try docxforms(["extract", "--format", "ndjson", "Fixtures/forms/tagged-1.docx", broken.path])
        #expect(extract.status == 5)
        #expect(extract.stdout.contains(#""code":"not-a-zip","exit":5"#))
        #expect(extract.stderr.contains("failed: 1 × not a .docx: not a zip archive, or another format (XML, PDF, RTF, OpenDocument) (5)"))
        let json = try docxforms(["validate", "--format", "json", broken.path])
        #expect(json.stdout.contains(#""errorCode": "not-a-zip""#) && json.stdout.contains(#""exit": 5"#))
    }

    @Test func filledFormsAreCheckedForWhatTheirMomentRequires() throws {
        let run = try docxforms(["validate", "--format", "json", "Fixtures/forms/tagged-2.docx"])
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let rules = Set(try #require(object["findings"] as? [[String: Any]]).compactMap { $0["rule"] as? String })
        #expect(rules == ["self-reflection-missing", "formative-feedback-incomplete", "no-development-steps"])
        let list = try docxforms(["validate", "--list-rules"])
        // The 25 checks of their own, then one per diagnostic code of the record (warnings and errors).
        #expect(list.stdout.split(separator: "\n").count > 25)
        #expect(list.stdout.contains("judgement.not-an-option") && list.stdout.contains("document.several-students"))
        #expect(list.stdout.contains("differentiation-as-grounds"))
    }
}

@Suite struct WildFormCLITests {
    /// A Word document that is no form: convert refuses it with exit 18 and
    /// a message naming the file, and leaves no output file; extract reports
    /// it as a failed file; validate lists what the record found wanting.
    @Test func aDocumentThatIsNoFormIsRefusedWithItsOwnExitCode() throws {
        let convert = try docxforms(["convert", "Fixtures/wild/a-letter.docx"])
        #expect(convert.status == 18)
        #expect(convert.stderr.hasPrefix("docxforms: Fixtures/wild/a-letter.docx: this Word document is not a feedback-and-assessment form"))
        let extract = try docxforms(["extract", "--format", "ndjson", "Fixtures/wild/a-letter.docx", "Fixtures/wild/year-three.docx"])
        #expect(extract.status == 18)
        #expect(extract.stdout.contains(#""code":"not-a-form""#))
        let validate = try docxforms(["validate", "--format", "json", "Fixtures/wild/two-students.docx"])
        #expect(validate.stdout.contains("document.several-students") && validate.stdout.contains("header.ambiguous"))
    }
}
