import Testing
import Dispatch
@testable import XMLStream

/// Records events as readable strings.
private final class Recorder: XMLStreamHandler {
    var events: [String] = []
    var text = ""
    private var open: [String] = []

    func startElement(_ name: XMLEventName, attributes: XMLAttributes) {
        var event = "<\(name.namespace):\(name.local)"
        for i in 0..<attributes.count {
            let a = attributes.name(at: i)
            event += " \(a.namespace):\(a.local)=\(attributes.value(at: i))"
        }
        events.append(event + ">")
        open.append(name.local)
    }

    func endElement() {
        events.append("</\(open.removeLast())>")
    }

    func characters(_ utf8: UnsafeRawBufferPointer) {
        text += String(decoding: utf8, as: UTF8.self)
    }
}

private let parser = XMLStreamParser(namespaces: ["urn:a": 0, "urn:a-strict": 0, "urn:b": 1])

private func parse(_ xml: String) throws(XMLStreamError) -> Recorder {
    let recorder = Recorder()
    var bytes = Array(xml.utf8)
    do {
        try bytes.withUnsafeMutableBytes { try parser.parse(UnsafeRawBufferPointer($0), documentName: "test.xml", handler: recorder) }
    } catch let error as XMLStreamError {
        throw error
    } catch {
        Issue.record("unexpected error \(error)")
    }
    return recorder
}

@Suite struct XMLStreamTests {
    @Test func namesAreMatchedByNamespaceURINotPrefix() throws {
        let r = try parse(#"<x:root xmlns:x="urn:a" xmlns:y="urn:b"><y:child y:attr="1" plain="2"/><z:o xmlns:z="urn:a-strict"/></x:root>"#)
        #expect(r.events == ["<0:root>", "<1:child 1:attr=1 -1:plain=2>", "</child>", "<0:o>", "</o>", "</root>"])
    }

    @Test func unknownNamespacesGetMinusOne() throws {
        let r = try parse(#"<root xmlns="urn:other"><e/></root>"#)
        #expect(r.events.first == "<-1:root>")
    }

    @Test func textEntitiesAndCharacterReferencesAreDecoded() throws {
        let r = try parse("<a>x &amp; y &lt; &#x263A; <![CDATA[<z>]]></a>")
        #expect(r.text == "x & y < ☺ <z>")
    }

    @Test func utf16DocumentsAreReadAsUTF8Text() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>één</a>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let recorder = Recorder()
        try bytes.withUnsafeBytes { try parser.parse($0, documentName: "utf16.xml", handler: recorder) }
        #expect(recorder.text == "één")
    }

    /// A document longer than the chunks libxml2 is fed (1 MiB) reads whole,
    /// in UTF-8 and UTF-16, with characters of several bytes across every
    /// chunk boundary, and its elements at the end still found.
    @Test(arguments: [false, true])
    func aDocumentLongerThanAChunkReadsWhole(utf16: Bool) throws {
        let text = String(repeating: "éa€", count: 250_000)
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-\(utf16 ? 16 : 8)\"?><a>\(text)<b/></a>"
        var bytes: [UInt8] = []
        if utf16 {
            bytes = [0xFF, 0xFE]
            for unit in xml.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        } else {
            bytes = Array(xml.utf8)
        }
        #expect(bytes.count > 1 << 20)
        let recorder = Recorder()
        try bytes.withUnsafeBytes { try parser.parse($0, documentName: "long.xml", handler: recorder) }
        #expect(recorder.text == text)
        #expect(recorder.events.suffix(3) == ["<-1:b>", "</b>", "</a>"])
    }

    @Test func malformedXMLReportsLineAndColumn() {
        #expect {
            _ = try parse("<a>\n<b></a>")
        } throws: { error in
            let e = error as! XMLStreamError
            return e.kind == .malformed && e.line == 2 && e.column > 0 && e.message.contains("mismatch")
        }
    }

    @Test func doctypeIsRefusedBeforeAnyEntityIsExpanded() {
        let bomb = #"<?xml version="1.0"?><!DOCTYPE a [<!ENTITY l "ll"><!ENTITY m "&l;&l;&l;">]><a>&m;</a>"#
        #expect(throws: XMLStreamError.self) { _ = try parse(bomb) }
        let external = #"<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>"#
        #expect { _ = try parse(external) } throws: { ($0 as! XMLStreamError).kind == .doctype }
    }

    @Test func undeclaredEntitiesAreErrors() {
        #expect { _ = try parse("<a>&nope;</a>") } throws: { ($0 as! XMLStreamError).kind == .malformed }
    }

