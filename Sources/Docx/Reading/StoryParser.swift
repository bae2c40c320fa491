internal import XMLStream

/// Builds the document model from the event stream of one WordprocessingML
/// part (document, header, footer, footnotes, endnotes or comments), in one
/// pass. Knows WordprocessingML; knows nothing of zip files or of forms.
///
/// Unknown elements are transparent: their children are read as if they stood
/// in the parent, so text inside markup this parser does not name (smart tags,
/// custom XML, drawings) is never lost. Property elements (`w:pPr`, `w:rPr`,
/// `w:sdtPr`...) are read for what matters and otherwise skipped.
final class StoryParser: XMLStreamHandler {
    /// A story found in the part.
    struct ParsedStory {
        var root: StoryRoot
        var attributes: [String: String]
        var blocks: [Block]
    }

    let part: String
    private let hyperlinkTargets: [String: String]

    private(set) var stories: [ParsedStory] = []
    private(set) var trackedChanges: [TrackedChange] = []
    /// Comment id to the text between its range start and end.
    private(set) var commentAnchors: [String: String] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether any content control in the part is bound to custom XML.
    var hasDataBindings = false

    private enum Action {
        case none, popFrame, endText, endAlternate, endRevision
    }
    private enum TextTarget {
        case none, run, instruction
    }
    enum PropertyOwner {
        case paragraph, run, table, row, cell, control, formField, ignored
    }

    private var actions: [Action] = []
    var frames: [Frame] = []
    private var skipDepth = 0
    private var propertyOwner: PropertyOwner?
    var propertyPath: [WordName?] = []
    private var textTarget = TextTarget.none
    private var textBytes: [UInt8] = []
    var fields: [OpenField] = []
    private var revisions: [OpenRevision] = []
    private var alternates: [Bool] = []
    private var openAnchors: [(id: String, text: String)] = []

    /// - Parameter hyperlinkTargets: relationship id to URL, for `w:hyperlink`.
    init(part: String, hyperlinkTargets: [String: String]) {
        self.part = part
        self.hyperlinkTargets = hyperlinkTargets
    }

    // MARK: events

    func startElement(_ name: XMLEventName, attributes: XMLAttributes) {
        if skipDepth > 0 { skipDepth += 1; return }
        if let owner = propertyOwner {
            readProperty(owner, name, attributes)
            propertyPath.append(WordName.from(name))
            return
        }
        actions.append(start(name, attributes))
    }

    // A skipped element counts depth 1 and a property element has an empty
    // path, so their own end tags fall through and pop their action.
    func endElement(_ name: XMLEventName) {
        if skipDepth > 1 { skipDepth -= 1; return }
        skipDepth = 0
        if propertyOwner != nil {
            if propertyPath.popLast() != nil { return }
            propertyOwner = nil
        }
        guard let action = actions.popLast() else { return }
        switch action {
        case .none: break
        case .popFrame: closeFrame()
        case .endText: endText()
        case .endAlternate: alternates.removeLast()
        case .endRevision: endRevision()
        }
    }

    func characters(_ utf8: UnsafeRawBufferPointer) {
        guard skipDepth == 0, textTarget != .none else { return }
        textBytes.append(contentsOf: utf8)
    }

    /// Closes what the part left open (a truncated field, say) and reports it.
    func finish() {
        for field in fields where field.container != nil {
            diagnostics.append(Diagnostic(.warning, "unclosed-field", "a field '\(field.instruction.trimmed)' has no end; its result is kept as text", part: part))
        }
    }

    // MARK: start tags

