import Testing
@testable import Docx
import Messages
import XMLStream
import ZipArchive
#if canImport(Glibc)
import Glibc
#endif

@Suite struct ErrorTests {
    /// Each broken or hostile fixture with the kind it must be refused as.
    static let cases: [(String, String)] = [
        ("empty.docx", "empty-file"), ("not-a-zip.docx", "not-a-zip"), ("truncated.docx", "damaged-zip"),
        ("crc-error.docx", "crc-error"), ("legacy.doc", "legacy-doc"), ("legacy-renamed.docx", "legacy-doc"),
        ("encrypted.docx", "encrypted"), ("word2003.xml.doc", "xml-not-docx"), ("spreadsheet.docx", "not-a-word-document"),
        ("plain-zip.docx", "not-a-word-document"), ("missing-main.docx", "missing-part"), ("malformed.docx", "malformed-xml"),
        ("doctype.docx", "doctype-refused"), ("external-entity.docx", "doctype-refused"), ("bomb.docx", "limit-exceeded"),
        ("deep.docx", "limit-exceeded"),
    ]

    @Test(arguments: cases)
    func brokenInputIsRefusedWithItsKindAndTheFileName(name: String, code: String) {
        let path = fixturePath("bad/" + name)
        #expect {
            _ = try DocxReader().read(contentsOf: path)
        } throws: { error in
            let e = error as! DocxError
            return e.code == code && e.file == path && e.message(.nl).hasPrefix(path + ": ") && e.message(.en).hasPrefix(path + ": ")
                && e.message(.nl) != e.message(.en)
        }
    }

    @Test func malformedXMLNamesPartLineAndColumn() {
        let path = fixturePath("bad/malformed.docx")
        #expect {
            _ = try DocxReader().read(contentsOf: path)
        } throws: { error in
            let e = error as! DocxError
            return e.part == "word/document.xml" && e.line == 1 && (e.column ?? 0) > 0
        }
    }

    @Test func aMissingFileAndADirectoryAreUnreadable() {
        #expect { _ = try DocxReader().read(contentsOf: "/nonexistent/form.docx") } throws: {
            ($0 as! DocxError).message(.en) == "/nonexistent/form.docx: cannot read the file (no such file or directory)."
                && ($0 as! DocxError).message(.nl) == "/nonexistent/form.docx: het bestand kan niet gelezen worden (bestand of map bestaat niet)."
        }
        #expect { _ = try DocxReader().read(contentsOf: fixturesFolder) } throws: { ($0 as! DocxError).code == "unreadable" }
    }

    @Test func limitsCanBeRaisedAndLowered() throws {
        var tight = ReadingLimits()
        tight.maxFileSize = 100
        #expect { _ = try DocxReader(limits: tight).read(contentsOf: fixturePath("docx/controls.docx")) } throws: {
            ($0 as! DocxError).kind == .limitExceeded(.fileSize, found: 1708, allowed: 100)
                && ($0 as! DocxError).message(.en).hasSuffix("file size limit exceeded: 1708 bytes, at most 100 allowed.")
        }
        var roomy = ReadingLimits()
        roomy.maxPartSize = 128 << 20
        roomy.maxCompressionRatio = 10_000
        // The bomb's 80 MiB of white space is one text node.
        #expect { _ = try DocxReader(limits: roomy).read(contentsOf: fixturePath("bad/bomb.docx")) } throws: {
            guard case .limitExceeded(.textSize, _, let allowed) = ($0 as! DocxError).kind else { return false }
            return allowed == roomy.maxTextSize && !($0 as! DocxError).message(.en).contains("--max")   // flags are the command line's to add
        }
        roomy.maxTextSize = 100 << 20
        let bomb = try DocxReader(limits: roomy).read(contentsOf: fixturePath("bad/bomb.docx"))
        #expect(Block.text(of: bomb.body) == "bom")
    }

    @Test func exitStatusesAreDistinctPerKindAndEachHasAnHTTPStatus() {
        let kinds: [DocxError.Kind] = [.unreadable(.verbatim("")), .emptyFile, .notAZip, .damagedZip(.verbatim("")), .crcError, .encryptedDocument,
                                       .legacyWordDocument, .notAWordDocument(.verbatim("")), .missingPart(""), .malformedXML(""),
                                       .doctypeRefused, .limitExceeded(.partSize, found: nil, allowed: 1), .notAForm]
        let statuses = kinds.map { DocxError(file: "f", kind: $0).exitStatus }
        #expect(Set(statuses).count == statuses.count)
        #expect(statuses.allSatisfy { $0.rawValue >= 3 && $0.rawValue < 64 && $0.httpStatus != nil })
        // Forms sent in another format say so, and share "not a .docx" with a renamed file.
        #expect(DocxError(file: "f", kind: .otherFormat("PDF")).exitStatus == DocxError(file: "f", kind: .notAZip).exitStatus)
    }

    /// A PDF, an RTF or an OpenDocument text sent instead of the form: named, with what to do.
    @Test(arguments: [("%PDF-1.7\n...", "PDF"), ("{\\rtf1\\ansi hallo}", "RTF")])
    func anotherFormatIsNamed(content: String, name: String) {
        #expect {
            _ = try DocxReader().read(bytes: Array(content.utf8), name: "form.docx")
        } throws: { error in
            let e = error as! DocxError
            return e.kind == .otherFormat(name) && e.message(.en).contains("this is a \(name) file, not a .docx")
                && e.message(.nl).contains("sla het op als .docx")
        }
    }

    @Test func anOpenDocumentTextIsNamed() throws {
        let zip = ZipWriter()
        zip.add("mimetype", Array("application/vnd.oasis.opendocument.text".utf8))
        zip.add("content.xml", Array("<office:document-content/>".utf8))
        let path = "/tmp/docxforms-test-\(getpid()).odt"
        defer { unlink(path) }
        try zip.write(to: path)
        #expect { _ = try DocxReader().read(contentsOf: path) } throws: { ($0 as! DocxError).kind == .otherFormat("OpenDocument") }
    }
}

