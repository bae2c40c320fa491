/// The values of one encoding, kept flat: every value is an entry of one
/// array, an object's or array's members linked from it by index (first,
/// last, next), so that encoding allocates nothing per value but the box
/// `KeyedEncodingContainer` puts each object's container in.
final class Tape {
    enum Value {
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array
        case object
    }

    struct Entry {
        /// The member's key in its object ("" in an array, and for the root).
        var key: String
        /// The key's first eight bytes, big-endian, zeros after a shorter key:
        /// two keys whose prefixes differ sort as their prefixes do.
        var keyPrefix: UInt64
        var value: Value
        var first: Int32 = -1
        var last: Int32 = -1
        var next: Int32 = -1

        init(key: String, value: Value) {
            self.key = key
            self.value = value
            var key = key
            keyPrefix = key.withUTF8 { bytes in
                var prefix: UInt64 = 0
                for i in 0..<8 { prefix = prefix << 8 | UInt64(i < bytes.count ? bytes[i] : 0) }
                return prefix
            }
        }
    }

    /// Unchecked: one encoding runs on one thread, and no access outlives the
    /// statement that makes it (a dynamic check per access cost more than the rest).
    @exclusivity(unchecked) private(set) var entries = [Entry(key: "", value: .null)]
    static let root: Int32 = 0

    /// Appends a member to the object or array `parent`; returns its index.
    func append(_ key: String, _ value: Value, to parent: Int32) -> Int32 {
        let index = Int32(entries.count)
        entries.append(Entry(key: key, value: value))
        let p = Int(parent)
        if entries[p].last >= 0 { entries[Int(entries[p].last)].next = index } else { entries[p].first = index }
        entries[p].last = index
        return index
    }

    /// The members of `node`, in the order they were added.
    func members(of node: Int32) -> [Int32] {
        var result: [Int32] = []
        var member = entries[Int(node)].first
        while member >= 0 {
            result.append(member)
            member = entries[Int(member)].next
        }
        return result
    }

    /// Makes `node` an object (or array), keeping its members if it is one already:
    /// a second container asked for the same value adds to the same object.
    func become(_ value: Value, _ node: Int32) {
        switch (entries[Int(node)].value, value) {
        case (.object, .object), (.array, .array): return
        default: set(value, node)
        }
    }

    /// Gives `node` a value, dropping any members it had.
    func set(_ value: Value, _ node: Int32) {
        entries[Int(node)].value = value
        entries[Int(node)].first = -1
        entries[Int(node)].last = -1
    }

    /// Encodes `value` into `node`: leaves directly, anything else through its
    /// own `encode(to:)`. Leaves are recognised by comparing metatypes, which
    /// costs a pointer comparison where a dynamic cast would cost a runtime call.
    func encode<T: Encodable>(_ value: T, into node: Int32) throws {
        if T.self == String.self { return set(.string(Tape.reinterpret(value)), node) }
        if T.self == Optional<String>.self { return set((Tape.reinterpret(value) as String?).map(Value.string) ?? .null, node) }
        if T.self == Bool.self { return set(.bool(Tape.reinterpret(value)), node) }
        if T.self == Int.self { return set(.number(String(Tape.reinterpret(value) as Int)), node) }
        if T.self == Optional<Int>.self { return set((Tape.reinterpret(value) as Int?).map { .number(String($0)) } ?? .null, node) }
        if T.self == Optional<Bool>.self { return set((Tape.reinterpret(value) as Bool?).map(Value.bool) ?? .null, node) }
        set(.null, node)
        try value.encode(to: TapeEncoder(tape: self, node: node))
    }

    /// `value` as `U`; only called once `T.self == U.self` is known.
    private static func reinterpret<T, U>(_ value: T) -> U {
        withUnsafePointer(to: value) { $0.withMemoryRebound(to: U.self, capacity: 1) { $0.pointee } }
    }

    static func number(_ d: Double) throws -> Value {
        guard d.isFinite else { throw JSONOutputError(description: "\(d) cannot be written as JSON") }
        if d == d.rounded(), abs(d) < 1e15 { return .number(String(Int(d))) }
        return .number(String(d))
    }
}

/// An `Encoder` for one value of a ``Tape``: small enough to travel as
/// `any Encoder` without a box of its own.
struct TapeEncoder: Encoder {
    let tape: Tape
    let node: Int32
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        tape.become(.object, node)
        return KeyedEncodingContainer(TapeKeyedContainer<Key>(tape: tape, node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        tape.become(.array, node)
        return TapeUnkeyedContainer(tape: tape, node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        TapeSingleContainer(tape: tape, node: node)
    }
}

private struct TapeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let tape: Tape
    let node: Int32
    var codingPath: [any CodingKey] { [] }

    private func add(_ key: Key, _ value: Tape.Value) -> Int32 { tape.append(key.stringValue, value, to: node) }

    mutating func encodeNil(forKey key: Key) throws { _ = add(key, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { _ = add(key, .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { _ = add(key, .string(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { _ = add(key, .number(String(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws { _ = add(key, try Tape.number(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try tape.encode(value, into: add(key, .null)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(TapeKeyedContainer<NestedKey>(tape: tape, node: add(key, .object)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TapeUnkeyedContainer(tape: tape, node: add(key, .array))
    }

    /// An encoder for a member whose value is encoded later, through it.
    mutating func superEncoder() -> any Encoder { TapeEncoder(tape: tape, node: tape.append("super", .null, to: node)) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { TapeEncoder(tape: tape, node: add(key, .null)) }
}

private struct TapeUnkeyedContainer: UnkeyedEncodingContainer {
    let tape: Tape
    let node: Int32
    var codingPath: [any CodingKey] { [] }
    /// The array's members, those of other containers for the same value included.
    var count: Int { tape.members(of: node).count }

    private func add(_ value: Tape.Value) -> Int32 { tape.append("", value, to: node) }

    mutating func encodeNil() throws { _ = add(.null) }
    mutating func encode(_ value: Bool) throws { _ = add(.bool(value)) }
    mutating func encode(_ value: String) throws { _ = add(.string(value)) }
    mutating func encode(_ value: Int) throws { _ = add(.number(String(value))) }
    mutating func encode(_ value: Double) throws { _ = add(try Tape.number(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try tape.encode(value, into: add(.null)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(TapeKeyedContainer<NestedKey>(tape: tape, node: add(.object)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        TapeUnkeyedContainer(tape: tape, node: add(.array))
    }

    mutating func superEncoder() -> any Encoder { TapeEncoder(tape: tape, node: add(.null)) }
}

private struct TapeSingleContainer: SingleValueEncodingContainer {
    let tape: Tape
    let node: Int32
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { tape.set(.null, node) }
    mutating func encode(_ value: Bool) throws { tape.set(.bool(value), node) }
    mutating func encode(_ value: String) throws { tape.set(.string(value), node) }
    mutating func encode(_ value: Int) throws { tape.set(.number(String(value)), node) }
    mutating func encode(_ value: Double) throws { tape.set(try Tape.number(value), node) }
    mutating func encode<T: Encodable>(_ value: T) throws { try tape.encode(value, into: node) }
}
