import Messages
internal import XMLStream
internal import ZipArchive

/// An Office package (ECMA-376 Part 2): the zip container, its content types
/// and relationships, and bounded reading of parts. Knows packages, not Word.
final class OPCPackage {
    let file: String
    let limits: ReadingLimits
    private let zip: ZipArchive
    private var inflatedTotal = 0
    private var defaults: [String: String] = [:]
    private var overrides: [String: String] = [:]

    /// Opens the package in `bytes`. Throws for anything that is not a zip
    /// archive, naming what it is where it can tell.
    init(bytes: UnsafeRawBufferPointer, file: String, limits: ReadingLimits) throws(DocxError) {
        self.file = file
        self.limits = limits
        guard bytes.count <= limits.maxFileSize else {
            throw DocxError(file: file, kind: .limitExceeded(.fileSize, found: bytes.count, allowed: limits.maxFileSize))
        }
        if case .refused(let kind) = FileSniffer.sniff(bytes) { throw DocxError(file: file, kind: kind) }
        do {
            zip = try ZipArchive(bytes: bytes, maxEntries: limits.maxEntries)
        } catch {
            throw OPCPackage.convert(error, file: file, part: nil, limits: limits)
        }
        if let types = try tree("[Content_Types].xml") {
            for node in types.children where node.name.namespace == Namespace.contentTypes {
                guard let type = node.attribute("ContentType") else { continue }
                if node.name.local == "Default", let ext = node.attribute("Extension") {
                    defaults[ext.lowercased()] = type
                } else if node.name.local == "Override", let name = node.attribute("PartName") {
                    overrides[PartName.resolve(name, from: nil).lowercased()] = type
                }
            }
        }
    }

    /// Whether the package has a content types part (every Office package has).
    var hasContentTypes: Bool { !defaults.isEmpty || !overrides.isEmpty }

    /// Whether the archive holds a part with this name.
    func contains(_ part: String) -> Bool { zip.contains(part) }

    /// Every part name in the archive.
    var partNames: [String] { zip.entryNames }

    /// The content type of a part: its override, else its extension's default.
    func contentType(of part: String) -> String? {
        if let type = overrides[part.lowercased()] { return type }
        guard let dot = part.lastIndex(of: "."), !part[dot...].contains("/") else { return nil }
        return defaults[part[part.index(after: dot)...].lowercased()]
    }

    /// The parts whose content type override satisfies `predicate`.
    func parts(withContentType predicate: (String) -> Bool) -> [String] {
        overrides.filter { predicate($0.value) }.map(\.key).sorted()
    }

    /// Inflates a part under the limits; nil when it is absent.
    func read(_ part: String) throws(DocxError) -> [UInt8]? {
        let remaining = limits.maxTotalSize - inflatedTotal
        let bytes: [UInt8]?
        do {
            bytes = try zip.read(part, limits: ReadLimits(maxBytes: min(limits.maxPartSize, max(remaining, 0)),
                                                         maxRatio: limits.maxCompressionRatio))
        } catch {
            if case .entryTooLarge = error.kind, remaining < limits.maxPartSize {
                throw DocxError(file: file, part: part, kind: .limitExceeded(.totalSize, found: nil, allowed: limits.maxTotalSize))
            }
            throw OPCPackage.convert(error, file: file, part: part, limits: limits)
        }
        inflatedTotal += bytes?.count ?? 0
        return bytes
    }

    /// Parses a (small) XML part into a tree; nil when the part is absent.
    func tree(_ part: String) throws(DocxError) -> XMLNode? {
        guard let bytes = try read(part) else { return nil }
        return try parse(part: part) {
            try bytes.withUnsafeBytes { try OPCPackage.parser.parseTree($0, documentName: part) }
        }
    }

    /// Streams an XML part through `handler`; false when the part is absent.
    func stream(_ part: String, into handler: some XMLStreamHandler) throws(DocxError) -> Bool {
        guard let bytes = try read(part) else { return false }
        try parse(part: part) {
            try bytes.withUnsafeBytes {
                try OPCPackage.parser.parse($0, documentName: part, handler: handler,
                                            limits: XMLStreamLimits(maxDepth: limits.maxDepth, maxTextSize: limits.maxTextSize))
            }
        }
        return true
    }

    /// The relationships of `part` (nil: the package's own), targets resolved.
    func relationships(of part: String?) throws(DocxError) -> [Relationship] {
        let relsPart = part.map(PartName.relationshipsPart(of:)) ?? "_rels/.rels"
        guard let root = try tree(relsPart) else { return [] }
        return root.children.compactMap { node -> Relationship? in
            guard node.name.matches(namespace: Namespace.packageRelationships, local: "Relationship"),
                  let id = node.attribute("Id"), let type = node.attribute("Type"),
                  let target = node.attribute("Target") else { return nil }
            let external = node.attribute("TargetMode") == "External"
            return Relationship(id: id, type: type, target: external ? target : PartName.resolve(target, from: part),
                                isExternal: external)
        }
    }

    static let parser = XMLStreamParser(namespaces: Namespace.table, localNames: WordName.table)

    /// Runs a parse and turns its XMLStreamError into a DocxError naming the part.
    private func parse<T>(part: String, _ body: () throws -> T) throws(DocxError) -> T {
        do {
            return try body()
        } catch {
            guard let error = error as? XMLStreamError else {
                throw DocxError(file: file, part: part, kind: .malformedXML("\(error)"))
            }
            switch error.kind {
            case .doctype:
                throw DocxError(file: file, part: part, line: error.line, kind: .doctypeRefused)
            case .limit(let which):
                let limit: DocxError.Limit
                switch which {
                case .depth: limit = .xmlDepth
                case .textSize: limit = .textSize
                case .parser: limit = error.message.contains("depth") ? .xmlDepth : .textSize
                case .handler: limit = .controls
                }
                let allowed = [DocxError.Limit.xmlDepth: limits.maxDepth, .textSize: limits.maxTextSize, .controls: limits.maxControls][limit]!
                throw DocxError(file: file, part: part, line: error.line, column: error.column,
                                kind: .limitExceeded(limit, found: nil, allowed: allowed))
            case .malformed:
                throw DocxError(file: file, part: part, line: error.line, column: error.column,
                                kind: .malformedXML(error.message))
            }
        }
    }

    private static func convert(_ error: ZipError, file: String, part: String?, limits: ReadingLimits) -> DocxError {
        let kind: DocxError.Kind
        switch error.kind {
        case .notAZip: kind = .damagedZip(Texts.Reading.truncated)
        case .damaged, .cannotWrite: kind = .damagedZip(.verbatim(error.message))
        case .crc: kind = .crcError
        case .encrypted: kind = .encryptedDocument
        case .tooManyEntries(let n):
            kind = .limitExceeded(.entryCount, found: n, allowed: limits.maxEntries)
        case .entryTooLarge(let n):
            kind = .limitExceeded(.partSize, found: n > limits.maxPartSize ? n : nil, allowed: limits.maxPartSize)
        case .ratioTooHigh(let r):
            kind = .limitExceeded(.compressionRatio, found: r, allowed: limits.maxCompressionRatio)
        }
        return DocxError(file: file, part: part, kind: kind)
    }
}
