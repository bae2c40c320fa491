import Docx
import Folders
#if canImport(Glibc)
import Glibc
#endif

/// A zip archive of stored (uncompressed) entries, built in memory: enough to
/// wrap a fuzzed document part into a package quickly.
enum StoredZip {
    static func wordPackage(document: [UInt8]) -> [UInt8] {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        let types = #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Override PartName="/word/document.xml" ContentType="\#(main)"/></Types>"#
        let rels = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#
        return archive([("[Content_Types].xml", Array(types.utf8)), ("_rels/.rels", Array(rels.utf8)), ("word/document.xml", document)])
    }

    static func archive(_ entries: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = [], central: [UInt8] = []
        for (name, bytes) in entries {
            let n = Array(name.utf8), offset = out.count, crc = crc32(bytes)
            let common = le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21) + le32(crc) + le32(bytes.count) + le32(bytes.count) + le16(n.count) + le16(0)
            out += [0x50, 0x4B, 0x03, 0x04] + common + n + bytes
            central += [0x50, 0x4B, 0x01, 0x02] + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + n
        }
        let start = out.count
        return out + central + [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(entries.count) + le16(entries.count)
            + le32(central.count) + le32(start) + le16(0)
    }

    private static func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    private static func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16 & 0xFFFF) }
    private static func le32(_ v: UInt32) -> [UInt8] { le32(Int(v)) }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

/// Reading replay inputs: files, and the files of folders (sorted).
enum Replay {
    static func files(_ path: String) -> [String] {
        guard let names = Folder.names(path) else { return [path] }
        return names.filter { !$0.hasPrefix(".") }.sorted().flatMap { files(path + "/" + $0) }
    }

    static func read(_ path: String) -> [UInt8]? {
        try? InputFile.read(path, maxBytes: 64 << 20)
    }
}

enum FileDescriptorOutput {
    static func error(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    }
}