    @Test func nestingDeeperThanTheLimitIsRefused() {
        let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        #expect { _ = try parse(deep) } throws: { ($0 as! XMLStreamError).kind == .limit(.depth) }
        let fine = String(repeating: "<a>", count: 200) + String(repeating: "</a>", count: 200)
        #expect(throws: Never.self) { _ = try parse(fine) }
        // A lower limit, as --max-depth sets it.
        let shallow = XMLStreamLimits(maxDepth: 10)
        #expect { try Array(fine.utf8).withUnsafeBytes { try parser.parse($0, documentName: "x", handler: Recorder(), limits: shallow) } }
            throws: { ($0 as! XMLStreamError).kind == .limit(.depth) }
    }

    /// However many pieces libxml2 hands it over in, a text node longer than
    /// the limit stops the parse; text split by elements does not add up.
    @Test func aTextNodeLongerThanTheLimitIsRefused() {
        let limits = XMLStreamLimits(maxTextSize: 1000)
        func run(_ xml: String) throws {
            try Array(xml.utf8).withUnsafeBytes { try parser.parse($0, documentName: "x", handler: Recorder(), limits: limits) }
        }
        #expect { try run("<a>" + String(repeating: "x", count: 1001) + "</a>") } throws: { ($0 as! XMLStreamError).kind == .limit(.textSize) }
        #expect { try run("<a>" + String(repeating: "&amp;", count: 1001) + "</a>") } throws: { ($0 as! XMLStreamError).kind == .limit(.textSize) }
        #expect(throws: Never.self) { try run("<a>" + String(repeating: String(repeating: "x", count: 900) + "<b/>", count: 5) + "</a>") }
    }

