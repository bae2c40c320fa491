/// Part names and relationship targets (ECMA-376 Part 2, §6.2 and §6.5).
enum PartName {
    /// The relationships part of `part`: `word/document.xml` →
    /// `word/_rels/document.xml.rels`; the package's own is `_rels/.rels`.
    static func relationshipsPart(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/\(part).rels" }
        return "\(part[..<slash])/_rels/\(part[part.index(after: slash)...]).rels"
    }

    /// Resolves a relationship target against its source part. Absolute
    /// targets start at the package root; `.` and `..` are removed; percent
    /// escapes are decoded. `source` is nil for the package relationships.
    static func resolve(_ target: String, from source: String?) -> String {
        let decoded = percentDecoded(target)
        var segments: [Substring] = []
        if !decoded.hasPrefix("/"), let source, let slash = source.lastIndex(of: "/") {
            segments = source[..<slash].split(separator: "/")
        }
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    private static func percentDecoded(_ s: String) -> String {
        guard s.contains("%") else { return s }
        var bytes: [UInt8] = []
        var utf8 = Array(s.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
               let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
