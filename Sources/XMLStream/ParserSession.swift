internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A libxml2 parser context and the name table of its dictionary, kept from
/// one parse to the next: a form's parts (and a batch's forms) are parsed
/// one after another, and a new context for each cost its allocations, a
/// new dictionary that interned every name again, and a cold name table.
/// The dictionary outlives the parses, so an interned name keeps its
/// pointer and the table's entries stay right.
///
/// Unchecked `Sendable`: a session serves one parse at a time, handed out by
/// its ``ParserPool`` to one thread and given back after.
final class ParserSession: @unchecked Sendable {
    let parser: xmlParserCtxtPtr
    let names: NameTable

    /// The most names the dictionary may hold for the session to be used
    /// again: a Word part names some hundreds; a document that brings many
    /// more (made up to grow it) leaves with its session.
    static let maxNames = 20_000

    /// Whether the session has run libxml2's push parser (see
    /// ``ParseContext``): it is then not used again.
    var hasPushed = false

    init?(namespaces: [String: Int], localNames: [String: Int]) {
        var sax = xmlSAXHandler()
        sax.initialized = clx_sax2_magic()
        sax.startElementNs = { user, local, _, uri, nsCount, nsPairs, attrCount, _, attrs in
            ParseContext.with(user) {
                $0.start(local: local!, uri: uri, nsCount: Int(nsCount), nsPairs: nsPairs, attrCount: Int(attrCount), attrs: attrs)
            }
        }
        sax.endElementNs = { user, _, _, _ in
            ParseContext.with(user) { $0.end() }
        }
        sax.characters = { user, text, length in
            ParseContext.with(user) { $0.characters(UnsafeRawBufferPointer(start: text, count: Int(length))) }
        }
        sax.ignorableWhitespace = sax.characters
        sax.internalSubset = { user, _, _, _ in
            ParseContext.with(user) { $0.refuse(.doctype, "a DOCTYPE declaration is not allowed in a Word document") }
        }
        sax.serror = { user, error in
            guard let error else { return }
            ParseContext.with(user) { $0.record(error.pointee) }
        }
        // A push context, for it takes the handler; each parse resets it and reads from memory.
        guard let parser = xmlCreatePushParserCtxt(&sax, nil, nil, 0, nil) else { return nil }
        self.parser = parser
        names = NameTable(namespaces: namespaces, localNames: localNames)
        names.dictionary = parser.pointee.dict
    }

    deinit {
        xmlFreeParserCtxt(parser)
    }

    /// Whether the session may serve another parse after one that ended
    /// without error (after an error the context's stacks may not be
    /// empty: the session is dropped), neither pushed nor with a full dictionary.
    var isReusable: Bool {
        !hasPushed && Int(xmlDictSize(parser.pointee.dict)) <= ParserSession.maxNames
    }
}

/// The idle sessions of one parser (one set of name tables): at most as
/// many as parses ran at once.
final class ParserPool: Sendable {
    private let idle = PthreadLocked<[ParserSession]>([])
    private let namespaces: [String: Int]
    private let localNames: [String: Int]

    init(namespaces: [String: Int], localNames: [String: Int]) {
        self.namespaces = namespaces
        self.localNames = localNames
    }

    /// An idle session, or a new one.
    func take() throws(XMLStreamError) -> ParserSession {
        if let session = idle.withLock({ $0.popLast() }) { return session }
        guard let session = ParserSession(namespaces: namespaces, localNames: localNames) else {
            throw XMLStreamError(kind: .malformed, message: "the XML parser could not be created", line: 0, column: 0)
        }
        return session
    }

    /// How many sessions are idle.
    var idleCount: Int { idle.withLock(\.count) }

    /// Gives a session back after a parse without error, if it may serve another.
    func giveBack(_ session: ParserSession) {
        guard session.isReusable else { return }
        idle.withLock { $0.append(session) }
    }
}

/// A value behind a pthread mutex. Not `Synchronization.Mutex`: ThreadSanitizer
/// does not see its lock as synchronization, and reported every session
/// handed from one thread to another through the pool as a race.
final class PthreadLocked<Value>: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var value: Value

    init(_ value: Value) {
        self.value = value
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Runs `body` on the value, holding the lock.
    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body(&value)
    }
}