    /// A handler stops the parse by throwing; nothing follows.
    @Test func aHandlerCanStopTheParse() {
        final class Counter: XMLStreamHandler {
            var count = 0
            func startElement(_ name: XMLEventName, attributes: XMLAttributes) throws(XMLStreamError) {
                count += 1
                if count > 3 { throw XMLStreamError(kind: .limit(.handler("things")), message: "more than 3 things", line: 0, column: 0) }
            }
            func endElement() {}
            func characters(_ utf8: UnsafeRawBufferPointer) {}
        }
        let counter = Counter()
        let xml = Array("<a><b/><b/><b/><b/><b/><b/></a>".utf8)
        #expect {
            try xml.withUnsafeBytes { try parser.parse($0, documentName: "x", handler: counter) }
        } throws: { error in
            let error = error as! XMLStreamError
            return error.kind == .limit(.handler("things")) && error.message == "more than 3 things" && error.line == 1
        }
        #expect(counter.count == 4)
    }

    @Test func prefixesResolveInScope() throws {
        final class Scope: XMLStreamHandler {
            var seen: [String?] = []
            func startElement(_ name: XMLEventName, attributes: XMLAttributes) { seen.append(attributes.namespaceURI(forPrefix: "p")) }
            func endElement() {}
            func characters(_ utf8: UnsafeRawBufferPointer) {}
        }
        let scope = Scope()
        let xml = Array(#"<a><b xmlns:p="urn:1"><c/></b><d/></a>"#.utf8)
        try xml.withUnsafeBytes { try parser.parse($0, documentName: "s.xml", handler: scope) }
        #expect(scope.seen == [nil, "urn:1", "urn:1", nil])
    }

    @Test func treesKeepAttributesChildrenAndText() throws {
        let xml = Array(#"<r xmlns="urn:a" k="v"><c>one</c><c>two</c></r>"#.utf8)
        let root = try xml.withUnsafeBytes { try parser.parseTree($0, documentName: "t.xml") }
        #expect(root.name.local == "r" && root.name.namespace == 0)
        #expect(root.attribute("k") == "v")
        #expect(root.children.map(\.text) == ["one", "two"])
        #expect(root.stringValue == "onetwo")
    }
}

@Suite struct XMLWriterTests {
    @Test func writtenXMLParsesBackWithEscapesAndWithoutForbiddenCharacters() throws {
        let writer = try XMLWriter()
        writer.element("r:root", ["xmlns:r": "urn:a"]) {
            writer.element("r:item", ["r:k": "a \"quoted\" <value> & more"]) { writer.text("text < & > \u{7}bell één") }
            writer.empty("r:empty", ["plain": "1"])
        }
        let bytes = try writer.finish()
        #expect(String(decoding: bytes.prefix(38), as: UTF8.self) == #"<?xml version="1.0" encoding="UTF-8" s"#)
        let root = try bytes.withUnsafeBytes { try parser.parseTree($0, documentName: "w.xml") }
        #expect(root.name.namespace == 0 && root.children.count == 2)
        #expect(root.children[0].attribute("k", namespace: 0) == "a \"quoted\" <value> & more")
        #expect(root.children[0].text == "text < & > bell één")
        #expect(root.children[1].attribute("plain") == "1")
    }
}

@Suite struct AttributeValueTests {
    @Test func ampersandsInAttributesComeBackAsWritten() throws {
        let xml = Array(#"<a v="x &amp; y &#38; z &amp;#38; &lt;&quot;"/>"#.utf8)
        let root = try xml.withUnsafeBytes { try parser.parseTree($0, documentName: "amp.xml") }
        #expect(root.attribute("v") == "x & y & z &#38; <\"")
    }
}

/// Records, per element, the value of the attribute with local name id 0
/// ("val") in namespace 0 ("urn:a"), as `value(id:namespaces:)` finds it.
private final class ValueFinder: XMLStreamHandler {
    var found: [String?] = []
    /// The same attributes read as bytes.
    var bytes: [[UInt8]?] = []
    func startElement(_ name: XMLEventName, attributes: XMLAttributes) {
        found.append(attributes.value(id: 0, namespaces: XMLNamespaceSet([0])))
        bytes.append(attributes.valueBytes(id: 0, namespaces: XMLNamespaceSet([0])).map(Array.init))
    }
    func endElement() {}
    func characters(_ utf8: UnsafeRawBufferPointer) {}
}

@Suite struct AttributeLookupTests {
    /// An attribute is found by its local name and its namespace both: the
    /// same local name in another namespace, or another name in the right
    /// one, is passed over.
    @Test func anAttributeIsFoundByLocalNameAndNamespace() throws {
        let parser = XMLStreamParser(namespaces: ["urn:a": 0, "urn:b": 1], localNames: ["val": 0, "other": 1])
        let xml = #"<a:r xmlns:a="urn:a" xmlns:b="urn:b"><a:e b:val="no" a:other="no" a:val="yes"/><a:e val="no"/>"#
            + #"<a:e b:val="no"/><a:e a:val="first" a:val2="no"/></a:r>"#
        let finder = ValueFinder()
        var bytes = Array(xml.utf8)
        try bytes.withUnsafeMutableBytes { try parser.parse(UnsafeRawBufferPointer($0), documentName: "attributes.xml", handler: finder) }
        #expect(finder.found == [nil, "yes", nil, nil, "first"])
        #expect(finder.bytes == finder.found.map { $0.map { Array($0.utf8) } })
    }
}

@Suite struct NameLifetimeTests {
    /// An element's name stays readable after its attributes' names were
    /// looked up, even when one of them took the element name's place in the
    /// name table's cache: every element carries the same thousand attribute
    /// names, spread over more memory than the cache has slots, so each new
    /// element name shares its slot with one of them.
    @Test func anElementsNameOutlivesItsAttributesLookups() throws {
        let attributes = (0..<1000).map { "n\($0)=\"v\"" }.joined(separator: " ")
        let elements = (0..<60).map { "<element\($0) \(attributes)/>" }
        let recorder = try parse("<root>" + elements.joined() + "</root>")
        let closed = recorder.events.filter { $0.hasPrefix("</element") }
        #expect(closed == (0..<60).map { "</element\($0)>" })
    }
}

@Suite struct ParserSessionTests {
    private func parse(_ xml: String, with parser: XMLStreamParser, limits: XMLStreamLimits = XMLStreamLimits()) throws(XMLStreamError) -> [String] {
        let recorder = Recorder()
        let bytes = Array(xml.utf8)
        do {
            try bytes.withUnsafeBytes { try parser.parse($0, documentName: "test.xml", handler: recorder, limits: limits) }
        } catch let error as XMLStreamError {
            throw error
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return recorder.events
    }

    /// Parses share libxml2 contexts; one stopped mid-document (by malformed
    /// XML, or by a limit of ours) had a namespace bound and elements open,
    /// and the next parse must not inherit that: here a prefix declared only
    /// in the stopped document stays undeclared.
    @Test(arguments: [#"<a:r xmlns:a="urn:a"><a:x>"#, #"<a:r xmlns:a="urn:a"><a:x><a:deep/></a:x></a:r>"#])
    func aParseAfterAStoppedOneStartsClean(stopped: String) throws {
        let parser = XMLStreamParser(namespaces: ["urn:a": 0])
        #expect(throws: XMLStreamError.self) { try parse(stopped, with: parser, limits: XMLStreamLimits(maxDepth: 2)) }
        #expect(throws: XMLStreamError.self) { try parse("<a:y/>", with: parser) }
        #expect(try parse(#"<a:z xmlns:a="urn:a"/>"#, with: parser) == ["<0:z>", "</z>"])
    }

    /// Names stay right from one document to the next of a parser, however
    /// the documents' prefixes and namespaces differ.
    @Test func namesAreRightInEveryDocumentOfAParser() throws {
        let parser = XMLStreamParser(namespaces: ["urn:a": 0, "urn:b": 1])
        for _ in 0..<3 {
            #expect(try parse(#"<x:r xmlns:x="urn:a"><x:c/></x:r>"#, with: parser) == ["<0:r>", "<0:c>", "</c>", "</r>"])
            #expect(try parse(#"<x:r xmlns:x="urn:b"><r/></x:r>"#, with: parser) == ["<1:r>", "<-1:r>", "</r>", "</r>"])
        }
    }
}

@Suite struct ParserPoolTests {
    private func parse(_ xml: String, with parser: XMLStreamParser) throws {
        try Array(xml.utf8).withUnsafeBytes { try parser.parse($0, documentName: "test.xml", handler: Recorder()) }
    }

    /// A context goes back to the pool after a parse that ended well, and
    /// never after one that stopped on an error (libxml2's stacks may then
    /// hold what the next document would inherit).
    @Test func onlyAContextThatEndedWellIsKept() throws {
        let parser = XMLStreamParser(namespaces: [:])
        try parse("<a><b/></a>", with: parser)
        #expect(parser.idleSessions == 1)
        #expect(throws: XMLStreamError.self) { try parse("<a><b>", with: parser) }
        #expect(parser.idleSessions == 0)
    }

    /// A context that fed a document longer than a chunk to libxml2's push
    /// parser is not kept: libxml2 2.9's reset for the next (pull) parse
    /// leaves push state behind, and a UTF-16 document then stopped after
    /// its first line ("'?>' expected").
    @Test func aContextThatPushedIsNotKept() throws {
        let parser = XMLStreamParser(namespaces: [:])
        try parse("<r>" + String(repeating: "x", count: ParseContext.chunkSize + 1) + "</r>", with: parser)
        #expect(parser.idleSessions == 0)
        let xml = #"<?xml version="1.0" encoding="UTF-16" standalone="yes"?><a>één</a>"#
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let recorder = Recorder()
        try bytes.withUnsafeBytes { try parser.parse($0, documentName: "utf16.xml", handler: recorder) }
        #expect(recorder.text == "één")
        #expect(parser.idleSessions == 1)
    }

    /// A document that fills the dictionary with names leaves with its
    /// context: a batch of such documents cannot grow a kept one without end.
    @Test func aContextWithAFullDictionaryIsNotKept() throws {
        let parser = XMLStreamParser(namespaces: [:])
        try parse("<r>" + (0...ParserSession.maxNames).map { "<e\($0)/>" }.joined() + "</r>", with: parser)
        #expect(parser.idleSessions == 0)
        try parse("<r><e/></r>", with: parser)
        #expect(parser.idleSessions == 1)
    }

    /// Threads parsing at once each take a session of their own and give it
    /// back: every document's events are right, and the pool keeps no more
    /// sessions than parses ran at once. (Under ThreadSanitizer, in CI, a
    /// session handed between threads without a lock it sees is a race.)
    @Test func threadsParsingAtOnceEachHaveTheirOwnSession() {
        let parser = XMLStreamParser(namespaces: ["urn:a": 0])
        let threads = 4
        let wrong = PthreadLocked(0)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for round in 0..<50 {
                let recorder = Recorder()
                let xml = #"<x:r xmlns:x="urn:a"><x:t\#(thread)_\#(round)/></x:r>"#
                try? Array(xml.utf8).withUnsafeBytes { try parser.parse($0, documentName: "test.xml", handler: recorder) }
                if recorder.events != ["<0:r>", "<0:t\(thread)_\(round)>", "</t\(thread)_\(round)>", "</r>"] {
                    wrong.withLock { $0 += 1 }
                }
            }
        }
        #expect(wrong.withLock { $0 } == 0)
        #expect((1...threads).contains(parser.idleSessions))
    }
}
