internal import CLibXML2

/// The attributes of one start tag, and the namespace scope at that point.
///
/// A view on libxml2's memory, valid only during
/// ``XMLStreamHandler/startElement(_:attributes:)``.
package struct XMLAttributes {
    private let raw: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    /// The number of attributes.
    package let count: Int
    private unowned(unsafe) let context: ParseContext
    /// The context's name table, held here too and used as guaranteed: reached
    /// through the context (or held `unowned(unsafe)`), it is retained and
    /// released around every lookup.
    private let names: Unmanaged<NameTable>

    init(raw: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int, context: ParseContext) {
        self.raw = raw
        self.count = count
        self.context = context
        names = .passUnretained(context.names)
    }

    /// The name of the attribute at `index`.
    package func name(at index: Int) -> XMLEventName {
        let base = raw! + 5 * index
        return names._withUnsafeGuaranteedRef { $0.name(local: base[0]!, uri: base[2]) }
    }

    /// The value of the attribute at `index`.
    ///
    /// Without entity substitution (which stays off: it is how entity attacks
    /// work), libxml2 hands over every `&` of an attribute value, whether
    /// written `&amp;` or `&#38;`, as the five characters `&#38;`, and no `&`
    /// otherwise. Turning each back into `&` gives the value exactly.
    package func value(at index: Int) -> String {
        let bytes = valueBytes(at: index)
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "&"), i + 4 < bytes.count, Array(bytes[i..<i + 5]) == Array("&#38;".utf8) {
                out.append(UInt8(ascii: "&"))
                i += 5
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The value of the attribute `local` in namespace `namespace` (an index
    /// into the parser's table; -1 for an attribute without namespace).
    package func value(_ local: String, namespace: Int) -> String? {
        for i in 0..<count where name(at: i).matches(namespace: namespace, local: local) {
            return value(at: i)
        }
        return nil
    }

    /// The value of the first attribute whose local name has id `id` (see
    /// ``XMLStreamParser/init(namespaces:localNames:)``) and whose namespace
    /// is in `namespaces`.
    package func value(id: Int, namespaces: XMLNamespaceSet) -> String? {
        index(id: id, namespaces: namespaces).map(value(at:))
    }

    /// The bytes of the attribute ``value(id:namespaces:)`` finds, as
    /// written (an `&` arrives as `&#38;`): for testing a value without
    /// making a string of it. Nil when there is no such attribute. Valid, as
    /// these attributes are, only during the start tag's event.
    package func valueBytes(id: Int, namespaces: XMLNamespaceSet) -> UnsafeBufferPointer<UInt8>? {
        index(id: id, namespaces: namespaces).map(valueBytes(at:))
    }

    /// The index of the first attribute whose local name has id `id` and whose namespace is in `namespaces`.
    private func index(id: Int, namespaces: XMLNamespaceSet) -> Int? {
        for i in 0..<count {
            // The local name first: most attributes are passed over on it, without looking up their namespace.
            let base = raw! + 5 * i
            guard names._withUnsafeGuaranteedRef({ $0.localIndex(base[0]!) }) == id else { continue }
            if namespaces.contains(name(at: i).namespace) { return i }
        }
        return nil
    }

    /// The bytes of the attribute at `index`'s value as libxml2 hands them over.
    private func valueBytes(at index: Int) -> UnsafeBufferPointer<UInt8> {
        let base = raw! + 5 * index
        guard let start = base[3], let end = base[4] else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: start, count: end - start)
    }

    /// The namespace URI a prefix is bound to here (for QName-valued content
    /// such as `mc:Choice Requires="wps"`).
    package func namespaceURI(forPrefix prefix: String) -> String? {
        context.scope.uri(forPrefix: prefix)
    }

    /// The index a namespace URI maps to in the parser's table, or -1.
    package func namespaceIndex(of uri: String) -> Int {
        names._withUnsafeGuaranteedRef { $0.index(ofURI: uri) }
    }
}

extension XMLName {
    /// Whether this name is `local` in the namespace with index `namespace`.
    package func matches(namespace: Int, local: String) -> Bool {
        self.namespace == namespace && self.local == local
    }
}

/// A set of namespace indices (0 to 62, and -1 for "no namespace"), as bits.
package struct XMLNamespaceSet: Sendable {
    private let bits: UInt64

    package init(_ namespaces: [Int]) {
        bits = namespaces.reduce(0) { $0 | (1 << UInt64($1 + 1)) }
    }

    package func contains(_ namespace: Int) -> Bool {
        namespace >= -1 && namespace < 63 && bits & (1 << UInt64(namespace + 1)) != 0
    }
}