    private func start(_ name: XMLEventName, _ attributes: XMLAttributes) -> Action {
        guard let word = WordName.from(name) else { return .none }
        if name.namespace == Namespace.mc { return startCompatibility(word, attributes) }
        guard name.namespace == Namespace.w else { return .none }
        switch word {
        case .body: return push(storyFrame(.body, [:]))
        case .hdr: return push(storyFrame(.header, [:]))
        case .ftr: return push(storyFrame(.footer, [:]))
        case .footnote, .endnote:
            let type = attributes.value(.type) ?? "normal"
            guard type == "normal" else { return skip() }
            let id = attributes.value(.id) ?? ""
            return push(storyFrame(word == .footnote ? .footnote : .endnote, ["id": id]))
        case .comment:
            var info: [String: String] = [:]
            for key in [WordName.id, .author, .initials, .date] {
                info[key.rawValue] = attributes.value(key)
            }
            return push(storyFrame(.comment, info))
        case .p: return push(Frame(.paragraph, holds: .inlines))
        case .r: return push(Frame(.run, holds: .nothing))
        case .t, .delText:
            beginText(.run)
            return .endText
        case .instrText, .delInstrText:
            beginText(.instruction)
            return .endText
        case .tab, .ptab: appendToRun("\t")
        case .br, .cr: appendToRun("\n")
        case .noBreakHyphen: appendToRun("\u{2011}")
        case .softHyphen: appendToRun("\u{00AD}")
        case .sym: appendSymbol(attributes)
        case .fldChar: return fieldCharacter(attributes)
        case .fldSimple:
            let frame = Frame(.simpleField, holds: .inlines)
            frame.label = attributes.value(.instr) ?? ""
            return push(frame)
        case .hyperlink:
            let frame = Frame(.hyperlink, holds: .inlines)
            if let id = attributes.relationshipValue(.id) {
                frame.label = hyperlinkTargets[id]
            } else if let anchor = attributes.value(.anchor) {
                frame.label = "#" + anchor
            }
            return push(frame)
        case .footnoteReference, .endnoteReference:
            flushRun()
            let kind: Story.Kind = word == .footnoteReference ? .footnote : .endnote
            emitInline(.noteReference(NoteReference(kind: kind, id: attributes.value(.id) ?? "")))
        case .txbxContent:
            flushRun()
            return push(Frame(.textBox, holds: .blocks))
        case .tbl: return push(Frame(.table, holds: .rows))
        case .tr:
            let frame = Frame(.row, holds: .cells)
            return push(frame)
        case .tc: return push(Frame(.cell, holds: .blocks))
        case .sdt: return push(controlFrame())
        case .ins, .del, .moveFrom, .moveTo: return beginRevision(word, attributes)
        case .commentRangeStart:
            openAnchors.append((attributes.value(.id) ?? "", ""))
        case .commentRangeEnd:
            let id = attributes.value(.id) ?? ""
            if let i = openAnchors.lastIndex(where: { $0.id == id }) {
                commentAnchors[id] = openAnchors.remove(at: i).text
            }
        case .pPr: return properties(.paragraph)
        case .rPr: return properties(frames.last?.kind == .run ? .run : .ignored)
        case .tblPr: return properties(.table)
        case .trPr: return properties(.row)
        case .tcPr: return properties(.cell)
        case .sdtPr: return properties(.control)
        case .sectPr, .tblGrid, .sdtEndPr, .tblPrEx, .fldData, .object:
            return skip()
        default: break
        }
        return .none
    }

    private func push(_ frame: Frame) -> Action {
        frames.append(frame)
        return .popFrame
    }

    private func skip() -> Action {
        skipDepth = 1
        return .none
    }

    private func properties(_ owner: PropertyOwner) -> Action {
        propertyOwner = owner
        propertyPath = []
        return .none
    }

    private func storyFrame(_ root: StoryRoot, _ attributes: [String: String]) -> Frame {
        let frame = Frame(.story, holds: .blocks)
        frame.story = root
        frame.attributes = attributes
        return frame
    }

    // MARK: markup compatibility

    private func startCompatibility(_ word: WordName, _ attributes: XMLAttributes) -> Action {
        switch word {
        case .AlternateContent:
            alternates.append(false)
            return .endAlternate
        case .Choice:
            let requires = attributes.value(.Requires) ?? ""
            let understood = requires.split(separator: " ").allSatisfy { prefix in
                guard let uri = attributes.namespaceURI(forPrefix: String(prefix)) else { return false }
                return Namespace.understood.contains(uri) || Namespace.table[uri] != nil
            }
            guard let chosen = alternates.last, !chosen, understood else { return skip() }
            alternates[alternates.count - 1] = true
        case .Fallback:
            guard let chosen = alternates.last, !chosen else { return skip() }
            alternates[alternates.count - 1] = true
        default: break
        }
        return .none
    }

