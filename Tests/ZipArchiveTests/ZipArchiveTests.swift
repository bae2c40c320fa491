import Foundation
import Testing
@testable import ZipArchive

private func fixture(_ name: String) throws -> [UInt8] {
    let path = String(#filePath.split(separator: "/").dropLast(3).joined(separator: "/"))
    let file = "/" + path + "/Fixtures/" + name
    guard let bytes = readAll(file) else { throw FixtureMissing(path: file) }
    return bytes
}

private struct FixtureMissing: Error { let path: String }

private func readAll(_ path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) }
}

private func open(_ bytes: [UInt8], maxEntries: Int = 100) throws(ZipError) -> ZipArchive {
    var result: Result<ZipArchive, ZipError>!
    bytes.withUnsafeBytes { buffer in
        do throws(ZipError) { result = .success(try ZipArchive(bytes: buffer, maxEntries: maxEntries)) } catch { result = .failure(error) }
    }
    return try result.get()
}

private let generous = ReadLimits(maxBytes: 1 << 26, maxRatio: 1000)

@Suite struct ZipArchiveTests {
    @Test func listsAndReadsEntriesIgnoringCase() throws {
        let zip = try open(try fixture("docx/paragraphs.docx"))
        #expect(zip.entryNames.contains("word/document.xml"))
        #expect(zip.contains("WORD/Document.XML"))
        let bytes = try #require(try zip.read("/word/document.xml", limits: generous))
        #expect(String(decoding: bytes.prefix(5), as: UTF8.self) == "<?xml")
        #expect(try zip.read("word/nothing.xml", limits: generous) == nil)
    }

    @Test func notAZipAndTruncatedAreToldApart() throws {
        #expect { _ = try open(try fixture("bad/not-a-zip.docx")) } throws: { ($0 as! ZipError).kind == .notAZip }
        #expect { _ = try open(try fixture("bad/plain-zip.docx"), maxEntries: 0) } throws: {
            ($0 as! ZipError).kind == .tooManyEntries(1)
        }
    }

    @Test func corruptDataIsAnErrorNeverAPartialBuffer() throws {
        let zip = try open(try fixture("bad/crc-error.docx"))
        #expect { _ = try zip.read("word/document.xml", limits: generous) } throws: { ($0 as! ZipError).kind == .crc }
    }

    @Test func sizeAndRatioLimitsHoldWhileInflating() throws {
        let zip = try open(try fixture("bad/bomb.docx"))
        #expect { _ = try zip.read("word/document.xml", limits: ReadLimits(maxBytes: 1 << 20, maxRatio: 1000)) } throws: {
            if case .entryTooLarge = ($0 as! ZipError).kind { return true } else { return false }
        }
        #expect { _ = try zip.read("word/document.xml", limits: ReadLimits(maxBytes: 1 << 30, maxRatio: 100)) } throws: {
            if case .ratioTooHigh = ($0 as! ZipError).kind { return true } else { return false }
        }
    }
}
