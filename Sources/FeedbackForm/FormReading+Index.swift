internal import Docx

extension FormReading {
    mutating func index() {
        // Tags on several controls: counted in the one walk, said once each (in the order they were found again).
        // A tag met once (nearly all) costs one lookup: the first control is put in, and put back if one was there.
        var uses: [String: Int] = [:], duplicated: [String] = []
        let controls = document.contentControls
        tagged.reserveCapacity(controls.count)
        // Read in place: a copy of each located control retains its every string.
        controls.withUnsafeBufferPointer { controls in
            for located in controls.indices {
                if let alias = controls[located].control.alias { byAlias[Catalogue.fold(alias), default: []].append(controls[located]) }
                guard let tag = controls[located].control.tag, !tag.isEmpty else { continue }
                guard let first = tagged.updateValue(controls[located], forKey: tag) else { continue }
                tagged[tag] = first
                uses[tag, default: 1] += 1
                if uses[tag] == 2 { duplicated.append(tag) }
            }
        }
        for tag in duplicated { diagnose(.tagDuplicate, tag, quotes: [tag], number: uses[tag]) }
        var context: String?
        var seenTable = false
        collect(document.body, Location(part: document.mainPart, path: "body"), &context, &seenTable)
        // What holds each tagged control: the innermost labelled row or "Label: value" paragraph (they come later in the list).
        holders.reserveCapacity(tagged.count)
        for (i, candidate) in candidates.enumerated() {
            for tag in candidate.holds.tags { holders[tag] = i }
            for alias in candidate.holds.aliases where candidate.method == .label && aliasHolders[alias] == nil { aliasHolders[alias] = i }
        }
        // A row of the complex-skills table ("Vertrouwen van collega's") is no field, nor a kijkkader row.
        let skillLabels = names.skillLabels, skillLetters = names.skillLabelLetters
        // A label whose first word begins no field's label and no skill's name is left as written: most such rows
        // are a kijkkader's sentences ("Je past…"), whose normalised labels are never asked for.
        func namesNothing(_ text: String) -> Bool {
            guard let word = FormFields.leadingWord(text) else { return false }
            return !skillLetters.beginOne(word) && !FormFields.headerFields.hasLabel(beginningWith: word)
                && !FormFields.outcomeFields.hasLabel(beginningWith: word)
        }
        for candidate in candidates where candidate.method != .row && !namesNothing(candidate.labelText) {
            let label = candidate.label
            candidate.isSkillRow = skillLabels.contains { label.hasPrefix($0) }
            guard !candidate.isSkillRow else { continue }
            candidate.headerField = FormFields.headerFields.field(of: label)
            candidate.outcomeField = FormFields.outcomeFields.field(of: label)
            if let field = candidate.headerField { byHeaderField[field, default: []].append(candidate) }
            if let field = candidate.outcomeField { byOutcomeField[field, default: []].append(candidate) }
        }
    }

