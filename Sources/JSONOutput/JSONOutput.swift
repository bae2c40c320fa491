// JSONOutput: JSON text for Encodable values, with keys in sorted order.
//
// Foundation's JSONEncoder boxes every value and checks each one for special
// types; on a whole document model it cost several times the parse itself.
// This encoder builds a light tree and writes it once: sorted keys (byte
// order), `/` unescaped, UTF-8 as is, pretty or compact. No Foundation.

/// Encodes `Encodable` values as JSON text with sorted keys.
public struct JSONOutput: Sendable {
    /// Indented, one member per line (`"key": value`), or all on one line.
    public var pretty: Bool

    public init(pretty: Bool) {
        self.pretty = pretty
    }

    /// The JSON text of `value`.
    ///
    /// - Throws: ``JSONOutputError`` for a number JSON cannot hold (NaN, infinity),
    ///   or whatever `value`'s own `encode(to:)` throws.
    public func encode(_ value: some Encodable) throws -> String {
        let encoder = TreeEncoder()
        try value.encode(to: encoder)
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(encoder.result, into: &out, indent: 0)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(_ node: Node, into out: inout [UInt8], indent: Int) {
        switch node {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .number(let n): out += n.utf8
        case .string(let s): JSONOutput.writeString(s, into: &out)
        case .deferred(let encoder): write(encoder.result, into: &out, indent: indent)
        case .array(let storage):
            let items = storage.items
            guard !items.isEmpty else { out += "[]".utf8; return }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent + 1)
                write(item, into: &out, indent: indent + 1)
            }
            newline(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let storage):
            guard !storage.entries.isEmpty else { out += "{}".utf8; return }
            let entries = storage.entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            out.append(UInt8(ascii: "{"))
            for (i, entry) in entries.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent + 1)
                JSONOutput.writeString(entry.key, into: &out)
                out += (pretty ? ": " : ":").utf8
                write(entry.value, into: &out, indent: indent + 1)
            }
            newline(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private func newline(_ out: inout [UInt8], _ indent: Int) {
        guard pretty else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    /// A JSON string literal: quotes, backslashes and control characters
    /// escaped; everything else written as UTF-8.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var start = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                escape(byte, into: &out)
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8, into out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): out += #"\""#.utf8
        case UInt8(ascii: "\\"): out += #"\\"#.utf8
        case UInt8(ascii: "\n"): out += #"\n"#.utf8
        case UInt8(ascii: "\r"): out += #"\r"#.utf8
        case UInt8(ascii: "\t"): out += #"\t"#.utf8
        default:
            let hex = Array("0123456789abcdef".utf8)
            out += #"\u00"#.utf8
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0xF)])
        }
    }
}

/// A number that JSON cannot represent.
public struct JSONOutputError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// The tree the encoder builds. Arrays and objects live in class storage so
/// that containers handed out by value can fill them.
enum Node {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array(ArrayStorage)
    case object(ObjectStorage)
    /// What a `superEncoder` will have encoded by the time the tree is written.
    case deferred(TreeEncoder)
}

final class ArrayStorage {
    var items: [Node] = []
}

final class ObjectStorage {
    var entries: [(key: String, value: Node)] = []
}
