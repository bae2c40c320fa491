internal import CLibXML2

/// The state of one parse, reached from libxml2's callbacks through the
/// parser's user-data pointer. Lives exactly as long as ``run(_:documentName:)``.
final class ParseContext {
    let handler: any XMLStreamHandler
    let names: NameTable
    private let limits: XMLStreamLimits
    private let session: ParserSession
    private var firstError: XMLStreamError?
    /// What changes on every event, in memory this context owns: a stored
    /// property would cost a dynamic exclusivity check per event. Callbacks
    /// arrive one at a time, so the accesses never overlap.
    private let state: UnsafeMutablePointer<(depth: Int, scope: NamespaceScope, text: Int)>

    var scope: NamespaceScope { state.pointee.scope }

    /// The session's libxml2 context (used at the start and end of a parse and on errors, not per event).
    private var parser: xmlParserCtxtPtr { session.parser }

    init(handler: any XMLStreamHandler, session: ParserSession, limits: XMLStreamLimits) {
        self.handler = handler
        self.names = session.names
        self.session = session
        self.limits = limits
        state = .allocate(capacity: 1)
        state.initialize(to: (0, NamespaceScope(), 0))
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// The most bytes parsed in one piece. A part up to this size (every
    /// part of a form) goes through libxml2's pull parser, which copies it
    /// once; a larger one is fed to the push parser this many bytes at a
    /// time, so that it is never held twice.
    static let chunkSize = 1 << 20

    /// Parses `bytes` on the kept context, reset for this document (libxml2
    /// detects the encoding itself).
    func run(_ bytes: UnsafeRawBufferPointer, documentName: String) throws(XMLStreamError) {
        parser.pointee.userData = Unmanaged.passUnretained(self).toOpaque()
        defer { parser.pointee.userData = nil }
        let empty: CChar = 0
        try withUnsafePointer(to: empty) { (empty) throws(XMLStreamError) in
            // libxml2 refuses a null buffer even when it is empty.
            let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) ?? empty
            if bytes.count <= ParseContext.chunkSize {
                _ = xmlCtxtReadMemory(parser, base, Int32(bytes.count), documentName, nil, clx_safe_options())
            } else {
                try push(base, count: bytes.count, documentName: documentName)
            }
        }
        if let firstError { throw firstError }
        if parser.pointee.wellFormed == 0 {
            throw XMLStreamError(kind: .malformed, message: "the XML is not well-formed", line: 0, column: 0)
        }
    }

    /// Feeds a large document to the push parser a chunk at a time (the
    /// first bytes at the reset, for the encoding); libxml2 keeps only what
    /// it has not read. The session is not used again: libxml2 2.9's reset
    /// for a pull parse leaves push state behind (a UTF-16 document then
    /// stops after its first line).
    private func push(_ base: UnsafePointer<CChar>, count: Int, documentName: String) throws(XMLStreamError) {
        session.hasPushed = true
        let head = 4
        guard xmlCtxtResetPush(parser, base, Int32(head), documentName, nil) == 0 else {
            throw XMLStreamError(kind: .malformed, message: "the XML parser could not be reset", line: 0, column: 0)
        }
        xmlCtxtUseOptions(parser, clx_safe_options())
        var offset = head
        repeat {
            let n = min(ParseContext.chunkSize, count - offset)
            offset += n
            _ = xmlParseChunk(parser, base + offset - n, Int32(n), offset == count ? 1 : 0)
        } while offset < count && firstError == nil
    }

    /// Reaches the context from a callback's user data without retaining it:
    /// the context outlives the parse (``XMLStreamParser/parse`` keeps it).
    static func with(_ user: UnsafeMutableRawPointer?, _ body: (ParseContext) -> Void) {
        Unmanaged<ParseContext>.fromOpaque(user!)._withUnsafeGuaranteedRef(body)
    }

    func start(local: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?, nsCount: Int,
                       nsPairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, attrCount: Int,
                       attrs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        state.pointee.depth += 1
        state.pointee.text = 0
        if state.pointee.depth > limits.maxDepth {
            refuse(.limit(.depth), "elements nested deeper than \(limits.maxDepth) levels")
            return
        }
        if nsCount > 0, let nsPairs {
            var declarations: [(prefix: String, uri: String)] = []
            for i in 0..<nsCount {
                let prefix = nsPairs[2 * i].map { String(cString: $0) } ?? ""
                let uri = nsPairs[2 * i + 1].map { String(cString: $0) } ?? ""
                declarations.append((prefix, uri))
            }
            state.pointee.scope.push(declarations, depth: state.pointee.depth)
        }
        names.beginElement()
        do {
            try handler.startElement(names.name(local: local, uri: uri),
                                     attributes: XMLAttributes(raw: attrs, count: attrCount, context: self))
        } catch {
            refuse(error.kind, error.message)
        }
    }

    func characters(_ text: UnsafeRawBufferPointer) {
        state.pointee.text += text.count
        if state.pointee.text > limits.maxTextSize {
            refuse(.limit(.textSize), "a text node of more than \(limits.maxTextSize) bytes")
            return
        }
        handler.characters(text)
    }

    func end() {
        state.pointee.text = 0
        handler.endElement()
        state.pointee.scope.pop(depth: state.pointee.depth)
        state.pointee.depth -= 1
    }

    func record(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue, firstError == nil else { return }
        var message = error.message.map { String(cString: $0) } ?? "XML error"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        let isLimit = error.code == Int32(XML_ERR_INTERNAL_ERROR.rawValue) && message.contains("depth")
            || message.contains("huge") || message.contains("XML_PARSE_HUGE")
        firstError = XMLStreamError(kind: isLimit ? .limit(.parser) : .malformed, message: message,
                                    line: Int(error.line), column: Int(error.int2))
        xmlStopParser(parser)
    }

    func refuse(_ kind: XMLStreamError.Kind, _ message: String) {
        guard firstError == nil else { return }
        let line = Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer(parser)))
        firstError = XMLStreamError(kind: kind, message: message, line: line, column: 0)
        xmlStopParser(parser)
    }
}