    mutating func collect(_ blocks: NodeList<Block>, _ at: Location, _ context: inout String?, _ seenTable: inout Bool) {
        // Each kind's blocks numbered from 1, as paths number them.
        var paragraphs = 0, tables = 0, controls = 0
        func location(_ kind: String, _ number: Int) -> Location {
            Location(part: at.part, path: "\(at.path)/\(kind)[\(number)]")
        }
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                paragraphs += 1
                let number = paragraphs
                let text = paragraph.text.trimmed
                if !seenTable { paragraphsBeforeFirstTable.append(text) }
                if let outcome = outcomeHeading(text) { context = outcome; continue }
                candidates += labelledParagraph(paragraph, text, location("paragraph", number), context)
            case .table(let table):
                seenTable = true
                tables += 1
                let here = location("table", tables)
                let header = Dictionary(table.rows.first?.cells.map { ($0.column, Catalogue.fold(Block.text(of: $0.blocks).trimmed)) } ?? [],
                                        uniquingKeysWith: { first, _ in first })
                let rows = table.locatedRows
                readJudgementGrid(rows, header, here)
                readOutcomeColumns(rows, header, here)
                // Header labels written above their values: the row of labels, by column.
                var labelsAbove: [Int: (label: String, cell: Table.Cell)] = [:]
                for (rowPath, row) in rows {
                    let rowPlace = CandidatePlace(row: rowPath, in: here)
                    let cells = row.cells
                    guard !cells.isEmpty else { continue }
                    // Each cell's text, made once, when first asked for.
                    var texts = [String?](repeating: nil, count: cells.count)
                    func cellText(_ c: Int) -> String {
                        if let known = texts[c] { return known }
                        let text = Block.text(of: cells[c].blocks).trimmed
                        texts[c] = text
                        return text
                    }
                    let label = cellText(0)
                    let restEmpty = cells.indices.dropFirst().allSatisfy { cellText($0).isEmpty }
                    if restEmpty, let outcome = outcomeHeading(label) { context = outcome; continue }
                    let shaped = headerShapes(cells, rowPlace, context, &labelsAbove)
                    candidates += shaped
                    if !shaped.isEmpty || !labelsAbove.isEmpty { continue }
                    if cells.count >= 2 {
                        let value = Piece.ofCells(cells.dropFirst())
                        let candidate = Candidate(labelText: label, pieces: value.all,
                                                  control: FormReading.singleControl(cells.dropFirst().lazy.flatMap(\.blocks)),
                                                  place: rowPlace,
                                                  outcome: context, method: .label, cells: cells, firstCellText: label,
                                                  table: here.path, header: header, holds: ControlNames(row.items))
                        candidate.restCellPieces = value.byCell
                        candidates.append(candidate)
                    } else if FormReading.isSentenceLength(label) {
                        // A row of one cell may be a kijkkader row marked inside it ("☒ Je past consequent…"); never a field.
                        candidates.append(Candidate(labelText: "", pieces: [], control: nil, place: rowPlace, outcome: context,
                                                    method: .row, cells: cells, firstCellText: label, table: here.path, header: header))
                    }
                    // "Oordeel: voldaan" written in the label cell, the cells after it left empty.
                    let labelCellHoldsValue = cells.count > 1 && restEmpty
                    // Cell paths are written only for a row with a cell that gives a candidate or holds a table.
                    var cellPaths: [String] = []
                    for (c, cell) in cells.enumerated() {
                        func cellLocation() -> Location {
                            if cellPaths.isEmpty { cellPaths = row.locatedCells.map(\.path) }
                            return Location(part: here.part, path: "\(here.path)/\(rowPath)/\(cellPaths[c])")
                        }
                        for block in cell.blocks {
                            // "Label: value" written inside a cell, and tables in cells.
                            switch block {
                            // A row's first cell is its label when other cells follow.
                            case .paragraph(let paragraph) where c > 0 || cells.count == 1 || labelCellHoldsValue:
                                // A cell of one paragraph has that paragraph's text.
                                let text = cell.blocks.count == 1 ? cellText(c) : paragraph.text.trimmed
                                candidates += labelledParagraph(paragraph, text, cellLocation(), context)
                            case .paragraph: break
                            case .table: collect([block], cellLocation(), &context, &seenTable)
                            case .control: break
                            }
                        }
                    }
                }
            case .control(let control):
                controls += 1
                let here = location("control", controls)
                if case .blocks(let inner) = control.content { collect(inner, here, &context, &seenTable) }
            }
        }
    }

    /// A table with "voldaan" and "niet voldaan" columns and a row per
    /// outcome, the choice marked in its column (X, ✓, ☒, a checkbox).
    mutating func readJudgementGrid(_ rows: [(path: String, row: Table.Row)], _ header: [Int: String], _ at: Location) {
        // Cheap first: "voldaan", "niet voldaan", "onvoldaan" all end so.
        guard header.values.contains(where: { $0.hasSuffix("voldaan") }) else { return }
        let headings = header.mapValues { Catalogue.fold($0.replacingHyphens) }
        guard let yes = headings.first(where: { $0.value == "voldaan" })?.key,
              let no = headings.first(where: { $0.value == "niet voldaan" || $0.value == "onvoldaan" })?.key else { return }
        for (rowPath, row) in rows.dropFirst() {
            guard let first = row.cells.first, let outcome = outcomeHeading(Block.text(of: first.blocks).trimmed) else { continue }
            func reading(_ column: Int) -> MarkReading {
                row.cells.first { $0.column == column }.map { MarkReading.read(Piece.of($0.blocks)) } ?? .empty
            }
            let choice: MarkedChoice
            switch (reading(yes), reading(no)) {
            case (.conflict(let quote), _), (_, .conflict(let quote)): choice = .conflict(quote)
            case (.unknown(let quote), _), (_, .unknown(let quote)): choice = .unknown(quote)
            case (let a, let b) where a.ticked == true && b.ticked != true: choice = .value("voldaan")
            case (let a, let b) where b.ticked == true && a.ticked != true: choice = .value("niet-voldaan")
            default: choice = .ambiguous
            }
            gridJudgements[outcome] = (choice, Location(part: at.part, path: "\(at.path)/\(rowPath)"))
        }
    }

    /// A table whose header row names fields ("Zelfreflectie", "Feedback",
    /// "Oordeel"...) and whose rows are outcomes: each cell is that field of
    /// that outcome.
    mutating func readOutcomeColumns(_ rows: [(path: String, row: Table.Row)], _ header: [Int: String], _ at: Location) {
        let named = header.filter { column, text in column > 0 && FormFields.outcomeFields.field(of: FormFields.normalise(text)) != nil }
        guard !named.isEmpty else { return }
        for (rowPath, row) in rows.dropFirst() {
            guard let first = row.cells.first else { continue }
            let rowText = Block.text(of: first.blocks).trimmed
            guard let outcome = outcomeHeading(rowText) else { continue }
            for cell in row.cells.dropFirst() {
                guard let label = named[cell.column] else { continue }
                candidates.append(Candidate(labelText: label, pieces: Piece.of(cell.blocks),
                                            control: FormReading.singleControl(cell.blocks),
                                            place: CandidatePlace(row: rowPath, in: at),
                                            outcome: outcome, method: .column, cells: row.cells, firstCellText: rowText,
                                            table: at.path))
            }
        }
    }

    /// "Label: value" in one paragraph, the label short; several such pairs
    /// separated by tabs or wide spaces ("Naam: Jan⇥Studentnummer: 123") each
    /// give a candidate. A label without a value gives none.
    func labelledParagraph(_ paragraph: Paragraph, _ text: String, _ at: @autoclosure () -> Location,
                                   _ context: String?) -> [Candidate] {
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(UInt8(ascii: ":")) }) ?? text.utf8.contains(UInt8(ascii: ":")) else {
            return context == nil ? unlabelledValue(text, at()).map { [$0] } ?? [] : []
        }
        let segments = FormReading.segments(text)
        // A line of several pairs holds its controls for none of them alone.
        if segments.count > 1 {
            let location = at()
            return segments.compactMap { segment in
                guard let colon = segment.firstIndex(of: ":") else { return nil }
                let label = String(segment[..<colon]), value = String(segment[segment.index(after: colon)...]).trimmed
                guard !label.isEmpty, label.count <= 60, !value.isEmpty else { return nil }
                return Candidate(labelText: label, pieces: [Piece(text: value, format: RunFormat())], control: nil,
                                 place: CandidatePlace(location), outcome: context, method: .paragraph, cells: [])
            }
        }
        return labelledSegment(paragraph, text, at(), context).map { [$0] } ?? []
    }

    /// Splits a line at tabs and runs of three or more spaces, keeping the
    /// parts that hold a colon.
    static func segments(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var spaces = 0
        for c in text {
            if c == "\t" || (c == " " && spaces >= 2) {
                if !current.trimmed.isEmpty { parts.append(current.trimmed) }
                current = ""
                spaces = 0
                continue
            }
            spaces = c == " " ? spaces + 1 : 0
            current.append(c)
        }
        if !current.trimmed.isEmpty { parts.append(current.trimmed) }
        return parts.filter { $0.contains(":") }
    }

    func labelledSegment(_ paragraph: Paragraph, _ text: String, _ at: Location, _ context: String?) -> Candidate? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = String(text[..<colon])
        guard label.count <= 60, !label.isEmpty, !String(text[text.index(after: colon)...]).trimmed.isEmpty else { return nil }
        var pieces = Piece.of(paragraph.inlines)
        var skip = text.distance(from: text.startIndex, to: colon) + 1
        // Leading whitespace of the paragraph was trimmed from `text`.
        skip += Inline.text(of: paragraph.inlines).prefix { $0.isWhitespace }.count
        while skip > 0, !pieces.isEmpty {
            if pieces[0].text.count <= skip {
                skip -= pieces[0].text.count
                pieces.removeFirst()
            } else {
                pieces[0].text = String(pieces[0].text.dropFirst(skip))
                skip = 0
            }
        }
        return Candidate(labelText: label, pieces: pieces, control: FormReading.singleControl([.paragraph(paragraph)]),
                         place: CandidatePlace(at), outcome: context, method: .paragraph, cells: [], holds: ControlNames(paragraph.inlines))
    }

    /// The one content control (other than a checkbox) a value holds, if the
    /// value is just that control.
    static func singleControl(_ blocks: some Sequence<Block>) -> ContentControl? {
        var found: ContentControl?, count = 0
        var other = false
        func add(_ control: ContentControl) {
            found = control
            count += 1
        }
        func visit(_ inlines: NodeList<Inline>) {
            for inline in inlines {
                switch inline {
                case .control(let c): add(c)
                case .run(let run): if !run.isDeleted && !run.isBlank { other = true }
                default: other = true
                }
            }
        }
        for block in blocks {
            switch block {
            case .paragraph(let p): visit(p.inlines)
            case .control(let c): add(c)
            case .table: other = true
            }
        }
        return count == 1 && !other ? found : nil
    }

    /// The outcome a heading names, if any: "5.1 Creëren van een positief
    /// leerklimaat", "Leeruitkomst 2: Afstemmen op de lerenden", "LUK PPI".
    func outcomeHeading(_ text: String) -> String? {
        headings.outcome(named: text)
    }

    // MARK: header tables of other shapes

    /// Header fields in rows of other shapes: labels and values in
    /// alternating cells (`Student | Bram Peters | Stud.nr. | 2088776`), or a
    /// row of labels above a row of values. Outside the outcomes' sections only.
    func headerShapes(_ cells: [Table.Cell], _ row: CandidatePlace, _ context: String?,
                      _ labelsAbove: inout [Int: (label: String, cell: Table.Cell)]) -> [Candidate] {
        guard context == nil else { return [] }
        func candidate(_ label: Table.Cell, _ value: Table.Cell, _ method: FormRecord.Source.Found) -> Candidate {
            let text = Block.text(of: label.blocks).trimmed
            return Candidate(labelText: text, pieces: Piece.of(value.blocks), control: FormReading.singleControl(value.blocks),
                             place: row, outcome: nil, method: method, cells: [label, value], firstCellText: text)
        }
        if !labelsAbove.isEmpty {
            defer { labelsAbove = [:] }
            let values = cells.compactMap { cell in labelsAbove[cell.column].map { candidate($0.cell, cell, .labelAbove) } }
            if !values.isEmpty { return values }
        }
        let texts = cells.map { Block.text(of: $0.blocks).trimmed }
        let labels = texts.map(FormFields.isHeaderLabel)
        let filled = texts.indices.filter { !texts[$0].isEmpty }
        // A row of labels begins with one (a grid of signatures begins with an empty corner).
        if labels.filter({ $0 }).count >= 2, filled.first == 0, filled.allSatisfy({ labels[$0] }) {
            labelsAbove = Dictionary(filled.map { (cells[$0].column, (texts[$0], cells[$0])) }, uniquingKeysWith: { first, _ in first })
            return []
        }
        guard cells.count >= 3, labels[0], labels.dropFirst(2).contains(true) else { return [] }
        var pairs: [Candidate] = []
        var i = 0
        while i + 1 < cells.count {
            if labels[i] {
                pairs.append(candidate(cells[i], cells[i + 1], .label))
                i += 2
            } else {
                i += 1
            }
        }
        return pairs
    }

    /// A header value after its label without a colon ("Studentnummer
    /// 2011987"), taken only when the value is plainly of the field's kind:
    /// a number, a date, a name of two to five capitalised words, a known subject.
    func unlabelledValue(_ text: String, _ at: Location) -> Candidate? {
        guard text.hasAtMostCharacters(80) else { return nil }
        let normalised = FormFields.normalise(text)
        for (field, labels) in FormFields.colonlessHeader {
            for label in labels where normalised.hasPrefix(label + " ") {
                let words = text.split(whereSeparator: \.isWhitespace)
                let labelWords = label.split(separator: " ").count
                guard words.count > labelWords else { continue }
                let value = words.dropFirst(labelWords).joined(separator: " ")
                guard FormReading.plausible(value, for: field, plugins: plugins) else { continue }
                return Candidate(labelText: label, pieces: [Piece(text: value, format: RunFormat())], control: nil,
                                 place: CandidatePlace(at), outcome: nil, method: .paragraph, cells: [])
            }
        }
        return nil
    }

    /// Whether `value` is plainly a value of the header field `field`.
    static func plausible(_ value: String, for field: String, plugins: [any SubjectPlugin]) -> Bool {
        switch field {
        case "student.number": return FormFields.isStudentNumber(value)
        case "date": return FormRecord.isoDate(value) != nil
        case "subject": return plugins.contains { $0.subject.isNamed(value) }
        case "student.name":
            let words = value.split(separator: " ")
            return (2...5).contains(words.count) && words.allSatisfy { $0.allSatisfy { $0.isLetter || "-'’.".contains($0) } }
                && words.first?.first?.isUppercase == true && words.last?.first?.isUppercase == true
        default: return false
        }
    }
}

