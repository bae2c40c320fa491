import Foundation
import Synchronization
import Testing
import Docx
import FeedbackForm
import FormExport
import FormValidation
import JSONOutput
import Messages
import PluginRegistry
@testable import WebService

/// A file of the repository's Fixtures folder.
private func fixture(_ name: String) throws -> [UInt8] {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return Array(try Data(contentsOf: url.appendingPathComponent("Fixtures/\(name)")))
}

/// A multipart/form-data body as a browser sends it, and its Content-Type.
private func multipart(_ fields: [(name: String, filename: String?, bytes: [UInt8])], boundary: String = "----docxformsTestBoundary7MA4YWxk")
    -> (body: [UInt8], contentType: String) {
    var body: [UInt8] = []
    for field in fields {
        var head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field.name)\""
        if let filename = field.filename { head += "; filename=\"\(filename)\"" }
        head += "\r\nContent-Type: application/octet-stream\r\n\r\n"
        body += Array(head.utf8) + field.bytes + Array("\r\n".utf8)
    }
    body += Array("--\(boundary)--\r\n".utf8)
    return (body, "multipart/form-data; boundary=\(boundary)")
}

private func json(_ response: WebResponse) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
}

@Suite struct UploadTests {
    @Test func theFileFieldIsFoundAmongOthersWithItsNameAndBytes() throws {
        let bytes: [UInt8] = [0x50, 0x4B, 0, 13, 10, 45, 45, 0xFF]   // binary, with CR LF and dashes inside
        let (body, type) = multipart([("note", nil, Array("hallo".utf8)), ("file", "Formulier Daan.docx", bytes)])
        let upload = try Upload.parse(body, contentType: type)
        #expect(upload == Upload(filename: "Formulier Daan.docx", bytes: bytes))
    }

    @Test func aFilenameKeepsNoFolders() throws {
        for sent in [#"C:\\Users\\daan\\form.docx"#, "../../etc/form.docx", "/tmp/form.docx"] {
            let (body, type) = multipart([("file", sent, [1, 2, 3])])
            #expect(try Upload.parse(body, contentType: type).filename == "form.docx")
        }
        let (body, type) = multipart([("file", nil, [1])])
        #expect(try Upload.parse(body, contentType: type).filename == Upload.unnamed)
    }

    @Test func parametersAreQuotedOrBareAndCaseInsensitive() {
        #expect(Upload.parameter("filename", in: #"form-data; name="file"; filename="a \"b\"; c.docx""#) == #"a "b"; c.docx"#)
        #expect(Upload.parameter("name", in: "form-data; NAME=file; filename=x") == "file")
        #expect(Upload.parameter("filename", in: "form-data; name=file") == nil)
        #expect(Upload.boundary(in: #"multipart/form-data; boundary="abc def""#) == "abc def")
        #expect(Upload.boundary(in: "application/json") == nil)
        #expect(Upload.boundary(in: "multipart/form-data") == nil)
    }

    @Test func anUploadWithoutAFileFieldOrNotMultipartIsABadRequest() {
        let (body, type) = multipart([("document", "form.docx", [1])])
        #expect(throws: ServiceError.self) { try Upload.parse(body, contentType: type) }
        do {
            _ = try Upload.parse(body, contentType: type)
        } catch {
            #expect(error.status == .badRequest)
            #expect(error.message.en.contains("'file'") && error.message.nl.contains("‘file’"))
        }
        #expect(throws: ServiceError.self) { try Upload.parse(Array("file=x".utf8), contentType: "application/x-www-form-urlencoded") }
        #expect(throws: ServiceError.self) { try Upload.parse(Array("garbage".utf8), contentType: "multipart/form-data; boundary=xyz") }
    }
}

@Suite struct FormServiceTests {
    private let service = FormService(plugins: builtInPlugins)

    private func post(_ endpoint: FormService.Endpoint, _ fixtureName: String, as filename: String = "tagged-2.docx",
                      query: [String: String] = [:], service: FormService? = nil, language: Language = .nl) throws -> WebResponse {
        let (body, type) = multipart([("file", filename, try fixture(fixtureName))])
        return (service ?? self.service).respond(to: endpoint, query: query, contentType: type, body: body, language: language)
    }

    /// The record `docxforms convert` makes of the fixture, under the uploaded name.
    private func expectedRecord(_ fixtureName: String, source: String) throws -> FormRecord {
        let document = try DocxReader().read(bytes: try fixture(fixtureName), name: source)
        return FormConverter(plugins: builtInPlugins).convert(document, source: source)
    }

    @Test func convertAnswersTheRecordTheCommandLineWrites() throws {
        let response = try post(.convert, "forms/tagged-2.docx")
        #expect(response.status == 200)
        #expect(response.contentType.hasPrefix("application/json"))
        let expected = try JSONOutput(pretty: true).encode(ConvertEntry.record(try expectedRecord("forms/tagged-2.docx", source: "tagged-2.docx")))
        #expect(String(decoding: response.body, as: UTF8.self) == expected)
        let record = try json(response)
        #expect(record["source"] as? String == "tagged-2.docx")
        #expect((record["student"] as? [String: Any])?["name"] as? String == "Daan Vermeulen")
    }

