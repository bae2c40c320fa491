// JSONOutput: JSON text for Encodable values, with keys in sorted order.
//
// Foundation's JSONEncoder boxes every value and checks each one for special
// types; on a whole document model it cost several times the parse itself.
// This encoder keeps the values flat, in one array (a `Tape`), and writes
// them once: sorted keys (byte order), `/` unescaped, UTF-8 as is, pretty or
// compact. No Foundation.

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
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        try append(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the JSON text of `value`, as UTF-8, to `out`: for output that
    /// goes on as bytes, without a string made and read back. Nothing is
    /// appended when encoding throws.
    ///
    /// - Throws: as ``encode(_:)``.
    public func append(_ value: some Encodable, to out: inout [UInt8]) throws {
        let tape = Tape()
        try tape.encode(value, into: Tape.root)
        guard !tape.overflowed else { throw JSONOutputError(description: "the value is too large to be written as JSON") }
        tape.entries.withUnsafeBufferPointer { entries in
            tape.bytes.withUnsafeBufferPointer { bytes in
                var writer = Writer(entries: entries, bytes: bytes, pretty: pretty)
                swap(&writer.out, &out)
                writer.write(Tape.root, indent: 0)
                swap(&writer.out, &out)
            }
        }
    }

    /// Writes a tape's values as JSON text, objects' members sorted by key.
    private struct Writer {
        /// The tape's entries and bytes, read in place.
        let entries: UnsafeBufferPointer<Tape.Entry>
        let bytes: UnsafeBufferPointer<UInt8>
        let pretty: Bool
        var out: [UInt8] = []
        /// The members of the arrays and objects being written (an object's sorted), each one's above its parent's.
        private var members: [Int32] = []

        init(entries: UnsafeBufferPointer<Tape.Entry>, bytes: UnsafeBufferPointer<UInt8>, pretty: Bool) {
            self.entries = entries
            self.bytes = bytes
            self.pretty = pretty
        }

        private static func key(_ entry: Tape.Entry, in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[Int(entry.keyStart)..<Int(entry.keyStart + entry.keyCount)])
        }

        private func value(_ entry: Tape.Entry) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[Int(entry.valueStart)..<Int(entry.valueStart + entry.valueCount)])
        }

        mutating func write(_ node: Int32, indent: Int) {
            let entry = entries[Int(node)]
            switch entry.kind {
            case .null: out += "null".utf8
            case .false: out += "false".utf8
            case .true: out += "true".utf8
            case .number: out.append(contentsOf: value(entry))
            case .string: JSONOutput.writeString(value(entry), into: &out)
            case .array, .object:
                // Members in the order added; an object's sorted by key, each with its key.
                let isObject = entry.kind == .object
                guard entry.first >= 0 else { out += (isObject ? "{}" : "[]").utf8; return }
                let start = members.count
                var member = entry.first
                while member >= 0 {
                    members.append(member)
                    member = entries[Int(member)].next
                }
                // Sorted through the buffer: sorting `members[start...]` would copy the array the slice shares
                // (as would a copy of this writer, which shares it too).
                if isObject {
                    let entries = entries, bytes = bytes
                    members.withUnsafeMutableBufferPointer { members in
                        members[start...].sort { a, b in
                            let a = entries[Int(a)], b = entries[Int(b)]
                            if a.keyPrefix != b.keyPrefix { return a.keyPrefix < b.keyPrefix }
                            return JSONOutput.precedes(Writer.key(a, in: bytes), Writer.key(b, in: bytes))
                        }
                    }
                }
                out.append(UInt8(ascii: isObject ? "{" : "["))
                for i in start..<members.count {
                    if i > start { out.append(UInt8(ascii: ",")) }
                    newline(indent + 1)
                    if isObject {
                        JSONOutput.writeString(Writer.key(entries[Int(members[i])], in: bytes), into: &out)
                        out.append(UInt8(ascii: ":"))
                        if pretty { out.append(UInt8(ascii: " ")) }
                    }
                    write(members[i], indent: indent + 1)
                }
                members.removeSubrange(start...)
                newline(indent)
                out.append(UInt8(ascii: isObject ? "}" : "]"))
            }
        }

        private mutating func newline(_ indent: Int) {
            guard pretty else { return }
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
        }
    }

    /// Whether `x` sorts before `y` in byte order, compared eight bytes at
    /// a time (the keys of a record's sources share long beginnings:
    /// `indicators.afstemmen.…`).
    fileprivate static func precedes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = min(x.count, y.count)
        var i = 0
        while i + 8 <= n {
            let p = UInt64(bigEndian: UnsafeRawPointer(x.baseAddress! + i).loadUnaligned(as: UInt64.self))
            let q = UInt64(bigEndian: UnsafeRawPointer(y.baseAddress! + i).loadUnaligned(as: UInt64.self))
            if p != q { return p < q }
            i += 8
        }
        while i < n {
            if x[i] != y[i] { return x[i] < y[i] }
            i += 1
        }
        return x.count < y.count
    }

    /// A JSON string literal: quotes, backslashes and control characters
    /// escaped; everything else written as UTF-8.
    static func writeString(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var start = 0
        var i = firstEscape(in: bytes, from: 0)
        while i < bytes.count {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            escape(bytes[i], into: &out)
            start = i + 1
            i = firstEscape(in: bytes, from: start)
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        out.append(UInt8(ascii: "\""))
    }

    /// The index of the first byte at or after `start` that JSON escapes (a
    /// control character, `"`, `\\`), or `bytes.count`. Eight bytes are
    /// passed over at a time while none of them is one: whether a word holds
    /// a byte below n, or a zero byte, is told exactly by the bit tricks below.
    private static func firstEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ w: UInt64) -> Bool { (w &- ones) & ~w & highs != 0 }
        var i = start
        while i + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
            let below20 = (word &- ones &* 0x20) & ~word & highs != 0
            if below20 || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C)) { break }
            i += 8
        }
        while i < bytes.count, !needsEscape(bytes[i]) { i += 1 }
        return i
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
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
