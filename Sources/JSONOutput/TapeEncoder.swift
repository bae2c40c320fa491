/// The values of one encoding, kept flat: every value is an entry of one
/// array, an object's or array's members linked from it by index (first,
/// last, next), and every key, string and number is a range of one byte
/// buffer. Entries are plain bytes: encoding retains no string and
/// dropping the tape releases none; nothing is allocated per value but the
/// box `KeyedEncodingContainer` puts each object's container in.
final class Tape {
    enum Kind: UInt8 {
        case null, `false`, `true`, number, string, array, object
    }

    struct Entry {
        /// The member's key in its object, a range of ``bytes`` (empty in an array, and for the root).
        var keyStart: Int32 = 0
        var keyCount: Int32 = 0
        /// The key's first eight bytes, big-endian, zeros after a shorter key:
        /// two keys whose prefixes differ sort as their prefixes do.
        var keyPrefix: UInt64 = 0
        var kind = Kind.null
        /// A number's or string's UTF-8, a range of ``bytes`` (a number's as JSON writes it).
        var valueStart: Int32 = 0
        var valueCount: Int32 = 0
        var first: Int32 = -1
        var last: Int32 = -1
        var next: Int32 = -1
    }

    /// Unchecked: one encoding runs on one thread, and no access outlives the
    /// statement that makes it (a dynamic check per access cost more than the rest).
    @exclusivity(unchecked) private(set) var entries = [Entry()]
    /// The keys', strings' and numbers' UTF-8, one after another.
    @exclusivity(unchecked) private(set) var bytes: [UInt8] = []
    /// Set when the bytes outgrew what an entry's 32-bit range can address
    /// (gigabytes of text); the encoding then fails rather than write wrong ranges.
    private(set) var overflowed = false
    static let root: Int32 = 0

    init() {
        entries.reserveCapacity(1 << 10)
        bytes.reserveCapacity(1 << 14)
    }