    @Test func convertAnswersCSVInEitherLayoutAsADownload() throws {
        for layout in CSVWriter.Layout.allCases {
            let response = try post(.convert, "forms/tagged-2.docx", query: ["format": "csv", "layout": layout.rawValue])
            #expect(response.status == 200)
            #expect(response.contentType.hasPrefix("text/csv"))
            #expect(response.download == "tagged-2.csv")
            let writer = CSVWriter(layout: layout)
            let record = try expectedRecord("forms/tagged-2.docx", source: "tagged-2.docx")
            #expect(String(decoding: response.body, as: UTF8.self) == writer.headerLine() + writer.rows(record))
        }
    }

    @Test func anUnknownFormatOrLayoutIsABadRequest() throws {
        for query in [["format": "xml"], ["format": "csv", "layout": "wide"]] {
            let response = try post(.convert, "forms/tagged-2.docx", query: query)
            #expect(response.status == 400)
            #expect(try json(response)["error"] != nil)
        }
    }

    @Test func validateAnswersTheFindingsOfTheFormCheck() throws {
        let response = try post(.validate, "forms/tagged-2.docx")
        #expect(response.status == 200)
        let findings = try #require(try json(response)["findings"] as? [[String: Any]])
        let expected = FormCheck().findings(in: try expectedRecord("forms/tagged-2.docx", source: "tagged-2.docx"))
        #expect(findings.compactMap { $0["rule"] as? String } == expected.map(\.rule))
        #expect(findings.compactMap { $0["message"] as? String } == expected.map { $0.message(.nl) })
        #expect(findings.compactMap { $0["messageEnglish"] as? String } == expected.map(\.message.en))
        #expect(findings.allSatisfy { $0["file"] as? String == "tagged-2.docx" && $0["message"] is String })
        #expect(!findings.isEmpty)
    }

    @Test func anUnreadableFormGetsItsStatusAndTheCommandLinesMessage() throws {
        let cases: [(fixture: String, status: Int, code: String)] = [
            ("bad/truncated.docx", 422, "damaged-zip"),
            ("bad/empty.docx", 422, "empty-file"),
            ("bad/legacy-renamed.docx", 415, "legacy-doc"),
            ("bad/spreadsheet.docx", 415, "not-a-word-document"),
            ("bad/not-a-zip.docx", 415, "not-a-zip"),
            ("bad/doctype.docx", 422, "doctype-refused"),
        ]
        for c in cases {
            for endpoint in FormService.Endpoint.allCases {
                let response = try post(endpoint, c.fixture, as: "mijn formulier.docx")
                #expect(response.status == c.status, "\(c.fixture)")
                let error = try #require(try json(response)["error"] as? [String: String])
                #expect(error["code"] == c.code, "\(c.fixture)")
                let cli = try #require(throws: DocxError.self) { try DocxReader().read(bytes: try fixture(c.fixture), name: "mijn formulier.docx") }
                #expect(error["message"] == cli.message(.nl))
                #expect(error["message"]?.hasPrefix("mijn formulier.docx: ") == true)
                #expect(cli.exitStatus.httpStatus == c.status, "the web's status and the command line's exit come from one table")
                let english = try json(try post(endpoint, c.fixture, as: "mijn formulier.docx", language: .en))
                #expect((english["error"] as? [String: String])?["message"] == cli.message(.en))
            }
        }
    }

    /// A Word document that is no form gets the command line's message; a
    /// blank form gives a record that says it is blank.
    @Test func aDocumentThatIsNoFormIsUnprocessableAndABlankFormSaysSo() throws {
        for endpoint in FormService.Endpoint.allCases {
            let response = try post(endpoint, "wild/a-letter.docx", as: "brief.docx")
            #expect(response.status == 422)
            let error = try #require(try json(response)["error"] as? [String: String])
            #expect(error["code"] == "not-a-form")
            #expect(error["message"]?.hasPrefix("brief.docx: dit Word-document is geen feedback- en beoordelingsformulier") == true)
        }
        let blank = try json(try post(.convert, "wild/blank-template.docx", as: "leeg.docx"))
        #expect(blank["kind"] as? String == "blank-form")
    }

    @Test func aFormOverAReadingLimitIsTooLarge() throws {
        var limits = ReadingLimits()
        limits.maxFileSize = 1024
        let response = try post(.convert, "forms/tagged-2.docx", service: FormService(plugins: [], limits: limits))
        #expect(response.status == 413)
        let message = try #require((try json(response)["error"] as? [String: String])?["message"])
        #expect(message.contains("1024") && !message.contains("--max-file-size"), "the page's users have no command line: no flag is named")
    }

