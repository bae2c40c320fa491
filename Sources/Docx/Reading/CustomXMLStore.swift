import Messages
internal import XMLStream

/// The custom XML data store that bound content controls read from
/// (ECMA-376 Part 1 §17.5.2.6, §22.5): custom XML parts by their item id,
/// plus the document properties that Word binds under well-known ids.
struct CustomXMLStore {
    private var items: [String: XMLNode] = [:]

    /// The store item ids Word uses for the core and extended properties.
    static let corePropertiesID = "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"
    static let extendedPropertiesID = "{6668398D-A668-4E3E-A5EB-62B293D839F1}"

    /// Reads every custom XML part related to the main part and the package's
    /// property parts. A broken item is a diagnostic, not a failure.
    init(package: OPCPackage, mainRelationships: [Relationship], packageRelationships: [Relationship],
         diagnostics: inout [Diagnostic]) throws(DocxError) {
        for rel in mainRelationships where rel.kind == "customXml" && !rel.isExternal {
            let properties = try package.relationships(of: rel.target).first { $0.kind == "customXmlProps" }
            guard let properties, let propertiesRoot = try tolerant(package, properties.target, &diagnostics),
                  let id = propertiesRoot.attribute("itemID", namespace: Namespace.customXMLProperties),
                  let root = try tolerant(package, rel.target, &diagnostics) else { continue }
            items[CustomXMLStore.normalise(id)] = root
        }
        for rel in packageRelationships where !rel.isExternal {
            let id: String
            switch rel.kind {
            case "core-properties", "metadata/core-properties": id = CustomXMLStore.corePropertiesID
            case "extended-properties": id = CustomXMLStore.extendedPropertiesID
            default: continue
            }
            if let root = try tolerant(package, rel.target, &diagnostics) { items[CustomXMLStore.normalise(id)] = root }
        }
    }

    private static func normalise(_ id: String) -> String {
        id.trimmed.uppercased()
    }

    /// The value a binding points at, or why there is none.
    func value(for binding: ContentControl.DataBinding) -> Result<String?, XPathError> {
        guard let root = items[CustomXMLStore.normalise(binding.storeItemID)] else { return .success(nil) }
        do {
            return .success(try XPath(binding.xpath, prefixMappings: binding.prefixMappings).evaluate(on: root))
        } catch {
            return .failure(error)
        }
    }

    private func tolerant(_ package: OPCPackage, _ part: String, _ diagnostics: inout [Diagnostic]) throws(DocxError) -> XMLNode? {
        do {
            return try package.tree(part)
        } catch {
            if case .malformedXML(let reason) = error.kind {
                diagnostics.append(Diagnostic(.warning, "custom-xml-unreadable", Texts.Document.customXMLSkipped(reason), part: part))
                return nil
            }
            throw error
        }
    }
}

/// Why an XPath could not be evaluated.
struct XPathError: Error, Equatable {
    var message: Phrase
}

/// The XPath subset Word writes into `w:dataBinding`: an absolute location path
/// of child steps (`prefix:name`, `*`), each with an optional position `[n]`,
/// ending in an element or an attribute (`@name`).
struct XPath {
    struct Step {
        var namespace: String?
        var local: String
        var position: Int
        var isAttribute: Bool
    }
    private let steps: [Step]

    init(_ expression: String, prefixMappings: String) throws(XPathError) {
        let namespaces = XPath.parseMappings(prefixMappings)
        var steps: [Step] = []
        guard expression.hasPrefix("/") else { throw XPathError(message: Texts.Document.notAbsolute(expression)) }
        for raw in expression.split(separator: "/") {
            var text = Substring(String(raw).trimmed)
            var position = 1
            if let open = text.firstIndex(of: "[") {
                guard text.hasSuffix("]"), let n = Int(text[text.index(after: open)..<text.index(before: text.endIndex)]) else {
                    throw XPathError(message: Texts.Document.unsupportedPredicate(expression))
                }
                position = n
                text = text[..<open]
            }
            let isAttribute = text.hasPrefix("@")
            if isAttribute { text = text.dropFirst() }
            var namespace: String?
            var local = String(text)
            if let colon = text.firstIndex(of: ":") {
                let prefix = String(text[..<colon])
                guard let uri = namespaces[prefix] else { throw XPathError(message: Texts.Document.undeclaredPrefix(prefix, expression)) }
                namespace = uri
                local = String(text[text.index(after: colon)...])
            }
            guard !local.isEmpty, !local.contains("("), !local.contains("=") else {
                throw XPathError(message: Texts.Document.unsupportedStep(String(raw), expression))
            }
            steps.append(Step(namespace: namespace, local: local, position: position, isAttribute: isAttribute))
        }
        self.steps = steps
    }

    /// The string value at the path, or nil when no node matches.
    func evaluate(on root: XMLNode) throws(XPathError) -> String? {
        var current = XMLNode(name: XMLName(namespace: -1, namespaceURI: "", local: ""), attributes: [], children: [root], text: "")
        for (i, step) in steps.enumerated() {
            if step.isAttribute {
                guard i == steps.count - 1 else { throw XPathError(message: Texts.Document.attributeStepLast) }
                return current.attributes.first { step.matches($0.name) }?.value
            }
            let matching = current.children.filter { step.matches($0.name) }
            guard step.position >= 1, step.position <= matching.count else { return nil }
            current = matching[step.position - 1]
        }
        return current.stringValue
    }

    /// `xmlns:ns0='http://a' xmlns:ns1="http://b"` → prefix to URI.
    private static func parseMappings(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for declaration in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            guard declaration.hasPrefix("xmlns:"), let eq = declaration.firstIndex(of: "=") else { continue }
            let prefix = declaration[declaration.index(declaration.startIndex, offsetBy: 6)..<eq]
            let uri = declaration[declaration.index(after: eq)...].filter { $0 != "'" && $0 != "\"" }
            result[String(prefix)] = String(uri)
        }
        return result
    }
}

extension XPath.Step {
    func matches(_ name: XMLName) -> Bool {
        if local == "*" { return namespace == nil || namespace == name.namespaceURI }
        return name.local == local && (namespace ?? "") == name.namespaceURI
    }
}