/// A choice read from marks in a table's columns: the value, or why there is none.
enum MarkedChoice {
    case value(String)
    case ambiguous
    case unknown(String)
    case conflict(String)
}

/// The tags and folded aliases of the content controls in some content, at any depth.
struct ControlNames {
    var tags: [String] = []
    var aliases: [String] = []

    init() {}

    init(_ inlines: NodeList<Inline>) {
        inlines.forEachControlName { add($0, $1) }
    }

    init(_ items: NodeList<Table.Row.Item>) {
        items.forEachControlName { add($0, $1) }
    }

    private mutating func add(_ tag: String?, _ alias: String?) {
        if let tag, !tag.isEmpty { tags.append(tag) }
        if let alias { aliases.append(Catalogue.fold(alias)) }
    }
}

/// The outcomes' names as headings print them, folded once per converter,
/// and the reading of a heading on its folded UTF-8 bytes.
struct OutcomeHeadings: Sendable {
    private let names: [(name: [UInt8], id: String)]
    /// Words a heading may begin with before the outcome's number or name.
    private static let prefixWords: [[UInt8]] = ["leeruitkomst ", "luk ", "lu "].map { Array($0.utf8) }
    /// The ASCII letters a heading's first word can begin with (a name's, a prefix word's), by value.
    private let initials: [Bool]