@Suite struct ControlLimitTests {
    /// The limit on content controls stops the parse at the first one over it.
    @Test func aPartWithMoreControlsThanAllowedIsRefused() throws {
        let controls = String(repeating: "<w:sdt><w:sdtContent><w:p/></w:sdtContent></w:sdt>", count: 4)
        let xml = Array("<w:document xmlns:w=\"\(wordNamespace)\"><w:body>\(controls)</w:body></w:document>".utf8)
        func parse(_ max: Int) throws {
            let parser = StoryParser(part: "word/document.xml", hyperlinkTargets: [:], maxControls: max)
            try xml.withUnsafeBytes { try OPCPackage.parser.parse($0, documentName: "x", handler: parser) }
        }
        #expect { try parse(3) } throws: { ($0 as! XMLStreamError) == XMLStreamError(
            kind: .limit(.handler(StoryBuilder.controlLimit)), message: "more than 3 content controls", line: 1, column: 0) }
        #expect(throws: Never.self) { try parse(4) }
    }

    @Test func theReaderNamesTheLimit() throws {
        var limits = ReadingLimits()
        limits.maxControls = 2
        #expect { _ = try DocxReader(limits: limits).read(contentsOf: fixturePath("docx/controls.docx")) } throws: { error in
            guard case .limitExceeded(.controls, _, _) = (error as! DocxError).kind else { return false }
            return (error as! DocxError).message(.en).contains("content control count limit exceeded: more than 2 content controls, at most 2 allowed.")
        }
    }
}

@Suite struct WordNameTests {
    /// The parser numbers names by the table; a number read back is the
    /// case it came from, and an unknown name (-1) or one past the cases is none.
    @Test func everyNameIsFoundFromItsIdAndNothingElseIs() {
        #expect(WordName.allCases.allSatisfy { WordName.table[$0.name].flatMap(WordName.init(rawValue:)) == $0 })
        #expect(WordName(rawValue: -1) == nil)
        #expect(WordName(rawValue: WordName.allCases.count) == nil)
    }
}