    /// Appends a member, null until given a value, to the object or array
    /// `parent` (`key` is empty in an array); returns its index.
    func append(_ key: String, to parent: Int32) -> Int32 {
        let index = Int32(entries.count)
        var entry = Entry()
        if !key.isEmpty {
            (entry.keyStart, entry.keyCount) = store(key)
            entry.keyPrefix = bytes.withUnsafeBufferPointer { bytes in
                var prefix: UInt64 = 0
                for i in 0..<8 { prefix = prefix << 8 | UInt64(i < Int(entry.keyCount) ? bytes[Int(entry.keyStart) + i] : 0) }
                return prefix
            }
        }
        entries.append(entry)
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
    func become(_ kind: Kind, _ node: Int32) {
        if entries[Int(node)].kind != kind { set(kind, node) }
    }

    /// Gives `node` a value without bytes (null, a boolean, an empty object
    /// or array), dropping any members it had.
    func set(_ kind: Kind, _ node: Int32) {
        entries[Int(node)].kind = kind
        entries[Int(node)].first = -1
        entries[Int(node)].last = -1
    }

    func set(_ value: Bool, _ node: Int32) {
        set(value ? .true : .false, node)
    }

    func set(_ value: String, _ node: Int32) {
        set(.string, node)
        (entries[Int(node)].valueStart, entries[Int(node)].valueCount) = store(value)
    }

    /// An integer's decimal digits, written straight into ``bytes``.
    func set(_ value: Int, _ node: Int32) {
        set(.number, node)
        let start = bytes.count
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // Most significant digit first: no reversal (of a slice, which would copy the buffer).
        var magnitude = value.magnitude, unit: UInt = 1
        while magnitude / unit >= 10 { unit *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / unit))
            magnitude %= unit
            unit /= 10
        } while unit > 0
        (entries[Int(node)].valueStart, entries[Int(node)].valueCount) = range(from: start)
    }

    /// - Throws: ``JSONOutputError`` for NaN and the infinities.
    func set(_ value: Double, _ node: Int32) throws {
        guard value.isFinite else { throw JSONOutputError(description: "\(value) cannot be written as JSON") }
        if value == value.rounded(), abs(value) < 1e15 { return set(Int(value), node) }
        set(.number, node)
        (entries[Int(node)].valueStart, entries[Int(node)].valueCount) = store(String(value))
    }

    /// Copies a string's UTF-8 to the end of ``bytes``; returns where it went.
    private func store(_ s: String) -> (Int32, Int32) {
        let start = bytes.count
        if s.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: s.utf8) }
        return range(from: start)
    }

    /// The range of ``bytes`` from `start` to their end, as an entry holds it.
    private func range(from start: Int) -> (Int32, Int32) {
        guard bytes.count <= Int(Int32.max) else {
            overflowed = true
            bytes.removeAll()
            return (0, 0)
        }
        return (Int32(start), Int32(bytes.count - start))
    }

    /// Encodes `value` into `node`: leaves directly, anything else through its
    /// own `encode(to:)`. Leaves are recognised by comparing metatypes, which
    /// costs a pointer comparison where a dynamic cast would cost a runtime call.
    func encode<T: Encodable>(_ value: T, into node: Int32) throws {
        if T.self == String.self { return set(Tape.reinterpret(value) as String, node) }
        if T.self == Optional<String>.self { return (Tape.reinterpret(value) as String?).map { set($0, node) } ?? set(.null, node) }
        if T.self == Bool.self { return set(Tape.reinterpret(value) as Bool, node) }
        if T.self == Int.self { return set(Tape.reinterpret(value) as Int, node) }
        if T.self == Optional<Int>.self { return (Tape.reinterpret(value) as Int?).map { set($0, node) } ?? set(.null, node) }
        if T.self == Optional<Bool>.self { return (Tape.reinterpret(value) as Bool?).map { set($0, node) } ?? set(.null, node) }
        set(.null, node)
        try value.encode(to: TapeEncoder(tape: self, node: node))
    }

    /// `value` as `U`; only called once `T.self == U.self` is known.
    private static func reinterpret<T, U>(_ value: T) -> U {
        withUnsafePointer(to: value) { $0.withMemoryRebound(to: U.self, capacity: 1) { $0.pointee } }
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

    private func add(_ key: Key) -> Int32 { tape.append(key.stringValue, to: node) }

    mutating func encodeNil(forKey key: Key) throws { _ = add(key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { tape.set(value, add(key)) }
    mutating func encode(_ value: String, forKey key: Key) throws { tape.set(value, add(key)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { tape.set(value, add(key)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try tape.set(value, add(key)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try tape.encode(value, into: add(key)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let member = add(key)
        tape.set(.object, member)
        return KeyedEncodingContainer(TapeKeyedContainer<NestedKey>(tape: tape, node: member))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let member = add(key)
        tape.set(.array, member)
        return TapeUnkeyedContainer(tape: tape, node: member)
    }

    /// An encoder for a member whose value is encoded later, through it.
    mutating func superEncoder() -> any Encoder { TapeEncoder(tape: tape, node: tape.append("super", to: node)) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { TapeEncoder(tape: tape, node: add(key)) }
}

private struct TapeUnkeyedContainer: UnkeyedEncodingContainer {
    let tape: Tape
    let node: Int32
    var codingPath: [any CodingKey] { [] }
    /// The array's members, those of other containers for the same value included.
    var count: Int { tape.members(of: node).count }

    private func add() -> Int32 { tape.append("", to: node) }

    mutating func encodeNil() throws { _ = add() }
    mutating func encode(_ value: Bool) throws { tape.set(value, add()) }
    mutating func encode(_ value: String) throws { tape.set(value, add()) }
    mutating func encode(_ value: Int) throws { tape.set(value, add()) }
    mutating func encode(_ value: Double) throws { try tape.set(value, add()) }
    mutating func encode<T: Encodable>(_ value: T) throws { try tape.encode(value, into: add()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let member = add()
        tape.set(.object, member)
        return KeyedEncodingContainer(TapeKeyedContainer<NestedKey>(tape: tape, node: member))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let member = add()
        tape.set(.array, member)
        return TapeUnkeyedContainer(tape: tape, node: member)
    }

    mutating func superEncoder() -> any Encoder { TapeEncoder(tape: tape, node: add()) }
}

private struct TapeSingleContainer: SingleValueEncodingContainer {
    let tape: Tape
    let node: Int32
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { tape.set(.null, node) }
    mutating func encode(_ value: Bool) throws { tape.set(value, node) }
    mutating func encode(_ value: String) throws { tape.set(value, node) }
    mutating func encode(_ value: Int) throws { tape.set(value, node) }
    mutating func encode(_ value: Double) throws { try tape.set(value, node) }
    mutating func encode<T: Encodable>(_ value: T) throws { try tape.encode(value, into: node) }
}
