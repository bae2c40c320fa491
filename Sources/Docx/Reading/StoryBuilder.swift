import Messages
internal import XMLStream

/// Builds the document model from the event stream of one WordprocessingML
/// part (document, header, footer, footnotes, endnotes or comments), in one
/// pass. Knows WordprocessingML; knows nothing of zip files or of forms.
///
/// Unknown elements are transparent: their children are read as if they stood
/// in the parent, so text inside markup this parser does not name (smart tags,
/// custom XML, drawings) is never lost. Property elements (`w:pPr`, `w:rPr`,
/// `w:sdtPr`...) are read for what matters and otherwise skipped.
///
/// Nodes are written to a ``ModelWriter`` as their elements close: a
/// container's children are the node indices its frame collected.
struct StoryBuilder {
    /// A story found in the part: its root node in ``writer``.
    struct ParsedStory {
        var root: StoryRoot
        var attributes: [String: String]
        var node: Int32
    }

    let part: String
    private let hyperlinkTargets: [String: String]
    /// The part's model, as written so far.
    var writer = ModelWriter()

    private(set) var stories: [ParsedStory] = []
    private(set) var trackedChanges: [TrackedChange] = []
    /// Comment id to the text between its range start and end.
    private(set) var commentAnchors: [String: String] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether any content control in the part is bound to custom XML.
    var hasDataBindings = false

    private enum Action {
        case none, popFrame, endRun, endText, endAlternate, endRevision
    }
    private enum TextTarget {
        case none, run, instruction
    }
    enum PropertyOwner {
        case paragraph, run, table, tableGrid, row, cell, control, formField, ignored
    }

    private var actions = PlainStack<Action>()
    var frames: [Frame] = []
    /// The open tables and stories, innermost last: one for each frame of that kind.
    var tables: [OpenTable] = []
    private var openStories: [OpenStory] = []
    /// The children of all open frames, each frame's above its parent's:
    /// frames open and close in order, so one stack holds them all.
    private var children: [Int32] = []
    var runs: [OpenRun] = []
    /// The text of all open runs not yet emitted, each run's after the one it is inside.
    private var runText: [UInt8] = []
    private var nextSerial = 0
    private var skipDepth = 0
    private var propertyOwner: PropertyOwner?
    var propertyPath = PlainStack<WordName?>()
    private var textTarget = TextTarget.none
    private var textBytes: [UInt8] = []
    private var lastFormat = (format: OpenFormat(), index: Int32(0))
    var fields: [OpenField] = []
    private var revisions: [OpenRevision] = []
    private var alternates: [Bool] = []
    private var openAnchors: [(id: String, text: String)] = []
    private let maxControls: Int
    private var controlCount = 0

    init(part: String, hyperlinkTargets: [String: String], maxControls: Int = .max) {
        self.part = part
        self.hyperlinkTargets = hyperlinkTargets
        self.maxControls = maxControls
    }

    // MARK: events

    mutating func startElement(_ name: XMLEventName, _ attributes: XMLAttributes) throws(XMLStreamError) {
        if skipDepth > 0 { skipDepth += 1; return }
        if let owner = propertyOwner {
            readProperty(owner, name, attributes)
            propertyPath.push(WordName.from(name))
            return
        }
        actions.push(try start(name, attributes))
    }

    /// The name of the limit on content controls in the parse's error.
    static let controlLimit = "controls"

    // A skipped element counts depth 1 and a property element has an empty
    // path, so their own end tags fall through and pop their action.
    mutating func endElement() {
        if skipDepth > 1 { skipDepth -= 1; return }
        skipDepth = 0
        if propertyOwner != nil {
            if propertyPath.pop() != nil { return }
            propertyOwner = nil
        }
        guard let action = actions.pop() else { return }
        switch action {
        case .none: break
        case .popFrame: closeFrame()
        case .endRun:
            flushRun()
            // Read and dropped in place: `popLast()` and `removeLast()` move the run out first, its formatting and all.
            if let last = runs.indices.last {
                // Mostly emitted by flushRun already: then there is nothing to cut (and no call to make).
                if runText.count > runs[last].textStart { runText.removeSubrange(runs[last].textStart...) }
                runs.removeLast(1)
            }
        case .endText: endText()
        case .endAlternate: alternates.removeLast()
        case .endRevision: endRevision()
        }
    }

    mutating func characters(_ utf8: UnsafeRawBufferPointer) {
        guard skipDepth == 0, textTarget != .none else { return }
        textBytes.append(contentsOf: utf8)
    }

