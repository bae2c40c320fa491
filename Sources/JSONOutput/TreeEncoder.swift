/// An `Encoder` that builds a ``Node`` tree. Asking twice for a keyed
/// container of the same value gives the same object (as Foundation's does),
/// so a type can add members to what another type encoded.
final class TreeEncoder: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private(set) var result = Node.null

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let storage) = result { return KeyedEncodingContainer(KeyedContainer<Key>(storage: storage)) }
        let storage = ObjectStorage()
        result = .object(storage)
        return KeyedEncodingContainer(KeyedContainer<Key>(storage: storage))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let storage) = result { return UnkeyedContainer(storage: storage) }
        let storage = ArrayStorage()
        result = .array(storage)
        return UnkeyedContainer(storage: storage)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(encoder: self)
    }

    func set(_ node: Node) {
        result = node
    }

    /// The node for one value: leaves directly, anything else through its
    /// own `encode(to:)`.
    /// Leaves are recognised by comparing metatypes, which costs a pointer
    /// comparison where a dynamic cast would cost a runtime call.
    static func node<T: Encodable>(_ value: T) throws -> Node {
        if T.self == String.self { return .string(reinterpret(value)) }
        if T.self == Optional<String>.self { return (reinterpret(value) as String?).map(Node.string) ?? .null }
        if T.self == Bool.self { return .bool(reinterpret(value)) }
        if T.self == Int.self { return .number(String(reinterpret(value) as Int)) }
        if T.self == Optional<Int>.self { return (reinterpret(value) as Int?).map { .number(String($0)) } ?? .null }
        if T.self == Optional<Bool>.self { return (reinterpret(value) as Bool?).map(Node.bool) ?? .null }
        let encoder = TreeEncoder()
        try value.encode(to: encoder)
        return encoder.result
    }

    /// `value` as `U`; only called once `T.self == U.self` is known.
    private static func reinterpret<T, U>(_ value: T) -> U {
        withUnsafePointer(to: value) { $0.withMemoryRebound(to: U.self, capacity: 1) { $0.pointee } }
    }

    static func number(_ d: Double) throws -> Node {
        guard d.isFinite else { throw JSONOutputError(description: "\(d) cannot be written as JSON") }
        if d == d.rounded(), abs(d) < 1e15 { return .number(String(Int(d))) }
        return .number(String(d))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: ObjectStorage
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { storage.entries.append((key.stringValue, .null)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { storage.entries.append((key.stringValue, .bool(value))) }
    mutating func encode(_ value: String, forKey key: Key) throws { storage.entries.append((key.stringValue, .string(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { storage.entries.append((key.stringValue, .number(String(value)))) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        storage.entries.append((key.stringValue, try TreeEncoder.number(value)))
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        storage.entries.append((key.stringValue, try TreeEncoder.node(value)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectStorage()
        storage.entries.append((key.stringValue, .object(nested)))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(storage: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ArrayStorage()
        storage.entries.append((key.stringValue, .array(nested)))
        return UnkeyedContainer(storage: nested)
    }

    mutating func superEncoder() -> any Encoder { deferred(key: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { deferred(key: key.stringValue) }

    private func deferred(key: String) -> any Encoder {
        let encoder = TreeEncoder()
        storage.entries.append((key, .deferred(encoder)))
        return encoder
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let storage: ArrayStorage
    var codingPath: [any CodingKey] { [] }
    var count: Int { storage.items.count }

    mutating func encodeNil() throws { storage.items.append(.null) }
    mutating func encode(_ value: Bool) throws { storage.items.append(.bool(value)) }
    mutating func encode(_ value: String) throws { storage.items.append(.string(value)) }
    mutating func encode(_ value: Int) throws { storage.items.append(.number(String(value))) }
    mutating func encode(_ value: Double) throws { storage.items.append(try TreeEncoder.number(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { storage.items.append(try TreeEncoder.node(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectStorage()
        storage.items.append(.object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(storage: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ArrayStorage()
        storage.items.append(.array(nested))
        return UnkeyedContainer(storage: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = TreeEncoder()
        storage.items.append(.deferred(encoder))
        return encoder
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { encoder.set(.null) }
    mutating func encode(_ value: Bool) throws { encoder.set(.bool(value)) }
    mutating func encode(_ value: String) throws { encoder.set(.string(value)) }
    mutating func encode(_ value: Int) throws { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Double) throws { encoder.set(try TreeEncoder.number(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { encoder.set(try TreeEncoder.node(value)) }
}
