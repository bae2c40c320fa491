import Testing
@testable import Docx
import XMLStream

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
            return e.code == code && e.file == path && "\(e)".hasPrefix(path + ": ")
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
            "\($0)" == "/nonexistent/form.docx: cannot read the file (no such file or directory)."
        }
        #expect { _ = try DocxReader().read(contentsOf: fixturesFolder) } throws: { ($0 as! DocxError).code == "unreadable" }
    }

    @Test func limitsCanBeRaisedAndLowered() throws {
        var tight = ReadingLimits()
        tight.maxFileSize = 100
        #expect { _ = try DocxReader(limits: tight).read(contentsOf: fixturePath("docx/controls.docx")) } throws: {
            ($0 as! DocxError).kind == .limitExceeded(.fileSize, detail: "1708 bytes, at most 100 allowed")
        }
        var roomy = ReadingLimits()
        roomy.maxPartSize = 128 << 20
        roomy.maxCompressionRatio = 10_000
        // The bomb's 80 MiB of white space is one text node.
        #expect { _ = try DocxReader(limits: roomy).read(contentsOf: fixturePath("bad/bomb.docx")) } throws: {
            guard case .limitExceeded(.textSize, _) = ($0 as! DocxError).kind else { return false }
            return "\($0)".hasSuffix("Use --max-text-size to raise it.")
        }
        roomy.maxTextSize = 100 << 20
        let bomb = try DocxReader(limits: roomy).read(contentsOf: fixturePath("bad/bomb.docx"))
        #expect(Block.text(of: bomb.body) == "bom")
    }

    @Test func exitCodesAreDistinctPerKind() {
        let kinds: [DocxError.Kind] = [.unreadable(""), .emptyFile, .notAZip, .damagedZip(""), .crcError, .encryptedDocument,
                                       .legacyWordDocument, .notAWordDocument(""), .missingPart(""), .malformedXML(""),
                                       .doctypeRefused, .limitExceeded(.partSize, detail: "")]
        let codes = kinds.map { DocxError(file: "f", kind: $0).exitCode }
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0 >= 3 && $0 < 64 })
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

    @Test func theReaderNamesTheLimitAndItsFlag() throws {
        var limits = ReadingLimits()
        limits.maxControls = 2
        #expect { _ = try DocxReader(limits: limits).read(contentsOf: fixturePath("docx/controls.docx")) } throws: { error in
            guard case .limitExceeded(.controls, _) = (error as! DocxError).kind else { return false }
            return "\(error)".contains("content control count limit exceeded: more than 2 content controls. Use --max-controls to raise it.")
        }
    }
}
