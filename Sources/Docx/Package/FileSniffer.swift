import Messages

/// Tells what a file is from its first bytes, before libzip sees it, so that a
/// legacy .doc, an encrypted document, an XML, PDF or RTF file gets its own
/// message rather than libzip's "not a zip archive".
enum FileSniffer {
    enum Verdict: Equatable {
        case zip
        case refused(DocxError.Kind)
    }

    static func sniff(_ bytes: UnsafeRawBufferPointer) -> Verdict {
        guard !bytes.isEmpty else { return .refused(.emptyFile) }
        if starts(bytes, with: [0x50, 0x4B]) { return .zip }
        if starts(bytes, with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return .refused(compoundFileKind(bytes))
        }
        var body = bytes[...]
        if starts(bytes, with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let first = body.first(where: { !isSpace($0) }), first == UInt8(ascii: "<") {
            return .refused(.xmlNotDocx)
        }
        if starts(bytes, with: Array("%PDF-".utf8)) { return .refused(.otherFormat("PDF")) }
        if starts(bytes, with: Array("{\\rtf".utf8)) { return .refused(.otherFormat("RTF")) }
        return .refused(.notAZip)
    }

    /// An OLE compound file holds either an encrypted OOXML package (streams
    /// `EncryptionInfo` and `EncryptedPackage`) or a binary Office document
    /// (`WordDocument` for Word). Directory entries store names in UTF-16LE,
    /// so a scan for those names tells them apart without parsing the file.
    private static func compoundFileKind(_ bytes: UnsafeRawBufferPointer) -> DocxError.Kind {
        if contains(bytes, utf16: "EncryptedPackage") || contains(bytes, utf16: "EncryptionInfo") {
            return .encryptedDocument
        }
        if contains(bytes, utf16: "WordDocument") { return .legacyWordDocument }
        return .notAWordDocument(Texts.Reading.foundOtherCompoundFile)
    }

    private static func starts(_ bytes: UnsafeRawBufferPointer, with prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 }
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    private static func contains(_ bytes: UnsafeRawBufferPointer, utf16 name: String) -> Bool {
        let needle = name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        guard bytes.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < needle.count && bytes[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