    init(_ outcomes: [Outcome], plugins: [any SubjectPlugin]) {
        names = outcomes.flatMap { o in (o.aliases + [o.name]).map { (Catalogue.foldedBytes($0), o.id) } }
            + plugins.flatMap { p in p.subject.outcomes.map { (Catalogue.foldedBytes($0.name), $0.id) } }
        var initials = [Bool](repeating: false, count: 128)
        for first in (names.map(\.name) + OutcomeHeadings.prefixWords).compactMap(\.first) where first < 0x80 { initials[Int(first)] = true }
        self.initials = initials
    }

    /// Whether `text` cannot be a heading, told by its first character after
    /// numbering when that is an ASCII letter no name begins with ("Je past…"):
    /// folding leaves ASCII as it is but for case, so no folding is needed.
    private func plainlyNoHeading(_ text: String) -> Bool {
        for byte in text.utf8 {
            // White space folds to a space, which is numbering too.
            if OutcomeHeadings.isASCIINumbering(byte) || (0x09...0x0D).contains(byte) { continue }
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): return !initials[Int(byte | 0x20)]
            case UInt8(ascii: "a")...UInt8(ascii: "z"): return !initials[Int(byte)]
            default: return false
            }
        }
        return false
    }

    /// The outcome `text` names: after numbering, punctuation and the word
    /// "leeruitkomst" (or "LUK", "LU"), an outcome's name or alias, alone
    /// or followed by at most 40 characters that do not continue its last word.
    func outcome(named text: String) -> String? {
        guard !text.isEmpty, !plainlyNoHeading(text), text.hasAtMostCharacters(120) else { return nil }
        let folded = Catalogue.foldedBytes(text)
        var start = 0
        var changed = true
        while changed {
            changed = false
            while start < folded.count, let width = OutcomeHeadings.numbering(folded, at: start) {
                start += width
                changed = true
            }
            for word in OutcomeHeadings.prefixWords where OutcomeHeadings.begins(folded[start...], with: word) {
                start += word.count
                changed = true
            }
        }
        let rest = folded[start...]
        for (name, id) in names where OutcomeHeadings.begins(rest, with: name) {
            let after = rest.dropFirst(name.count)
            if after.isEmpty { return id }
            if OutcomeHeadings.startsWithLetter(after) { continue }
            if after.count <= 40 || String(decoding: after, as: UTF8.self).count <= 40 { return id }
        }
        return nil
    }

    /// The width in bytes of numbering or punctuation at `i` (a digit, `.:-–)`,
    /// a space), nil for anything else.
    private static func numbering(_ bytes: [UInt8], at i: Int) -> Int? {
        switch bytes[i] {
        case let byte where isASCIINumbering(byte): return 1
        case 0..<0x80: return nil
        default:
            let scalar = firstScalar(bytes[i...])
            guard let scalar, scalar == "–" || scalar.properties.numericType != nil else { return nil }
            return UTF8.width(scalar)
        }
    }

    /// Whether an ASCII byte is numbering or punctuation before a name (a digit, `.:-)`, a space).
    private static func isASCIINumbering(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "-"),
             UInt8(ascii: ")"), UInt8(ascii: " "):
            return true
        default: return false
        }
    }

    /// Whether `bytes` begin with `prefix`: compared in place, a byte at a
    /// time (most names differ in the first), not through iterators.
    private static func begins(_ bytes: ArraySlice<UInt8>, with prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            prefix.withUnsafeBufferPointer { prefix in
                for i in prefix.indices where bytes[i] != prefix[i] { return false }
                return true
            }
        }
    }

    private static func startsWithLetter(_ bytes: ArraySlice<UInt8>) -> Bool {
        firstScalar(bytes)?.properties.isAlphabetic ?? false
    }

    private static func firstScalar(_ bytes: ArraySlice<UInt8>) -> Unicode.Scalar? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
