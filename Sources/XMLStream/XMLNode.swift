/// A small element tree, for the little XML parts (content types,
/// relationships, custom XML) where a tree is simpler than events.
package struct XMLNode: Sendable, Equatable {
    /// One attribute of an element.
    package struct Attribute: Sendable, Equatable {
        package var name: XMLName
        package var value: String
    }

    package var name: XMLName
    package var attributes: [Attribute]
    package var children: [XMLNode]
    /// The character data directly inside this element.
    package var text: String

    package init(name: XMLName, attributes: [Attribute], children: [XMLNode], text: String) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    /// The value of the attribute `local` in namespace `namespace` (-1: none).
    package func attribute(_ local: String, namespace: Int = -1) -> String? {
        attributes.first { $0.name.matches(namespace: namespace, local: local) }?.value
    }

    /// The text of this element and all its descendants, in order (XPath's
    /// string value).
    package var stringValue: String {
        children.isEmpty ? text : text + children.map(\.stringValue).joined()
    }
}

extension XMLStreamParser {
    /// Parses a whole (small) document into a tree and returns its root.
    package func parseTree(_ bytes: UnsafeRawBufferPointer, documentName: String) throws(XMLStreamError) -> XMLNode {
        let builder = TreeBuilder()
        try parse(bytes, documentName: documentName, handler: builder)
        guard let root = builder.root else {
            throw XMLStreamError(kind: .malformed, message: "the document has no root element", line: 0, column: 0)
        }
        return root
    }
}

private final class TreeBuilder: XMLStreamHandler {
    var open: [XMLNode] = []
    var root: XMLNode?
    var pendingText: [UInt8] = []

    func startElement(_ name: XMLEventName, attributes: XMLAttributes) {
        flushText()
        let attrs = (0..<attributes.count).map {
            XMLNode.Attribute(name: attributes.name(at: $0).owned, value: attributes.value(at: $0))
        }
        open.append(XMLNode(name: name.owned, attributes: attrs, children: [], text: ""))
    }

    func endElement() {
        flushText()
        guard let node = open.popLast() else { return }
        if open.isEmpty { root = node } else { open[open.count - 1].children.append(node) }
    }

    func characters(_ utf8: UnsafeRawBufferPointer) {
        pendingText.append(contentsOf: utf8)
    }

    private func flushText() {
        guard !pendingText.isEmpty, !open.isEmpty else { pendingText.removeAll(keepingCapacity: true); return }
        open[open.count - 1].text += String(decoding: pendingText, as: UTF8.self)
        pendingText.removeAll(keepingCapacity: true)
    }
}