    // MARK: text

    private func beginText(_ target: TextTarget) {
        textTarget = target
        textBytes.removeAll(keepingCapacity: true)
    }

    private func endText() {
        let text = String(decoding: textBytes, as: UTF8.self)
        switch textTarget {
        case .run:
            if let run = currentRun {
                run.pendingText += run.symbolFont.map { SymbolFont.map(text, font: $0) } ?? text
            }
        case .instruction:
            fields.last?.instruction += text
        case .none: break
        }
        textTarget = .none
    }

    private var currentRun: Frame? {
        frames.last?.kind == .run ? frames.last : nil
    }

    private func appendToRun(_ text: String) {
        currentRun?.pendingText += text
    }

    private func appendSymbol(_ attributes: XMLAttributes) {
        let font = attributes.value(.font)
        guard let code = attributes.value(.char).flatMap({ UInt32($0, radix: 16) }) else { return }
        appendToRun(String(SymbolFont.scalar(font: font, code: code)))
    }

    /// Emits the text collected in the current run so far.
    private func flushRun() {
        guard let run = currentRun, !run.pendingText.isEmpty else { return }
        let change = revisions.last?.change
        let item = Run(text: run.pendingText, format: run.format, change: change)
        run.pendingText = ""
        if change != nil {
            for i in revisions.indices { revisions[i].text += item.text }
        }
        if !item.isDeleted {
            for i in openAnchors.indices { openAnchors[i].text += item.text }
        }
        emitInline(.run(item))
    }

    // MARK: fields

    private func fieldCharacter(_ attributes: XMLAttributes) -> Action {
        flushRun()
        switch attributes.value(.fldCharType) {
        case "begin":
            fields.append(OpenField(container: inlineContainer))
            return properties(.formField)
        case "separate":
            fields.last?.inResult = true
        case "end":
            guard let field = fields.popLast() else {
                diagnostics.append(Diagnostic(.warning, "unbalanced-field", "a field end without a beginning was ignored", part: part))
                break
            }
            if let container = field.container, container.isOpen {
                emitInline(.field(completed(field)))
            }
        default: break
        }
        return .none
    }

    private func completed(_ field: OpenField) -> Field {
        var formField = field.formField
        if var form = formField {
            switch form.kind {
            case .text: form.value = Inline.text(of: field.result)
            case .dropdown:
                form.value = form.selectedIndex.flatMap { form.entries.indices.contains($0) ? form.entries[$0] : nil }
            case .checkbox: break
            }
            formField = form
        }
        return Field(instruction: field.instruction, result: field.result, formField: formField)
    }

    // MARK: tracked changes

    private func beginRevision(_ word: WordName, _ attributes: XMLAttributes) -> Action {
        let kind: Change.Kind
        switch word {
        case .ins: kind = .insertion
        case .del: kind = .deletion
        case .moveFrom: kind = .moveFrom
        default: kind = .moveTo
        }
        revisions.append(OpenRevision(change: Change(kind: kind, author: attributes.value(.author),
                                                     date: attributes.value(.date))))
        return .endRevision
    }

    private func endRevision() {
        guard let revision = revisions.popLast(), !revision.text.isEmpty else { return }
        trackedChanges.append(TrackedChange(kind: revision.change.kind, author: revision.change.author,
                                            date: revision.change.date, text: revision.text, part: part))
    }

    // MARK: content controls

    private func controlFrame() -> Frame {
        let level: ContentControl.Level
        let holds: Frame.Holds
        switch frames.last(where: { $0.holds != .nothing })?.holds {
        case .inlines, .nothing: (level, holds) = (.inline, .inlines)
        case .rows: (level, holds) = (.row, .rows)
        case .cells: (level, holds) = (.cell, .cells)
        case .blocks, nil: (level, holds) = (.block, .blocks)
        }
        let frame = Frame(.control, holds: holds)
        frame.control = ContentControl(kind: .richtext, level: level, content: .blocks([]))
        return frame
    }

