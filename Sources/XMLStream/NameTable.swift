internal import CLibXML2

/// Turns libxml2's interned name pointers into Swift strings once per parse.
///
/// libxml2 interns element names and namespace URIs in its dictionary, so the
/// same name arrives as the same pointer. A small direct-mapped cache keyed by
/// the pointer answers almost every lookup. A pointer that libxml2's dictionary
/// owns names the same string for the whole parse; any other hit is checked
/// byte by byte, so it can only cost a conversion, never give a wrong name.
final class NameTable {
    private final class Entry {
        let pointer: UnsafeRawPointer
        let bytes: [UInt8]
        let string: String
        /// The index in the client's table (namespace or local name), or -1.
        let index: Int
        /// Whether the parser's dictionary owns the pointer (it then cannot
        /// change during the parse).
        let interned: Bool

        init(pointer: UnsafeRawPointer, bytes: [UInt8], string: String, index: Int, interned: Bool) {
            self.pointer = pointer
            self.interned = interned
            self.bytes = bytes
            self.string = string
            self.index = index
        }

        /// Whether the NUL-terminated string at `p` has exactly these bytes.
        func matches(_ p: UnsafePointer<xmlChar>) -> Bool {
            bytes.withUnsafeBufferPointer { stored in
                for i in 0..<stored.count where p[i] != stored[i] { return false }
                return p[stored.count] == 0
            }
        }
    }

    private static let slots = 1024
    private var locals = [Entry?](repeating: nil, count: NameTable.slots)
    private var uris = [Entry?](repeating: nil, count: NameTable.slots)
    private let namespaces: [String: Int]
    private let localNames: [String: Int]
    /// The parser's dictionary, once the parser exists.
    var dictionary: xmlDictPtr?

    init(namespaces: [String: Int], localNames: [String: Int]) {
        self.namespaces = namespaces
        self.localNames = localNames
    }

    func name(local: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?) -> XMLName {
        let localEntry = lookup(local, in: &locals, table: localNames)
        guard let uri else { return XMLName(namespace: -1, namespaceURI: "", local: localEntry.string, id: localEntry.index) }
        let uriEntry = lookup(uri, in: &uris, table: namespaces)
        return XMLName(namespace: uriEntry.index, namespaceURI: uriEntry.string, local: localEntry.string, id: localEntry.index)
    }

    func index(ofURI uri: String) -> Int {
        namespaces[uri] ?? -1
    }

    private func lookup(_ pointer: UnsafePointer<xmlChar>, in cache: inout [Entry?], table: [String: Int]) -> Entry {
        let key = UnsafeRawPointer(pointer)
        let slot = Int(bitPattern: key) & (NameTable.slots - 1)
        if let hit = cache[slot], hit.pointer == key, hit.interned || hit.matches(pointer) {
            return hit
        }
        let length = Int(xmlStrlen(pointer))
        let bytes = Array(UnsafeBufferPointer(start: pointer, count: length))
        let string = String(decoding: bytes, as: UTF8.self)
        let interned = dictionary.map { xmlDictOwns($0, pointer) == 1 } ?? false
        let entry = Entry(pointer: key, bytes: bytes, string: string, index: table[string] ?? -1, interned: interned)
        cache[slot] = entry
        return entry
    }
}

/// The namespace declarations in scope, as a stack.
struct NamespaceScope {
    private var bindings: [(prefix: String, uri: String)] = []
    private var counts: [Int] = []

    mutating func push(_ declarations: [(prefix: String, uri: String)]) {
        bindings.append(contentsOf: declarations)
        counts.append(declarations.count)
    }

    mutating func pop() {
        guard let n = counts.popLast() else { return }
        bindings.removeLast(n)
    }

    func uri(forPrefix prefix: String) -> String? {
        bindings.last { $0.prefix == prefix }?.uri
    }
}
