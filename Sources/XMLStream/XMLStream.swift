// XMLStream: streaming XML on libxml2's SAX2 interface.
//
// This module must not import Foundation (Foundation's bundled ICU clashes with
// the one libxml2 is built against). It knows XML and nothing about Word; no
// libxml2 type leaves it. The parser is hardened: no network, no DTD, no
// entity expansion, libxml2's own depth and text-size limits left on.
internal import CLibXML2

/// Receives the events of one XML document, in order.
///
/// The values passed to these methods borrow libxml2's memory: copy what you
/// need before returning.
package protocol XMLStreamHandler: AnyObject {
    /// An element starts. `name` and `attributes` are valid only during this
    /// call. Throwing stops the parse with that error (a handler's own limit).
    func startElement(_ name: XMLEventName, attributes: XMLAttributes) throws(XMLStreamError)
    /// The innermost open element ends (also called for empty elements like
    /// `<a/>`). Its name is not looked up again: a handler that needs it keeps
    /// it from ``startElement(_:attributes:)``.
    func endElement()
    /// Character data, in UTF-8. One text node may arrive in several pieces.
    func characters(_ utf8: UnsafeRawBufferPointer)
}

/// An element or attribute name: namespace and local name.
package struct XMLName: Sendable, Equatable {
    /// The index of the namespace URI in the parser's table of known
    /// namespaces, or -1 when the namespace is unknown or absent.
    package let namespace: Int
    /// The namespace URI as written (empty when there is none).
    package let namespaceURI: String
    /// The local name, without prefix.
    package let local: String
    /// The index of the local name in the parser's table of known names, or -1.
    package let id: Int

    package init(namespace: Int, namespaceURI: String, local: String, id: Int = -1) {
        self.namespace = namespace
        self.namespaceURI = namespaceURI
        self.local = local
        self.id = id
    }
}

/// A name as an event handler sees it: numbers at once, strings on demand.
/// Borrows the parser's name table: valid only during the callback (use
/// ``owned`` to keep it).
package struct XMLEventName {
    /// As ``XMLName/namespace``.
    package let namespace: Int
    /// As ``XMLName/id``.
    package let id: Int
    let localEntry: Unmanaged<NameTable.Entry>
    let uriEntry: Unmanaged<NameTable.Entry>?

    /// The local name, without prefix.
    package var local: String {
        localEntry._withUnsafeGuaranteedRef(\.string)
    }

    /// The namespace URI as written (empty when there is none).
    package var namespaceURI: String {
        uriEntry?._withUnsafeGuaranteedRef(\.string) ?? ""
    }

    /// A copy that owns its strings.
    package var owned: XMLName {
        XMLName(namespace: namespace, namespaceURI: namespaceURI, local: local, id: id)
    }

    /// Whether this name is `local` in the namespace with index `namespace`.
    package func matches(namespace: Int, local: String) -> Bool {
        self.namespace == namespace && self.local == local
    }
}

/// Why a document could not be parsed.
package struct XMLStreamError: Error, Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// Not well-formed XML (libxml2's message says why).
        case malformed
        /// A DOCTYPE declaration: refused, since OOXML never needs one and it is
        /// how entity attacks start.
        case doctype
        /// A resource limit: the nesting depth or a text node's size (see
        /// ``XMLStreamLimits``), one of libxml2's own, or a handler's.
        case limit(Limit)
    }

    /// Which limit stopped the parse.
    package enum Limit: Sendable, Equatable {
        case depth, textSize
        /// A limit libxml2 enforces itself (its message says which).
        case parser
        /// A limit of the handler's, by the name the handler gives it.
        case handler(String)
    }
    package var kind: Kind
    package var message: String
    package var line: Int
    package var column: Int

    package init(kind: Kind, message: String, line: Int, column: Int) {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
    }
}

/// The resource limits a parse enforces besides libxml2's own.
package struct XMLStreamLimits: Sendable, Equatable {
    /// The deepest element nesting accepted; at most 256, libxml2's own limit
    /// for trees, which its SAX interface does not enforce. Bounds every
    /// recursion over the result.
    package var maxDepth: Int
    /// The longest text node, in UTF-8 bytes, however many pieces it arrives in.
    package var maxTextSize: Int

    package static let deepest = 256

    package init(maxDepth: Int = XMLStreamLimits.deepest, maxTextSize: Int = 10 << 20) {
        self.maxDepth = min(maxDepth, XMLStreamLimits.deepest)
        self.maxTextSize = maxTextSize
    }
}

/// Parses XML documents into events, mapping namespace URIs to small indices.
package struct XMLStreamParser: Sendable {
    /// The parser contexts kept between parses, made for these tables.
    private let sessions: ParserPool

    /// - Parameters:
    ///   - namespaces: the namespace URIs the client cares about, each with the
    ///     index that ``XMLName/namespace`` should carry for it. Several URIs
    ///     may share an index (e.g. transitional and Strict OOXML).
    ///   - localNames: the local names the client switches over, each with the
    ///     index ``XMLName/id`` should carry, so that a name is compared as a
    ///     number rather than as a string on every event.
    package init(namespaces: [String: Int], localNames: [String: Int] = [:]) {
        sessions = ParserPool(namespaces: namespaces, localNames: localNames)
    }

    /// How many parser contexts wait for the next parse.
    var idleSessions: Int { sessions.idleCount }

    /// Streams `bytes` through `handler`.
    ///
    /// - Parameter documentName: names the document in libxml2's messages.
    /// - Throws: ``XMLStreamError`` for the first error; no event follows it.
    package func parse(_ bytes: UnsafeRawBufferPointer, documentName: String, handler: some XMLStreamHandler,
                       limits: XMLStreamLimits = XMLStreamLimits()) throws(XMLStreamError) {
        _ = libxml2Initialised
        let session = try sessions.take()
        let context = ParseContext(handler: handler, session: session, limits: limits)
        try withExtendedLifetime(context) { () throws(XMLStreamError) in
            try context.run(bytes, documentName: documentName)
        }
        sessions.giveBack(session)
    }
}

/// Runs once per process, before any other use of libxml2 (parsing or
/// writing): thread-safe initialisation and an entity loader that never opens
/// anything, whatever a document asks for. Without it first, a writer on one
/// thread and a parser on another both initialise libxml2's globals at once.
let libxml2Initialised: Void = {
    xmlInitParser()
    xmlSetExternalEntityLoader { _, _, _ in nil }
}()