    /// Closes what the part left open (a truncated field, say) and reports it.
    mutating func finish() {
        for field in fields where field.container != nil {
            diagnostics.append(Diagnostic(.warning, "unclosed-field", Texts.Document.unclosedField(field.instruction.trimmed), part: part))
        }
    }

    // MARK: start tags

    private mutating func start(_ name: XMLEventName, _ attributes: XMLAttributes) throws(XMLStreamError) -> Action {
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
                info[key.name] = attributes.value(key)
            }
            return push(storyFrame(.comment, info))
        case .p: return push(newFrame(.paragraph, holds: .inlines))
        case .r:
            runs.append(OpenRun(textStart: runText.count, depth: frames.count))
            return .endRun
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
            var frame = newFrame(.simpleField, holds: .inlines)
            frame.label = writer.intern(attributes.value(.instr) ?? "")
            return push(frame)
        case .hyperlink:
            var frame = newFrame(.hyperlink, holds: .inlines)
            if let id = attributes.relationshipValue(.id) {
                frame.label = writer.intern(hyperlinkTargets[id])
            } else if let anchor = attributes.value(.anchor) {
                frame.label = writer.intern("#" + anchor)
            }
            return push(frame)
        case .footnoteReference, .endnoteReference:
            flushRun()
            let id = writer.intern(attributes.value(.id) ?? "")
            emitInline(writer.add(Node(.noteReference, flag: word == .endnoteReference, a: id)))
        case .txbxContent:
            flushRun()
            return push(newFrame(.textBox, holds: .blocks))
        case .tbl:
            tables.append(OpenTable())
            return push(newFrame(.table, holds: .rows))
        case .tr: return push(newFrame(.row, holds: .cells))
        case .tc: return push(newFrame(.cell, holds: .blocks))
        case .sdt:
            controlCount += 1
            if controlCount > maxControls {
                throw XMLStreamError(kind: .limit(.handler(StoryBuilder.controlLimit)),
                                     message: "more than \(maxControls) content controls", line: 0, column: 0)
            }
            return push(controlFrame())
        case .ins, .del, .moveFrom, .moveTo: return beginRevision(word, attributes)
        case .commentRangeStart:
            openAnchors.append((attributes.value(.id) ?? "", ""))
        case .commentRangeEnd:
            let id = attributes.value(.id) ?? ""
            if let i = openAnchors.lastIndex(where: { $0.id == id }) {
                commentAnchors[id] = openAnchors.remove(at: i).text
            }
        case .pPr: return properties(.paragraph)
        case .rPr: return properties(currentRun != nil ? .run : .ignored)
        case .tblPr: return properties(.table)
        case .tblGrid: return properties(.tableGrid)
        case .trPr: return properties(.row)
        case .tcPr: return properties(.cell)
        case .sdtPr: return properties(.control)
        case .sectPr, .sdtEndPr, .tblPrEx, .fldData, .object:
            return skip()
        default: break
        }
        return .none
    }

    private mutating func newFrame(_ kind: Frame.Kind, holds: Frame.Holds) -> Frame {
        nextSerial += 1
        return Frame(kind, holds: holds, serial: nextSerial, childStart: children.count)
    }

    private mutating func push(_ frame: Frame) -> Action {
        frames.append(frame)
        return .popFrame
    }

    private mutating func skip() -> Action {
        skipDepth = 1
        return .none
    }

    private mutating func properties(_ owner: PropertyOwner) -> Action {
        propertyOwner = owner
        propertyPath.removeAll()
        return .none
    }

    private mutating func storyFrame(_ root: StoryRoot, _ attributes: [String: String]) -> Frame {
        openStories.append(OpenStory(root: root, attributes: attributes))
        return newFrame(.story, holds: .blocks)
    }

    // MARK: markup compatibility

    private mutating func startCompatibility(_ word: WordName, _ attributes: XMLAttributes) -> Action {
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

    private mutating func beginText(_ target: TextTarget) {
        textTarget = target
        textBytes.removeAll(keepingCapacity: true)
    }

    private mutating func endText() {
        switch textTarget {
        case .run:
            guard let run = currentRun else { break }
            if let font = writer.data.string(runs[run].symbolFont) {
                runText += SymbolFont.map(String(decoding: textBytes, as: UTF8.self), font: font).utf8
            } else {
                // Through the buffer: an array passed to `+=` is retained and released for the call.
                textBytes.withUnsafeBufferPointer { runText.append(contentsOf: $0) }
            }
        case .instruction:
            if !fields.isEmpty { fields[fields.count - 1].instruction += String(decoding: textBytes, as: UTF8.self) }
        case .none: break
        }
        textTarget = .none
    }

    /// The index of the run being read, if it is the innermost container.
    private var currentRun: Int? {
        guard let last = runs.indices.last, runs[last].depth == frames.count else { return nil }
        return last
    }

    private mutating func appendToRun(_ text: String) {
        if currentRun != nil { runText += text.utf8 }
    }

    private mutating func appendSymbol(_ attributes: XMLAttributes) {
        let font = attributes.value(.font)
        guard let code = attributes.value(.char).flatMap({ UInt32($0, radix: 16) }) else { return }
        appendToRun(String(SymbolFont.scalar(font: font, code: code)))
    }

    /// Emits the text collected in the current run so far.
    private mutating func flushRun() {
        guard let run = currentRun, case let start = runs[run].textStart, runText.count > start else { return }
        let change = revisions.last?.change
        // Runs in a row mostly share their formatting: the last one interned
        // is compared before the table is asked.
        if runs[run].format != lastFormat.format {
            lastFormat = (runs[run].format, writer.intern(runs[run].format.runFormat(writer)))
        }
        let deleted = change?.removesText == true
        // The text is read in place: a slice of the buffer held past this
        // point would make the removal below copy the whole buffer.
        let node = runText.withUnsafeBufferPointer { buffer in
            let text = UnsafeBufferPointer(rebasing: buffer[start...])
            if change != nil || (!deleted && !openAnchors.isEmpty) {
                let text = String(decoding: text, as: UTF8.self)
                if change != nil {
                    for i in revisions.indices { revisions[i].text += text }
                }
                if !deleted {
                    for i in openAnchors.indices { openAnchors[i].text += text }
                }
            }
            return writer.run(text, format: lastFormat.index, change: writer.change(change))
        }
        runText.removeSubrange(start...)
        emitInline(node)
    }

    // MARK: fields

    private mutating func fieldCharacter(_ attributes: XMLAttributes) -> Action {
        flushRun()
        switch attributes.value(.fldCharType) {
        case "begin":
            fields.append(OpenField(container: inlineContainer.map { frames[$0].serial }))
            return properties(.formField)
        case "separate":
            if !fields.isEmpty { fields[fields.count - 1].inResult = true }
        case "end":
            guard let field = fields.popLast() else {
                diagnostics.append(Diagnostic(.warning, "unbalanced-field", Texts.Document.unbalancedField, part: part))
                break
            }
            if field.container != nil {
                emitInline(completed(field))
            }
        default: break
        }
        return .none
    }

    /// Writes the field's node.
    private mutating func completed(_ field: OpenField) -> Int32 {
        var formField = field.formField
        if var form = formField {
            switch form.kind {
            case .text: form.value = writer.data.string(.inlineNodes(field.result))
            case .dropdown:
                form.value = form.selectedIndex.flatMap { form.entries.indices.contains($0) ? form.entries[$0] : nil }
            case .checkbox: break
            }
            formField = form
        }
        let node = Node(.field, a: writer.intern(field.instruction), b: writer.formField(formField))
        return writer.container(node, children: field.result)
    }

    // MARK: tracked changes

    private mutating func beginRevision(_ word: WordName, _ attributes: XMLAttributes) -> Action {
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

    private mutating func endRevision() {
        guard let revision = revisions.popLast(), !revision.text.isEmpty else { return }
        trackedChanges.append(TrackedChange(kind: revision.change.kind, author: revision.change.author,
                                            date: revision.change.date, text: revision.text, part: part))
    }

    // MARK: content controls

    private mutating func controlFrame() -> Frame {
        let level: ContentControl.Level
        let holds: Frame.Holds
        switch inlineContainer.map({ frames[$0].holds }) {
        case .inlines: (level, holds) = (.inline, .inlines)
        case .rows: (level, holds) = (.row, .rows)
        case .cells: (level, holds) = (.cell, .cells)
        case .blocks, nil: (level, holds) = (.block, .blocks)
        }
        var frame = newFrame(.control, holds: holds)
        frame.control = writer.control(ContentControl(kind: .richtext, level: level, content: .blocks(.empty)))
        return frame
    }

    // MARK: closing frames

    /// Writes the innermost frame's node, removes the frame and emits the
    /// node into the frame now innermost. The frame is read in place: it is
    /// large, and most are closed with nothing but their children to write.
    private mutating func closeFrame() {
        guard let top = frames.indices.last else { return }
        for i in fields.indices where fields[i].container == frames[top].serial {
            // The field outlives its paragraph: keep what it has as a field
            // here; the rest of its result arrives as ordinary text.
            children.append(completed(fields[i]))
            fields[i].container = nil
        }
        let kind = frames[top].kind
        // The children read in place: a slice of the array retains its buffer, and the append copies through it.
        let start = frames[top].childStart, container = self.node(of: top)
        let node = children.withUnsafeBufferPointer { writer.container(container, children: UnsafeBufferPointer(rebasing: $0[start...])) }
        children.removeSubrange(start...)
        switch kind {
        case .story:
            let story = openStories.removeLast()
            stories.append(ParsedStory(root: story.root, attributes: story.attributes, node: node))
        case .table: TableMerger.resolve(node, merges: tables.removeLast().cellMerges, in: &writer.data)
        default: break
        }
        // A control's content is of the kind its container holds, and so is the control.
        let holds = frames[top].holds
        frames.removeLast()
        switch kind {
        case .story: break
        case .paragraph, .table: emitBlock(node)
        case .hyperlink, .simpleField, .textBox: emitInline(node)
        case .row:
            emitRowItem(node)
            if !tables.isEmpty { tables[tables.count - 1].rowCount += 1 }
        case .cell: emitCellItem(node)
        case .control:
            switch holds {
            case .blocks: emitBlock(node)
            case .inlines: emitInline(node)
            case .rows: emitRowItem(node)
            case .cells: emitCellItem(node)
            }
        }
    }

    /// The node of the frame at `index`, children not yet given. A cell takes
    /// its grid column from its row and is recorded for the table's merges.
    private mutating func node(of index: Int) -> Node {
        let label = frames[index].label
        switch frames[index].kind {
        case .story: return Node(.root)
        case .paragraph: return Node(.paragraph, a: label)
        case .hyperlink: return Node(.hyperlink, a: label)
        case .simpleField: return Node(.field, a: label)
        case .textBox: return Node(.textBox)
        case .table: return Node(.table, a: label, b: writer.columnWidths(tables[tables.count - 1].columnWidths))
        case .row: return Node(.row, flag: frames[index].isHeader)
        case .control: return Node(.control, a: frames[index].control)
        case .cell:
            let row = innermost(.row)
            let column = row.map { frames[$0].nextColumn } ?? 0
            let span = frames[index].columnSpan
            if let row { frames[row].nextColumn += span }
            if !tables.isEmpty {
                let table = tables.count - 1
                tables[table].cellMerges.append(CellMerge(row: tables[table].rowCount, column: column, span: span,
                                                          merge: frames[index].verticalMerge))
            }
            return Node(.cell, a: Int32(clamping: column), b: Int32(span), c: 1, d: frames[index].shading)
        }
    }

    // MARK: emitting into the nearest container

    /// The index of the innermost frame (every frame collects children).
    private var inlineContainer: Int? {
        frames.indices.last
    }

    /// The index of the innermost frame of a kind.
    private func innermost(_ kind: Frame.Kind) -> Int? {
        innermost(where: { $0.kind == kind })
    }

    private func innermost(where predicate: (borrowing Frame) -> Bool) -> Int? {
        var i = frames.count - 1
        while i >= 0 {
            if predicate(frames[i]) { return i }
            i -= 1
        }
        return nil
    }

    private mutating func emitInline(_ inline: Int32) {
        guard let container = inlineContainer else { return }
        if let last = fields.indices.last, fields[last].container == frames[container].serial {
            if fields[last].inResult {
                fields[last].result.append(inline)
            } else {
                fields[last].instruction += writer.data.string(.inlineNodes([inline]))
            }
            return
        }
        switch frames[container].holds {
        case .inlines:
            emit(inline, into: container)
        default:
            // Inline content outside a paragraph (some generators write runs
            // straight into a cell): keep it, in a paragraph of its own.
            emitBlock(writer.container(Node(.paragraph), children: CollectionOfOne(inline)))
        }
    }

    private mutating func emitBlock(_ block: Int32) {
        guard let container = innermost(where: { $0.holds == .blocks }) else {
            diagnostics.append(Diagnostic(.warning, "stray-block", Texts.Document.strayBlock, part: part))
            return
        }
        emit(block, into: container)
    }

    private mutating func emitRowItem(_ item: Int32) {
        if let container = innermost(where: { $0.holds == .rows }) { emit(item, into: container) }
    }

    private mutating func emitCellItem(_ item: Int32) {
        if let container = innermost(where: { $0.holds == .cells }) { emit(item, into: container) }
    }

    /// Adds a child to the frame at `index`: on top of the stack for the
    /// innermost frame (nearly always), else at the end of that frame's
    /// children, the frames above it moved up.
    private mutating func emit(_ node: Int32, into index: Int) {
        guard index + 1 < frames.count else { return children.append(node) }
        children.insert(node, at: frames[index + 1].childStart)
        for above in index + 1..<frames.count { frames[above].childStart += 1 }
    }
}
