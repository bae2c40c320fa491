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
        let body = try parse(main, relationships, required: true)

        var stories: [Story] = []
        var comments: [Comment] = []
        var trackedChanges = body.trackedChanges
        var anchors = body.commentAnchors
        var hasDataBindings = body.hasDataBindings
        let order = ["header", "footer", "footnotes", "endnotes", "comments"]
        let related = relationships.filter { !$0.isExternal && order.contains(String($0.kind)) }
            .sorted { order.firstIndex(of: String($0.kind))! < order.firstIndex(of: String($1.kind))! }
        for rel in related {
            let parser = try parse(rel.target, try package.relationships(of: rel.target), required: false)
            trackedChanges += parser.trackedChanges
            hasDataBindings = hasDataBindings || parser.hasDataBindings
            anchors.merge(parser.commentAnchors) { first, _ in first }
            for story in parser.stories {
                switch story.root {
                case .header: stories.append(Story(kind: .header, part: rel.target, blocks: story.blocks))
                case .footer: stories.append(Story(kind: .footer, part: rel.target, blocks: story.blocks))
                case .footnote: stories.append(Story(kind: .footnote, part: rel.target, id: story.attributes["id"], blocks: story.blocks))
                case .endnote: stories.append(Story(kind: .endnote, part: rel.target, id: story.attributes["id"], blocks: story.blocks))
                case .comment:
                    let a = story.attributes
                    comments.append(Comment(id: a["id"] ?? "", author: a["author"], initials: a["initials"], date: a["date"], blocks: story.blocks, part: rel.target))
                case .body: break
                }
            }
        }
        for i in comments.indices { comments[i].anchorText = anchors[comments[i].id] }

        var document = Document(mainPart: main,
                                body: body.stories.first { $0.root == .body }?.blocks ?? [],
                                stories: stories, comments: comments, trackedChanges: trackedChanges)
        if hasDataBindings {
            let store = try CustomXMLStore(package: package, mainRelationships: relationships,
                                           packageRelationships: packageRelationships, diagnostics: &diagnostics)
            document.resolveBindings(store, diagnostics: &diagnostics, part: main)
        }
        document.diagnostics = diagnostics
        return document
    }

    // MARK: the main part

    private static let wordTypes = ["wordprocessingml", "ms-word"]

    private mutating func mainPart(_ relationships: [Relationship]) throws(DocxError) -> String {
        if let rel = relationships.first(where: { $0.kind == "officeDocument" && !$0.isExternal }) {
            let type = package.contentType(of: rel.target)
            if let type, !DocumentAssembler.wordTypes.contains(where: type.contains) {
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
        let candidates = package.parts { type in type.contains("main+xml") && DocumentAssembler.wordTypes.contains(where: type.contains) }
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
