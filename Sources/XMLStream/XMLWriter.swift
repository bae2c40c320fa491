internal import CLibXML2

/// Writes an XML document with libxml2's text writer, into memory.
///
/// Names are written as given (`w:p`), so the caller declares its namespaces
/// as attributes of the root. Text and attribute values are escaped by
/// libxml2; characters XML 1.0 cannot carry at all (most C0 controls) are
/// dropped first. Not `Sendable`: one writer per document.
package final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var failed = false

    /// Starts a document with an XML declaration (`standalone="yes"`).
    package init() throws(XMLStreamError) {
        _ = libxml2Initialised
        guard let buffer = xmlBufferCreate() else {
            throw XMLStreamError(kind: .limit(.parser), message: "out of memory for the XML writer", line: 0, column: 0)
        }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLStreamError(kind: .limit(.parser), message: "out of memory for the XML writer", line: 0, column: 0)
        }
        self.buffer = buffer
        self.writer = writer
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", "yes"))
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens an element; close it with ``end()``.
    package func start(_ name: String) {
        check(xmlTextWriterStartElement(writer, name))
    }

    /// Adds an attribute to the element just opened.
    package func attribute(_ name: String, _ value: String) {
        check(xmlTextWriterWriteAttribute(writer, name, XMLWriter.clean(value)))
    }

    /// Writes character data.
    package func text(_ value: String) {
        check(xmlTextWriterWriteString(writer, XMLWriter.clean(value)))
    }

    /// Closes the innermost open element (as `<a/>` when it is empty).
    package func end() {
        check(xmlTextWriterEndElement(writer))
    }

    /// `<name attributes…/>`.
    package func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        end()
    }

    /// `<name attributes…>body</name>`.
    package func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: () -> Void) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        body()
        end()
    }

    /// Closes what is open and returns the document's bytes.
    package func finish() throws(XMLStreamError) -> [UInt8] {
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        guard !failed, let content = xmlBufferContent(buffer) else {
            throw XMLStreamError(kind: .malformed, message: "the XML writer failed", line: 0, column: 0)
        }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    private func check(_ status: Int32) {
        if status < 0 { failed = true }
    }

    /// Drops the characters XML 1.0 does not allow (C0 controls other than
    /// tab, line feed and carriage return; U+FFFE, U+FFFF).
    private static func clean(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { !allowed($0) }) else { return s }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s.unicodeScalars.filter(allowed))
        return String(out)
    }

    private static func allowed(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x20 ? c.value != 0xFFFE && c.value != 0xFFFF : c == "\t" || c == "\n" || c == "\r"
    }
}