    // MARK: closing frames

    private func closeFrame() {
        flushRun()
        guard let frame = frames.popLast() else { return }
        frame.isOpen = false
        for field in fields where field.container === frame {
            // The field outlives its paragraph: keep what it has as a field
            // here; the rest of its result arrives as ordinary text.
            frame.inlines.append(.field(completed(field)))
            field.container = nil
        }
        switch frame.kind {
        case .story:
            stories.append(ParsedStory(root: frame.story ?? .body, attributes: frame.attributes, blocks: frame.blocks))
        case .paragraph:
            emitBlock(.paragraph(Paragraph(style: frame.label, inlines: frame.inlines)))
        case .run:
            break
        case .hyperlink:
            emitInline(.hyperlink(Hyperlink(target: frame.label, inlines: frame.inlines)))
        case .simpleField:
            emitInline(.field(Field(instruction: frame.label ?? "", result: frame.inlines)))
        case .textBox:
            emitInline(.textBox(frame.blocks))
        case .table:
            emitBlock(.table(TableMerger.resolve(Table(style: frame.label, items: frame.rowItems), merges: frame.cellMerges)))
        case .row:
            emitRowItem(.row(Table.Row(items: frame.cellItems, isHeader: frame.isHeader)))
            if let table = frames.last(where: { $0.kind == .table }) { table.rowCount += 1 }
        case .cell:
            closeCell(frame)
        case .control:
            closeControl(frame)
        }
    }

    private func closeCell(_ frame: Frame) {
        let row = frames.last { $0.kind == .row }
        let column = row?.nextColumn ?? 0
        row?.nextColumn += frame.columnSpan
        if let table = frames.last(where: { $0.kind == .table }) {
            table.cellMerges.append(CellMerge(row: table.rowCount, column: column, span: frame.columnSpan, merge: frame.verticalMerge))
        }
        emitCellItem(.cell(Table.Cell(blocks: frame.blocks, column: column, columnSpan: frame.columnSpan)))
    }

    private func closeControl(_ frame: Frame) {
        guard var control = frame.control else { return }
        switch control.level {
        case .block:
            control.content = .blocks(frame.blocks)
            emitBlock(.control(control))
        case .inline:
            control.content = .inlines(frame.inlines)
            emitInline(.control(control))
        case .row:
            control.content = .rows(frame.rowItems)
            emitRowItem(.control(control))
        case .cell:
            control.content = .cells(frame.cellItems)
            emitCellItem(.control(control))
        }
    }

    // MARK: emitting into the nearest container

    private var inlineContainer: Frame? {
        frames.last { $0.holds != .nothing }
    }

    private func emitInline(_ inline: Inline) {
        guard let container = inlineContainer else { return }
        if let field = fields.last, field.container === container {
            if field.inResult {
                field.result.append(inline)
            } else {
                field.instruction += Inline.text(of: [inline])
            }
            return
        }
        switch container.holds {
        case .inlines:
            container.inlines.append(inline)
        default:
            // Inline content outside a paragraph (some generators write runs
            // straight into a cell): keep it, in a paragraph of its own.
            emitBlock(.paragraph(Paragraph(inlines: [inline])))
        }
    }

    private func emitBlock(_ block: Block) {
        guard let container = frames.last(where: { $0.holds == .blocks }) else {
            diagnostics.append(Diagnostic(.warning, "stray-block", "content outside any story was ignored", part: part))
            return
        }
        container.blocks.append(block)
    }

    private func emitRowItem(_ item: Table.Item) {
        frames.last { $0.holds == .rows }?.rowItems.append(item)
    }

    private func emitCellItem(_ item: Table.Row.Item) {
        frames.last { $0.holds == .cells }?.cellItems.append(item)
    }
}

extension String {
    var trimmed: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
