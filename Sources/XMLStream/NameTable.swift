internal import CLibXML2
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Turns libxml2's interned name pointers into Swift strings once per parse.
///
/// libxml2 interns element names and namespace URIs in its dictionary, so the
/// same name arrives as the same pointer. The table caches by pointer and
/// checks the bytes on every hit, so a pointer that is not interned can only
/// cost a conversion, never give a wrong name.
final class NameTable {
    private struct Entry {
        let bytes: [UInt8]
        let string: String
        let namespace: Int
    }
    private var locals: [UnsafeRawPointer: Entry] = [:]
    private var uris: [UnsafeRawPointer: Entry] = [:]
    private let known: [String: Int]

    init(known: [String: Int]) {
        self.known = known
    }

    func name(local: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?) -> XMLName {
        let localEntry = lookup(local, in: &locals, namespaced: false)
        guard let uri else { return XMLName(namespace: -1, namespaceURI: "", local: localEntry.string) }
        let uriEntry = lookup(uri, in: &uris, namespaced: true)
        return XMLName(namespace: uriEntry.namespace, namespaceURI: uriEntry.string, local: localEntry.string)
    }

    func index(ofURI uri: String) -> Int {
        known[uri] ?? -1
    }

    private func lookup(_ pointer: UnsafePointer<xmlChar>, in cache: inout [UnsafeRawPointer: Entry], namespaced: Bool) -> Entry {
        let length = Int(xmlStrlen(pointer))
        let key = UnsafeRawPointer(pointer)
        if let hit = cache[key], hit.bytes.count == length,
           hit.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, pointer, length) == 0 }) {
            return hit
        }
        let bytes = Array(UnsafeBufferPointer(start: pointer, count: length))
        let string = String(decoding: bytes, as: UTF8.self)
        let entry = Entry(bytes: bytes, string: string, namespace: namespaced ? (known[string] ?? -1) : -1)
        cache[key] = entry
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
