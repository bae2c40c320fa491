internal import CLibXML2

/// Turns libxml2's interned name pointers into Swift strings once per parse.
///
/// libxml2 interns element names and namespace URIs in its dictionary, so the
/// same name arrives as the same pointer. A small direct-mapped cache keyed by
/// the pointer answers almost every lookup. A pointer that libxml2's dictionary
/// owns names the same string for the whole parse; any other hit is checked
/// byte by byte, so it can only cost a conversion, never give a wrong name.
final class NameTable {
    final class Entry {
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

    /// Two direct-mapped caches (local names, then URIs) in one buffer that
    /// this table owns; plain memory, so a lookup costs no copy-on-write or
    /// exclusivity check. Each slot holds one retain of its entry, taken and
    /// given back by hand: a hit reads the slot without retaining the entry.
    private static let slots = 1024
    private let cache: UnsafeMutablePointer<Unmanaged<Entry>?>
    /// The slots holding an entry, each once: all that the end of the parse
    /// releases (a part names some dozens of names; the caches have 2,048 slots).
    /// Unchecked: one parse runs on one thread.
    @exclusivity(unchecked) private var filled: [Int32] = []
    private let namespaces: [String: Int]
    private let localNames: [String: Int]
    /// The parser's dictionary, once the parser exists.
    var dictionary: xmlDictPtr?
    /// Entries pushed out of their slot since the current element started:
    /// names handed out for it (the element's, its attributes') may still
    /// refer to them, so they live until the next element starts.
    /// Unchecked: one parse runs on one thread.
    @exclusivity(unchecked) private var evicted: [Entry] = []

    init(namespaces: [String: Int], localNames: [String: Int]) {
        self.namespaces = namespaces
        self.localNames = localNames
        cache = .allocate(capacity: 2 * NameTable.slots)
        cache.initialize(repeating: nil, count: 2 * NameTable.slots)
    }

    deinit {
        // The filled slots' retains given back; the slots themselves are plain pointers.
        for slot in filled { cache[Int(slot)]?.release() }
        cache.deallocate()
    }

    /// Called as an element starts: names handed out before are no longer used.
    @inline(__always)
    func beginElement() {
        if !evicted.isEmpty { evicted.removeAll(keepingCapacity: true) }
    }

    /// The name of an element or attribute, valid until the next element starts.
    func name(local: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?) -> XMLEventName {
        let localEntry = lookup(local, base: 0)
        guard let uri else {
            return XMLEventName(namespace: -1, id: localEntry._withUnsafeGuaranteedRef(\.index), localEntry: localEntry, uriEntry: nil)
        }
        let uriEntry = lookup(uri, base: NameTable.slots)
        return XMLEventName(namespace: uriEntry._withUnsafeGuaranteedRef(\.index), id: localEntry._withUnsafeGuaranteedRef(\.index),
                            localEntry: localEntry, uriEntry: uriEntry)
    }

    /// The index of a local name in the client's table, or -1.
    func localIndex(_ local: UnsafePointer<xmlChar>) -> Int {
        lookup(local, base: 0)._withUnsafeGuaranteedRef(\.index)
    }

    func index(ofURI uri: String) -> Int {
        namespaces[uri] ?? -1
    }

    /// A hit is a few instructions, inlined into every name asked for; a miss
    /// goes to ``miss(_:slot:isURI:)``, out of line, whose saved registers and
    /// allocations a hit then does not pay for. `base`: 0 for local names,
    /// `slots` for URIs.
    @inline(__always)
    private func lookup(_ pointer: UnsafePointer<xmlChar>, base: Int) -> Unmanaged<Entry> {
        let key = UnsafeRawPointer(pointer)
        let slot = cache + base + (Int(bitPattern: key) & (NameTable.slots - 1))
        if let hit = slot.pointee, hit._withUnsafeGuaranteedRef({ $0.pointer == key && ($0.interned || $0.matches(pointer)) }) {
            return hit
        }
        return miss(pointer, slot: slot, isURI: base != 0)
    }

    /// Makes the entry for a name not in its slot, and puts it there.
    @inline(never)
    private func miss(_ pointer: UnsafePointer<xmlChar>, slot: UnsafeMutablePointer<Unmanaged<Entry>?>, isURI: Bool) -> Unmanaged<Entry> {
        let table = isURI ? namespaces : localNames
        let key = UnsafeRawPointer(pointer)
        let length = Int(xmlStrlen(pointer))
        let bytes = Array(UnsafeBufferPointer(start: pointer, count: length))
        let string = String(decoding: bytes, as: UTF8.self)
        let interned = dictionary.map { xmlDictOwns($0, pointer) == 1 } ?? false
        let entry = Entry(pointer: key, bytes: bytes, string: string, index: table[string] ?? -1, interned: interned)
        if let old = slot.pointee { evicted.append(old.takeRetainedValue()) } else { filled.append(Int32(slot - cache)) }
        slot.pointee = .passRetained(entry)
        return .passUnretained(entry)
    }
}

/// The namespace declarations in scope. Only elements that declare
/// namespaces push anything, so the common element costs nothing here.
struct NamespaceScope {
    private var bindings: [(prefix: String, uri: String)] = []
    /// For each declaring element: its depth and how many bindings it added.
    private var frames: [(depth: Int, count: Int)] = []
    /// The depth of the innermost declaring element (0 when none): what
    /// every end tag compares with, without reading the array.
    private var innermost = 0

    mutating func push(_ declarations: [(prefix: String, uri: String)], depth: Int) {
        bindings.append(contentsOf: declarations)
        frames.append((depth, declarations.count))
        innermost = depth
    }

    /// Called when the element at `depth` ends.
    mutating func pop(depth: Int) {
        guard depth == innermost, let last = frames.popLast() else { return }
        bindings.removeLast(last.count)
        innermost = frames.last?.depth ?? 0
    }

    func uri(forPrefix prefix: String) -> String? {
        bindings.last { $0.prefix == prefix }?.uri
    }
}
