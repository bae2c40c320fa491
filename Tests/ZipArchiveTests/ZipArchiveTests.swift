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

@Suite struct ZipClaimedSizeTests {
    /// Zip headers can lie about an entry's size: one that claims fewer bytes
    /// than it holds is read whole (or refused), never cut at the claim.
    @Test func anEntryLargerThanItsClaimIsNeverCutShort() throws {
        let writer = ZipWriter()
        let content = Array(String(repeating: "<w:p/>", count: 20_000).utf8)
        writer.add("word/document.xml", content)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("docxforms-\(UUID().uuidString).zip").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try writer.write(to: path)
        var bytes = try #require(readAll(path))
        // The uncompressed size: offset 22 of the local header, 24 of the central one.
        func claim(_ size: Int, at offset: Int) {
            for i in 0..<4 { bytes[offset + i] = UInt8(size >> (8 * i) & 0xFF) }
        }
        claim(1000, at: 22)
        let central = try #require((0..<bytes.count - 4).first { bytes[$0..<$0 + 4] == [0x50, 0x4B, 0x01, 0x02] })
        claim(1000, at: central + 24)
        let zip = try open(bytes)
        #expect(zip.claimedSize(of: "word/document.xml")?.uncompressed == 1000)
        do {
            let read = try zip.read("word/document.xml", limits: generous)
            let whole = read == content
            #expect(whole, "read \(read?.count ?? -1) of \(content.count) bytes")
        } catch {
            #expect(error.kind != .entryTooLarge(1001))
        }
    }
}

@Suite struct ZipWriterTests {
    private func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("docxforms-\(UUID().uuidString)-\(name)").path
    }

    @Test func writtenArchivesReadBackAndAreDeterministic() throws {
        let writer = ZipWriter()
        writer.add("[Content_Types].xml", Array("<Types/>".utf8))
        writer.add("word/document.xml", Array(String(repeating: "<w:p/>", count: 1000).utf8))
        let first = temporaryPath("a.zip"), second = temporaryPath("b.zip")
        defer { try? FileManager.default.removeItem(atPath: first); try? FileManager.default.removeItem(atPath: second) }
        try writer.write(to: first)
        try writer.write(to: second)
        let bytes = try #require(readAll(first))
        #expect(bytes == readAll(second))
        let zip = try open(bytes)
        #expect(zip.entryNames == ["[Content_Types].xml", "word/document.xml"])
        #expect(try zip.read("word/document.xml", limits: generous)?.count == 6000)
        #expect(bytes.count < 1000)
    }

    @Test func aFailedWriteLeavesNothingBehind() throws {
        let folder = temporaryPath("missing-folder")
        let writer = ZipWriter()
        writer.add("a.txt", [1, 2, 3])
        #expect { try writer.write(to: folder + "/out.zip") } throws: { ($0 as! ZipError).kind == .cannotWrite }
        #expect(!FileManager.default.fileExists(atPath: folder))
    }
}

@Suite struct ZipDuplicateNameTests {
    /// Two entries of one name (here differing in case only): readers would
    /// disagree on which is the part, so the archive is refused.
    @Test func twoEntriesOfOneNameAreRefused() throws {
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16) }
        // Two stored, empty entries: local headers, central directory, end record.
        var bytes: [UInt8] = [], central: [UInt8] = []
        for name in ["word/document.xml", "WORD/document.xml"] {
            let n = Array(name.utf8), offset = bytes.count
            bytes += [0x50, 0x4B, 0x03, 0x04] + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
                + le32(0) + le32(0) + le32(0) + le16(n.count) + le16(0) + n
            central += [0x50, 0x4B, 0x01, 0x02] + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
                + le32(0) + le32(0) + le32(0) + le16(n.count) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + n
        }
        let start = bytes.count
        bytes += central
        bytes += [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(2) + le16(2) + le32(central.count) + le32(start) + le16(0)
        #expect { _ = try open(bytes) } throws: {
            ($0 as! ZipError).kind == .damaged && ($0 as! ZipError).message == "two entries are named 'WORD/document.xml'"
        }
    }
}
