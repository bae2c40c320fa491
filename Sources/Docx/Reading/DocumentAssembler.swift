import Messages

/// Finds the parts of a Word package, parses each story and assembles the
/// ``Document``: main part through the package relationships (never assumed),
/// then headers, footers, notes and comments through the main part's.
struct DocumentAssembler {
    let package: OPCPackage
    private var diagnostics: [Diagnostic] = []

    init(package: OPCPackage) {
        self.package = package
    }

    mutating func assemble() throws(DocxError) -> Document {
        let packageRelationships = try package.relationships(of: nil)
        let main = try mainPart(packageRelationships)
        let relationships = try package.relationships(of: main)
        var parts = [try parse(main, relationships, required: true)]
        let order = ["header", "footer", "footnotes", "endnotes", "comments"]
        let related = relationships.filter { !$0.isExternal && order.contains(String($0.kind)) }
            .sorted { order.firstIndex(of: String($0.kind))! < order.firstIndex(of: String($1.kind))! }
        for rel in related {
            parts.append(try parse(rel.target, try package.relationships(of: rel.target), required: false))
        }
        let storyOrder = DocumentAssembler.stories(of: parts)
        if parts.contains(where: \.hasDataBindings) {
            let store = try CustomXMLStore(package: package, mainRelationships: relationships,
                                           packageRelationships: packageRelationships, diagnostics: &diagnostics)
            resolveBindings(in: &parts, storyOrder, store, part: main)
        }

        let storages = parts.map { ModelStorage($0.writer.data) }
        var body = NodeList<Block>.empty
        var stories: [Story] = []
        var comments: [Comment] = []
        for (i, story) in storyOrder {
            let blocks: NodeList<Block> = storages[i].children(of: story.node)
            let part = parts[i].part
            let a = story.attributes
            switch story.root {
            case .body: body = blocks
            case .header: stories.append(Story(kind: .header, part: part, blocks: blocks))
            case .footer: stories.append(Story(kind: .footer, part: part, blocks: blocks))
            case .footnote: stories.append(Story(kind: .footnote, part: part, id: a["id"], blocks: blocks))
            case .endnote: stories.append(Story(kind: .endnote, part: part, id: a["id"], blocks: blocks))
            case .comment:
                comments.append(Comment(id: a["id"] ?? "", author: a["author"], initials: a["initials"], date: a["date"],
                                        blocks: blocks, part: part))
            }
        }
        var anchors: [String: String] = [:]
        for parsed in parts { anchors.merge(parsed.commentAnchors) { first, _ in first } }
        for i in comments.indices { comments[i].anchorText = anchors[comments[i].id] }
        return Document(mainPart: main, body: body, stories: stories, comments: comments,
                        trackedChanges: parts.flatMap(\.trackedChanges), diagnostics: diagnostics)
    }

    /// The stories that make the document, in its order: the main part's
    /// body, then the related parts' headers, footers and notes, then their
    /// comments; each with the index of its part.
    private static func stories(of parts: [StoryBuilder]) -> [(part: Int, story: StoryBuilder.ParsedStory)] {
        var result: [(part: Int, story: StoryBuilder.ParsedStory)] = []
        if let body = parts.first?.stories.first(where: { $0.root == .body }) { result.append((0, body)) }
        for comments in [false, true] {
            for i in parts.indices.dropFirst() {
                for story in parts[i].stories where story.root != .body && (story.root == .comment) == comments {
                    result.append((i, story))
                }
            }
        }
        return result
    }

    /// Gives bound controls their values, story by story in document order.
    private mutating func resolveBindings(in parts: inout [StoryBuilder], _ order: [(part: Int, story: StoryBuilder.ParsedStory)],
                                          _ store: CustomXMLStore, part: String) {
        var found: [Diagnostic] = []
        for (i, story) in order {
            parts[i].resolveBindings(under: story.node, store, found: &found, part: part)
        }
        diagnostics += found
    }

    // MARK: the main part

    private static let wordTypes = ["wordprocessingml", "ms-word"]

    /// Whether a content type names a Word document (the words are ASCII).
    private static func isWordType(_ type: String) -> Bool {
        wordTypes.contains(where: type.containsBytes)
    }

    private mutating func mainPart(_ relationships: [Relationship]) throws(DocxError) -> String {
        if let rel = relationships.first(where: { $0.kind == "officeDocument" && !$0.isExternal }) {
            let type = package.contentType(of: rel.target)
            if let type, !DocumentAssembler.isWordType(type) {
                throw DocxError(file: package.file, part: rel.target, kind: .notAWordDocument(DocumentAssembler.describe(type)))
            }
            guard package.contains(rel.target) else {
                throw DocxError(file: package.file, kind: .missingPart(rel.target))
            }
            if type == nil {
                diagnostics.append(Diagnostic(.warning, "main-part-content-type", Texts.Document.mainPartWithoutType, part: rel.target))
            }
            return rel.target
        }
        // No usable package relationship: fall back to the content types.
        let candidates = package.parts { type in type.contains("main+xml") && DocumentAssembler.isWordType(type) }
        if let part = candidates.first(where: package.contains) {
            diagnostics.append(Diagnostic(.warning, "main-part-by-content-type", Texts.Document.mainPartByContentType, part: part))
            return part
        }
        if let other = package.parts(withContentType: { $0.contains("main+xml") }).first, let type = package.contentType(of: other) {
            throw DocxError(file: package.file, kind: .notAWordDocument(DocumentAssembler.describe(type)))
        }
        if !package.hasContentTypes && relationships.isEmpty {
            if package.contains("mimetype") { throw DocxError(file: package.file, kind: .otherFormat("OpenDocument")) }
            throw DocxError(file: package.file, kind: .notAWordDocument(Texts.Reading.foundNoOfficeParts))
        }
        throw DocxError(file: package.file, kind: .missingPart(relationships.isEmpty ? "_rels/.rels" : "the main document part"))
    }

    private static func describe(_ contentType: String) -> Phrase {
        if contentType.contains("spreadsheetml") || contentType.contains("ms-excel") { return Texts.Reading.foundSpreadsheet }
        if contentType.contains("presentationml") || contentType.contains("ms-powerpoint") { return Texts.Reading.foundPresentation }
        return Texts.Reading.foundContentType(contentType)
    }

    // MARK: stories

    /// Parses one story part. A secondary part that is not well-formed is
    /// skipped with a diagnostic (Word repairs such files); the main part,
    /// limits and refused DOCTYPEs always fail.
    private mutating func parse(_ part: String, _ relationships: [Relationship], required: Bool) throws(DocxError) -> StoryBuilder {
        var links: [String: String] = [:]
        for rel in relationships where rel.kind == "hyperlink" { links[rel.id] = rel.target }
        let parser = StoryParser(part: part, hyperlinkTargets: links, maxControls: package.limits.maxControls)
        do throws(DocxError) {
            if try !package.stream(part, into: parser) {
                if required { throw DocxError(file: package.file, kind: .missingPart(part)) }
                diagnostics.append(Diagnostic(.warning, "missing-part", Texts.Document.relatedPartMissing, part: part))
            }
        } catch {
            guard !required, case .malformedXML(let message) = error.kind else { throw error }
            diagnostics.append(Diagnostic(.warning, "part-unreadable", Texts.Document.partSkipped(message), part: part))
            return StoryBuilder(part: part, hyperlinkTargets: [:])
        }
        var builder = parser.builder
        builder.finish()
        diagnostics += builder.diagnostics
        return builder
    }
}