    @Test func theEndpointsAreTheDocumentedPaths() {
        #expect(FormService.Endpoint.allCases.map(\.rawValue) == ["/api/convert", "/api/validate"])
    }
}

@Suite struct DeadlineTests {
    @Test func workWithinTheLimitGivesItsResult() async throws {
        #expect(try await WebServer.withDeadline(.seconds(5)) { 42 } == 42)
    }

    /// The work is cancelled, not waited for: it would otherwise sleep ten minutes.
    @Test func workOverTheLimitIsCancelledAndARequestTimeout() async throws {
        let cancelled = CancellationSeen()
        let error = await #expect(throws: ServiceError.self) {
            try await WebServer.withDeadline(.milliseconds(100)) {
                do {
                    try await Task.sleep(for: .seconds(600))
                } catch {
                    cancelled.see()
                    throw error
                }
                return 1
            }
        }
        #expect(error?.status == .requestTimeout)
        #expect(cancelled.seen)
    }
}

/// Whether a task saw its cancellation.
private final class CancellationSeen: Sendable {
    private let flag = Atomic(false)
    func see() { flag.store(true, ordering: .releasing) }
    var seen: Bool { flag.load(ordering: .acquiring) }
}

@Suite struct PageTests {
    @Test(arguments: Language.allCases)
    func thePageAndItsFilesAreServedFromHereOnly(language: Language) {
        #expect(Page.assets.map(\.path) == ["/page.css", "/page.js"])
        for text in Page.assets.map(\.text) + [Page.html(language)] {
            #expect(!text.contains("http://") && !text.contains("https://") && !text.contains("//cdn"))
        }
        #expect(Page.html(language).contains(#"<link rel="stylesheet" href="/page.css">"#))
        #expect(Page.html(language).contains(#"<script src="/page.js" defer></script>"#))
    }

    @Test(arguments: Language.allCases)
    func everyInputHasALabelAndResultsAreAnnounced(language: Language) {
        let html = Page.html(language)
        let inputs = html.components(separatedBy: "<input").dropFirst()
        #expect(!inputs.isEmpty)
        for input in inputs {
            let id = input.components(separatedBy: "id=\"").dropFirst().first?.components(separatedBy: "\"").first ?? ""
            #expect(html.contains("<label for=\"\(id)\">"), "input \(id)")
        }
        #expect(html.contains(#"role="status" aria-live="polite""#))
        #expect(html.contains(#"role="alert""#))
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
    }

    /// Every place of the page is filled, in the page's language, and the
    /// script gets its words and every diagnostic code's advice as data.
    @Test(arguments: Language.allCases)
    func thePageSpeaksOneLanguageAndLinksToTheOther(language: Language) throws {
        let html = Page.html(language)
        #expect(!html.contains("{{"))
        for phrase in Texts.Page.html.values { #expect(html.contains(phrase(language))) }
        let other: Language = language == .nl ? .en : .nl
        #expect(html.contains("href=\"/?lang=\(other.rawValue)\""))
        #expect(!html.contains(Texts.Page.html["heading"]!(other)))
        let data = try #require(html.components(separatedBy: #"<script id="words" type="application/json">"#).dropFirst().first?
            .components(separatedBy: "</script>").first)
        let words = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: String])
        #expect(words["seen"] == Texts.Page.script["seen"]!(language))
        for code in DiagnosticCode.allCases { #expect(words["advice:" + code.rawValue] == code.advice(language)) }
    }

    @Test func theRequestChoosesTheLanguage() {
        #expect(FormService.language(query: ["lang": "en"], acceptLanguage: "nl") == .en)
        #expect(FormService.language(query: [:], acceptLanguage: "de-DE,en-GB;q=0.8,nl;q=0.5") == .en)
        #expect(FormService.language(query: [:], acceptLanguage: "en;q=0.4, nl-BE") == .nl)
        #expect(FormService.language(query: [:], acceptLanguage: nil) == .nl)
        #expect(FormService.language(query: ["lang": "fr"], acceptLanguage: "fr") == .nl)
    }

    @Test func theScriptNeverWritesFormTextAsHTML() {
        #expect(!Page.script.contains("innerHTML"))
        #expect(!Page.script.contains("insertAdjacentHTML"))
        #expect(!Page.script.contains("document.write"))
    }
}

@Suite struct DownloadNameTests {
    @Test func anASCIINameIsQuotedAsItIs() {
        #expect(WebServer.attachment("tagged-2.csv") == #"attachment; filename="tagged-2.csv""#)
    }

    @Test func otherNamesGetAnASCIIFallbackAndTheirUTF8() {
        #expect(WebServer.attachment("Zoë \"x\".csv") == #"attachment; filename="Zo_ _x_.csv"; filename*=UTF-8''Zo%C3%AB%20%22x%22.csv"#)
    }
}
