public import Docx

/// Turns a read Word document into a ``FormRecord``, whatever way the form was
/// made: the tagged template (fields found by tag), the template after
/// LibreOffice saved it (tags gone: found by alias, label and position), or a
/// form of plain tables and paragraphs (found by label; choices read from
/// deletions, strike-through, marks and emphasis). An ambiguity is a
/// diagnostic, never a silent guess.
public struct FormConverter: Sendable {
    public let catalogue: Catalogue
    /// The subjects a form may be of; the one it is of adds its outcomes,
    /// sections and rules.
    public let plugins: [any SubjectPlugin]
    private let matcher: FormReading.IndicatorMatcher

    public init(catalogue: Catalogue = .handbook2025, plugins: [any SubjectPlugin] = []) {
        self.catalogue = catalogue
        self.plugins = plugins
        matcher = FormReading.IndicatorMatcher(catalogue.outcomes)
    }

    /// The record of `document`; `source` names the file in the record.
    public func convert(_ document: Document, source: String) -> FormRecord {
        var reading = FormReading(document: document, catalogue: catalogue, plugins: plugins, matcher: matcher, source: source)
        return reading.run()
    }
}

/// What one table row or "Label: value" paragraph offers as a field.
struct Candidate {
    /// The label, normalised (see ``FormFields/normalise(_:)``).
    var label: String
    /// The value's pieces (the cells after the label, or the text after the colon).
    var pieces: [Piece]
    /// The content control holding the value, when there is exactly one.
    var control: ContentControl?
    var location: Location
    /// The outcome whose section the field is in, if any.
    var outcome: String?
    var method: String
    /// All cells of the row, for kijkkader and skills rows.
    var cells: [Table.Cell]
    /// The text of the row's first cell, trimmed (a kijkkader row's sentence).
    var firstCellText = ""
    /// The path of the table the row is in (empty for a paragraph).
    var table = ""
    /// The first row of the row's table, folded, by grid column: what the
    /// columns mean ("gezien", "niet gezien"...).
    var header: [Int: String] = [:]
    /// The header field and the outcome field whose label this is, if any
    /// (worked out once; every field lookup compares with these).
    var headerField: String?
    var outcomeField: String?
}

/// One conversion: the document indexed once, then every field looked up.
struct FormReading {
    let document: Document
    let catalogue: Catalogue
    let plugins: [any SubjectPlugin]
    let matcher: IndicatorMatcher
    var record: FormRecord
    /// Outcome names (folded) to outcome ids: the catalogue's and every plugin's.
    private let headingNames: [(name: String, id: String)]
    private var candidates: [Candidate] = []
    private var tagged: [String: LocatedControl] = [:]
    private var byAlias: [String: [LocatedControl]] = [:]
    private var paragraphsBeforeFirstTable: [String] = []
    /// Judgements read from tables with "voldaan" and "niet voldaan" columns.
    private var gridJudgements: [String: (value: String?, location: Location)] = [:]

    static let placeholders: Set<String> = [
        "klik of tik om tekst in te voeren", "kies een item", "klik of tik om een datum in te voeren",
        "click or tap here to enter text", "choose an item", "click or tap to enter a date",
        "klik hier als u tekst wilt invoeren", "klik hier en typ",
    ]

    init(document: Document, catalogue: Catalogue, plugins: [any SubjectPlugin], matcher: IndicatorMatcher, source: String) {
        self.document = document
        self.catalogue = catalogue
        self.plugins = plugins
        self.matcher = matcher
        self.record = FormRecord(source: source)
        headingNames = catalogue.outcomes.flatMap { o in (o.aliases + [o.name]).map { (Catalogue.fold($0), o.id) } }
            + plugins.flatMap { p in p.subject.outcomes.map { (Catalogue.fold($0.name), $0.id) } }
    }

    mutating func run() -> FormRecord {
        index()
        readHeader()
        for outcome in catalogue.outcomes {
            var result = readOutcome(id: outcome.id, name: outcome.name)
            result.assessment = outcome.assessment.rawValue
            result.role = outcome.supervisorRole.rawValue
            record.outcomes.append(result)
        }
        readIndicators()
        readSkills()
        if let plugin = subjectPlugin() { readSubject(plugin) }
        readSignatures()
        readRemarks()
        return record
    }

    // MARK: indexing

    private mutating func index() {
        for located in document.contentControls {
            guard let tag = located.control.tag, !tag.isEmpty else {
                if let alias = located.control.alias { byAlias[Catalogue.fold(alias), default: []].append(located) }
                continue
            }
            if tagged[tag] != nil {
                diagnose("warning", "the tag '\(tag)' is used twice; the first is read", tag)
            } else {
                tagged[tag] = located
            }
            if let alias = located.control.alias { byAlias[Catalogue.fold(alias), default: []].append(located) }
        }
        var context: String?
        var seenTable = false
        collect(document.body, Location(part: document.mainPart, path: "body"), &context, &seenTable)
        let header = FormFields.header.map { ($0.tag, $0.labels) }, outcome = FormFields.outcome.map { ($0.suffix, $0.labels) }
        for i in candidates.indices {
            candidates[i].headerField = FormFields.bestField(candidates[i].label, among: header)
            candidates[i].outcomeField = FormFields.bestField(candidates[i].label, among: outcome)
        }
    }

    private mutating func collect(_ blocks: [Block], _ at: Location, _ context: inout String?, _ seenTable: inout Bool) {
        var counts: [String: Int] = [:]
        func next(_ kind: String) -> Int {
            counts[kind, default: 0] += 1
            return counts[kind]!
        }
        func location(_ kind: String, _ number: Int) -> Location {
            Location(part: at.part, path: "\(at.path)/\(kind)[\(number)]")
        }
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                let number = next("paragraph")
                let text = paragraph.text.trimmed
                if !seenTable { paragraphsBeforeFirstTable.append(text) }
                if let outcome = outcomeHeading(text) { context = outcome; continue }
                candidates += labelledParagraph(paragraph, text, location("paragraph", number), context)
            case .table(let table):
                seenTable = true
                let here = location("table", next("table"))
                let header = Dictionary(table.rows.first?.cells.map { ($0.column, Catalogue.fold(Block.text(of: $0.blocks).trimmed)) } ?? [],
                                        uniquingKeysWith: { first, _ in first })
                let rows = table.locatedRows
                readJudgementGrid(rows, header, here)
                readOutcomeColumns(rows, header, here)
                for (rowPath, row) in rows {
                    let rowLocation = Location(part: here.part, path: "\(here.path)/\(rowPath)")
                    let located = row.locatedCells, cells = located.map(\.cell)
                    guard let first = cells.first else { continue }
                    let label = Block.text(of: first.blocks).trimmed
                    if cells.count == 1 || cells.dropFirst().allSatisfy({ Block.text(of: $0.blocks).trimmed.isEmpty }) {
                        if let outcome = outcomeHeading(label) { context = outcome; continue }
                    }
                    if cells.count >= 2 {
                        let rest = cells.dropFirst().flatMap(\.blocks)
                        candidates.append(Candidate(label: FormFields.normalise(label), pieces: Piece.of(rest),
                                                    control: FormReading.singleControl(rest), location: rowLocation,
                                                    outcome: context, method: "label", cells: cells, firstCellText: label,
                                                    table: here.path, header: header))
                    }
                    for (c, (cellPath, cell)) in located.enumerated() {
                        // Written only for a cell that gives a candidate or holds a table.
                        func cellLocation() -> Location { Location(part: here.part, path: "\(rowLocation.path)/\(cellPath)") }
                        for block in cell.blocks {
                            // "Label: value" written inside a cell, and tables in cells.
                            switch block {
                            // A row's first cell is its label when other cells follow.
                            case .paragraph(let paragraph) where c > 0 || cells.count == 1:
                                candidates += labelledParagraph(paragraph, paragraph.text.trimmed, cellLocation(), context)
                            case .paragraph: break
                            case .table: collect([block], cellLocation(), &context, &seenTable)
                            case .control: break
                            }
                        }
                    }
                }
            case .control(let control):
                let here = location("control", next("control"))
                if case .blocks(let inner) = control.content { collect(inner, here, &context, &seenTable) }
            }
        }
    }

    /// A table with "voldaan" and "niet voldaan" columns and a row per
    /// outcome, the choice marked in its column (X, ✓, ☒, a checkbox).
    private mutating func readJudgementGrid(_ rows: [(path: String, row: Table.Row)], _ header: [Int: String], _ at: Location) {
        guard let yes = header.first(where: { $0.value == "voldaan" })?.key,
              let no = header.first(where: { $0.value == "niet voldaan" || $0.value == "onvoldaan" })?.key else { return }
        for (rowPath, row) in rows.dropFirst() {
            guard let first = row.cells.first, let outcome = outcomeHeading(Block.text(of: first.blocks).trimmed) else { continue }
            func marked(_ column: Int) -> Bool {
                row.cells.first { $0.column == column }.map { SeenReader.read(Piece.of($0.blocks)) == true } ?? false
            }
            let value: String? = marked(yes) == marked(no) ? nil : (marked(yes) ? "voldaan" : "niet-voldaan")
            gridJudgements[outcome] = (value, Location(part: at.part, path: "\(at.path)/\(rowPath)"))
        }
    }

    /// A table whose header row names fields ("Zelfreflectie", "Feedback",
    /// "Oordeel"...) and whose rows are outcomes: each cell is that field of
    /// that outcome.
    private mutating func readOutcomeColumns(_ rows: [(path: String, row: Table.Row)], _ header: [Int: String], _ at: Location) {
        let fields = FormFields.outcome.map { ($0.suffix, $0.labels) }
        let named = header.filter { column, text in column > 0 && FormFields.bestField(FormFields.normalise(text), among: fields) != nil }
        guard !named.isEmpty else { return }
        for (rowPath, row) in rows.dropFirst() {
            guard let first = row.cells.first else { continue }
            let rowText = Block.text(of: first.blocks).trimmed
            guard let outcome = outcomeHeading(rowText) else { continue }
            for cell in row.cells.dropFirst() {
                guard let label = named[cell.column] else { continue }
                candidates.append(Candidate(label: FormFields.normalise(label), pieces: Piece.of(cell.blocks),
                                            control: FormReading.singleControl(cell.blocks),
                                            location: Location(part: at.part, path: "\(at.path)/\(rowPath)"),
                                            outcome: outcome, method: "column", cells: row.cells, firstCellText: rowText,
                                            table: at.path, header: header))
            }
        }
    }

    /// "Label: value" in one paragraph, the label short; several such pairs
    /// separated by tabs or wide spaces ("Naam: Jan⇥Studentnummer: 123") each
    /// give a candidate. A label without a value gives none.
    private func labelledParagraph(_ paragraph: Paragraph, _ text: String, _ at: @autoclosure () -> Location,
                                   _ context: String?) -> [Candidate] {
        guard text.utf8.contains(UInt8(ascii: ":")) else { return [] }
        let segments = FormReading.segments(text)
        if segments.count > 1 {
            let location = at()
            return segments.compactMap { segment in
                guard let colon = segment.firstIndex(of: ":") else { return nil }
                let label = String(segment[..<colon]), value = String(segment[segment.index(after: colon)...]).trimmed
                guard !label.isEmpty, label.count <= 60, !value.isEmpty else { return nil }
                return Candidate(label: FormFields.normalise(label), pieces: [Piece(text: value, format: RunFormat())], control: nil,
                                 location: location, outcome: context, method: "paragraph", cells: [])
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

    private func labelledSegment(_ paragraph: Paragraph, _ text: String, _ at: Location, _ context: String?) -> Candidate? {
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
        return Candidate(label: FormFields.normalise(label), pieces: pieces, control: FormReading.singleControl([.paragraph(paragraph)]),
                         location: at, outcome: context, method: "paragraph", cells: [])
    }

    /// The one content control (other than a checkbox) a value holds, if the
    /// value is just that control.
    static func singleControl(_ blocks: [Block]) -> ContentControl? {
        var found: [ContentControl] = []
        var other = false
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .control(let c): found.append(c)
                case .run(let run): if !run.text.trimmed.isEmpty && !run.isDeleted { other = true }
                default: other = true
                }
            }
        }
        for block in blocks {
            switch block {
            case .paragraph(let p): visit(p.inlines)
            case .control(let c): found.append(c)
            case .table: other = true
            }
        }
        return found.count == 1 && !other ? found[0] : nil
    }

    /// The outcome a heading names, if any: "5.1 Creëren van een positief
    /// leerklimaat", "Leeruitkomst 2: Afstemmen op de lerenden", "LUK PPI".
    private func outcomeHeading(_ text: String) -> String? {
        guard !text.isEmpty, text.count <= 120 else { return nil }
        var folded = Catalogue.fold(text)
        var changed = true
        while changed {
            changed = false
            while let first = folded.first, first.isNumber || ".:-–)".contains(first) || first == " " {
                folded.removeFirst()
                changed = true
            }
            for word in ["leeruitkomst ", "luk ", "lu "] where folded.hasPrefix(word) {
                folded.removeFirst(word.count)
                changed = true
            }
        }
        for (a, id) in headingNames {
            if folded == a || (folded.hasPrefix(a) && folded.count <= a.count + 40 && !folded.dropFirst(a.count).first!.isLetter) {
                return id
            }
        }
        return nil
    }

    // MARK: finding values

    /// A field's value: by tag, then by alias, then by label in the section.
    private mutating func find(tag: String, aliases: [String], field: String, outcome: String?) -> (pieces: [Piece], control: ContentControl?, source: FormRecord.Source)? {
        if let located = tagged[tag] {
            return (Piece.of([Inline.control(located.control)]), located.control, source(located.location, "tag"))
        }
        for alias in aliases {
            // LibreOffice may split a control of several paragraphs into one per
            // paragraph, each keeping the alias: read them together.
            if let all = byAlias[Catalogue.fold(alias)], let first = all.first {
                // A control that lost its tag may also have lost its hold on
                // the paragraphs after the first (LibreOffice keeps only the
                // first): when it sits in a labelled cell, the cell is the value.
                if let row = candidates.first(where: { $0.method == "label" && first.location.path.hasPrefix($0.location.path + "/") }) {
                    return (row.pieces, nil, source(first.location, "alias"))
                }
                guard all.count > 1 else {
                    return (Piece.of([Inline.control(first.control)]), first.control, source(first.location, "alias"))
                }
                let texts = all.compactMap { FormReading.text(of: Piece.of([Inline.control($0.control)]), $0.control) }
                return ([Piece(text: texts.joined(separator: "\n"), format: RunFormat())], nil, source(first.location, "alias"))
            }
        }
        func belongs(_ candidate: Candidate) -> Bool {
            (outcome == nil ? candidate.headerField : candidate.outcomeField) == field
        }
        let matching = candidates.filter { belongs($0) && (outcome == nil ? $0.outcome == nil : $0.outcome == outcome) }
        let fallback = outcome == nil && matching.isEmpty ? candidates.first(where: belongs).map { [$0] } ?? [] : []
        let found = matching.isEmpty ? fallback : matching
        guard let first = found.first else { return nil }
        let values = Set(found.map { FormReading.text(of: $0.pieces, $0.control) ?? "" })
        if values.count > 1 {
            diagnose("warning", "the label of '\(tag)' appears \(found.count) times with different values; the first is read", tag)
        }
        return (first.pieces, first.control, source(first.location, first.method))
    }

    private func source(_ location: Location, _ method: String) -> FormRecord.Source {
        FormRecord.Source(part: location.part, path: location.path, method: method)
    }

    /// Text of a value, nil when empty or still a placeholder.
    static func text(of pieces: [Piece], _ control: ContentControl?) -> String? {
        if let control, control.showingPlaceholder { return nil }
        let text = pieces.map(\.text).joined().trimmed
        // Placeholders are short; long answers need no check.
        if text.isEmpty || FormTemplate.isPlaceholder(text) { return nil }
        return text
    }

    private mutating func text(_ path: String, tag: String, aliases: [String] = [], field: String, outcome: String? = nil) -> String? {
        guard let found = find(tag: tag, aliases: aliases, field: field, outcome: outcome) else { return nil }
        let value = value(of: found.control, orPieces: found.pieces)
        if value != nil { record.sources[path] = found.source }
        return value
    }

    private func value(of control: ContentControl?, orPieces pieces: [Piece]) -> String? {
        if let control, control.kind != .checkbox, control.kind != .richtext || control.showingPlaceholder {
            return control.value.flatMap { FormReading.text(of: [Piece(text: $0, format: RunFormat())], control) }
        }
        return FormReading.text(of: pieces, control)
    }

    private mutating func diagnose(_ severity: String, _ message: String, _ place: String) {
        record.diagnostics.append(FormDiagnostic(severity: severity, message: message, where: place))
    }

    // MARK: the header

    private mutating func readHeader() {
        func header(_ path: String, _ tag: String) -> String? {
            let alias = FormTemplate.headerFields.first { $0.tag == tag }?.label
            return text(path, tag: tag, aliases: alias.map { [$0] } ?? [], field: tag)
        }
        record.student.name = header("student.name", "student.name")
        record.student.number = header("student.number", "student.number")
        record.school = header("school", "school")
        record.supervisor = header("supervisor", "supervisor")
        record.schoolTeacherEducator = header("schoolTeacherEducator", "school-teacher-educator")
        record.instituteTeacherEducator = header("instituteTeacherEducator", "institute-teacher-educator")
        record.lessonsGiven = header("lessonsGiven", "lessons")
        if let written = header("subject", "subject") { record.subject = subject(named: written) }
        if record.subject?.code == nil, let name = record.subject?.name {
            diagnose("warning", "the subject '\(name)' is not one of the known subjects", "subject")
        }
        if let date = header("date", "date") {
            record.date = FormRecord.isoDate(date)
            if record.date == nil { diagnose("warning", "the date could not be read as a date", "date") }
        }
        record.moment = readMoment()
        if record.moment == nil, let title = paragraphsBeforeFirstTable.lazy.compactMap(FormReading.moment).first {
            record.moment = title
            record.sources["moment"] = FormRecord.Source(part: document.mainPart, path: "body", method: "heading")
        }
        if record.moment == nil, let header = document.stories.first(where: { $0.kind == .header && FormReading.moment(Block.text(of: $0.blocks)) != nil }) {
            record.moment = FormReading.moment(Block.text(of: header.blocks))
            record.sources["moment"] = FormRecord.Source(part: header.part, path: "header", method: "page-header")
        }
        if record.student.name == nil { diagnose("warning", "no student name found", "student.name") }
        if record.moment == nil { diagnose("warning", "no moment (startgesprek, tussenevaluatie, eindbeoordeling) found", "moment") }
    }

    /// The subject a subject field names: the plugin's code, and the name as
    /// the plugin gives it (or the alias written, for "Duits" in DU/FR).
    func subject(named text: String) -> FormRecord.Subject {
        guard let plugin = plugins.first(where: { $0.subject.isNamed(text) }) else { return FormRecord.Subject(code: nil, name: text) }
        let written = plugin.subject.aliases.first { Catalogue.fold($0) == Catalogue.fold(text) && $0.count > 3 }
        return FormRecord.Subject(code: plugin.subject.code, name: written ?? plugin.subject.name)
    }

    /// The moment field: a drop-down value, the one moment left, or the one
    /// marked among several (☒ Eindbeoordeling, struck or bold options).
    private mutating func readMoment() -> String? {
        guard let found = find(tag: "moment", aliases: ["Moment"], field: "moment", outcome: nil) else { return nil }
        if let control = found.control, control.showingPlaceholder { return nil }
        switch OptionReader.moment.read(found.pieces) {
        case .chosen(let value, _):
            record.sources["moment"] = found.source
            return value
        case .ambiguous:
            diagnose("warning", "the moment is marked ambiguously", "moment")
            return nil
        case .notFound:
            return nil
        }
    }

    static func moment(_ text: String) -> String? {
        let folded = Catalogue.fold(text)
        if folded.contains("startgesprek") || folded == "start" { return "startgesprek" }
        if folded.contains("tussenevaluatie") || folded.contains("tussentijds") || folded == "tussen" { return "tussenevaluatie" }
        if folded.contains("eindbeoordeling") || folded.contains("eindevaluatie") || folded == "eind" { return "eindbeoordeling" }
        return nil
    }

    // MARK: outcomes

    private mutating func readOutcome(id: String, name: String) -> OutcomeRecord {
        var result = OutcomeRecord(id: id, name: name)
        func value(_ suffix: String, _ path: String) -> String? {
            let alias = FormReading.templateAlias(suffix, name)
            return text("outcomes.\(id).\(path)", tag: "\(id).\(suffix)", aliases: alias, field: suffix, outcome: id)
        }
        result.goal = value("goal", "goal")
        result.learningActivities = value("learning-activities", "learningActivities")
        result.successCriteria = value("success-criteria", "successCriteria")
        result.selfReflection = value("self-reflection", "selfReflection")
        result.feedback = value("feedback", "feedback")
        result.indicatorsSeenFeedback = value("feedback.indicators-seen", "indicatorsSeenFeedback")
        result.developmentMade = value("feedback.development-made", "developmentMade")
        result.developmentToMake = value("feedback.development-to-make", "developmentToMake")
        result.judgement = choice(.judgement, suffix: "judgement", path: "judgement", id: id, name: name)
        result.confidence = choice(.yesNo, suffix: "confidence", path: "confidence", id: id, name: name).map { $0 == OutcomeRecord.word(for: true) }
        return result
    }

    /// The aliases the template gives a field (LibreOffice keeps some aliases when it drops the tags).
    static func templateAlias(_ suffix: String, _ outcomeName: String) -> [String] {
        let names: [String: String] = [
            "goal": "Doel", "learning-activities": "Leeractiviteiten", "success-criteria": "Wanneer tevreden",
            "self-reflection": "Zelfreflectie", "feedback": "Feedback", "judgement": "Oordeel", "confidence": "Voldoende vertrouwen",
            "feedback.indicators-seen": "Gezien", "feedback.development-made": "Doorgemaakte ontwikkeling",
            "feedback.development-to-make": "Nog te maken ontwikkeling",
        ]
        return names[suffix].map { ["\($0) – \(outcomeName)"] } ?? []
    }

    private mutating func choice(_ reader: OptionReader, suffix: String, path: String, id: String, name: String) -> String? {
        let fieldPath = "outcomes.\(id).\(path)"
        guard let found = find(tag: "\(id).\(suffix)", aliases: FormReading.templateAlias(suffix, name),
                               field: suffix, outcome: id) else {
            guard suffix == "judgement", let grid = gridJudgements[id] else { return nil }
            if let value = grid.value {
                record.sources[fieldPath] = source(grid.location, "judgement-table")
                return value
            }
            diagnose("warning", "the judgement of \(id) is marked in both columns or in none", fieldPath)
            return nil
        }
        if let control = found.control, control.showingPlaceholder { return nil }
        switch reader.read(found.pieces) {
        case .notFound:
            return nil
        case .chosen(let value, let method):
            var source = found.source
            if source.method != "tag" && source.method != "alias" { source.method += "+" + method }
            record.sources[fieldPath] = source
            return value
        case .ambiguous:
            diagnose("warning", "the \(path) of \(id) is marked ambiguously (several options look chosen, or none)", fieldPath)
            return nil
        }
    }

    // MARK: kijkkader

    /// The kijkkader: a tagged checkbox gives its indicator (with the text
    /// of the row it sits in); other rows are matched by their wording.
    private mutating func readIndicators() {
        var seen: [String: (Bool, String)] = [:]   // id -> (seen, text)
        var rowsPerTable: [String: Int] = [:]
        var taggedRows: Set<String> = []
        // Label rows by path, worked out at the first tagged checkbox (most forms read by wording have none).
        var rows: [String: Int]?
        for indicator in catalogue.indicators {
            guard let located = tagged["seen.\(indicator.id)"] else { continue }
            var text = indicator.text
            if rows == nil {
                rows = Dictionary(candidates.enumerated().filter { $0.element.method == "label" }.map { ($0.element.location.path, $0.offset) },
                                  uniquingKeysWith: { first, _ in first })
            }
            if let row = FormReading.rowPath(of: located.location.path), let i = rows?[row], !candidates[i].firstCellText.isEmpty {
                text = candidates[i].firstCellText
                taggedRows.insert(row)
                rowsPerTable[candidates[i].table, default: 0] += 1
            }
            seen[indicator.id] = (located.control.checked == true, text)
            record.sources["indicators.\(indicator.id)"] = source(located.location, "tag")
        }
        // Rows without a tagged checkbox: matched by their wording.
        var pending: [(table: String, outcome: String?, text: String, seen: Bool)] = []
        for candidate in candidates where candidate.cells.count >= 2 && !taggedRows.contains(candidate.location.path) {
            let text = candidate.firstCellText
            guard text.count >= 15 else { continue }
            let mark = FormReading.seen(candidate)
            let table = candidate.table
            if let best = matcher.bestMatch(text, in: candidate.outcome) {
                if seen[best.id] != nil { diagnose("warning", "the indicator \(best.id) appears twice; the first row is read", best.id) }
                else {
                    seen[best.id] = (mark ?? false, text)
                    record.sources["indicators.\(best.id)"] = source(candidate.location, "wording")
                }
                rowsPerTable[table, default: 0] += 1
                if mark == nil, !Piece.of(candidate.cells.dropFirst().flatMap(\.blocks)).map(\.text).joined().trimmed.isEmpty {
                    diagnose("info", "the mark of indicator \(best.id) could not be read; counted as not seen", best.id)
                }
            } else {
                pending.append((table, candidate.outcome, text, mark ?? false))
            }
        }
        // Rows in kijkkader tables that match no indicator are kept, with their text.
        let unmatched = pending.filter { (rowsPerTable[$0.table] ?? 0) >= 3 }.map { ($0.outcome, $0.text, $0.seen) }
        for i in record.outcomes.indices {
            let outcome = catalogue.outcomes[i]
            record.outcomes[i].indicators = outcome.dimensions.flatMap(\.indicators).compactMap { indicator in
                seen[indicator.id].map { IndicatorRecord(id: indicator.id, text: $0.1, seen: $0.0) }
            }
            record.outcomes[i].indicators += unmatched.filter { $0.0 == outcome.id }.map { IndicatorRecord(id: nil, text: $0.1, seen: $0.2) }
        }
        for row in unmatched where row.0 == nil {
            diagnose("info", "a kijkkader row matching no indicator lies outside any outcome's section", "indicators")
        }
    }

    /// The path of the innermost table row a path lies in
    /// (`body/table[9]/row[4]` of `body/table[9]/row[4]/cell[2]/paragraph[1]/control[1]`).
    static func rowPath(of path: String) -> String? {
        let steps = path.split(separator: "/")
        guard let last = steps.lastIndex(where: { $0.hasPrefix("row[") }) else { return nil }
        return steps[...last].joined(separator: "/")
    }

    /// Whether a kijkkader row is ticked: a mark in a column headed "niet
    /// gezien" or "nee" counts against, any other mark for.
    static func seen(_ row: Candidate) -> Bool? {
        var result: Bool?
        for cell in row.cells.dropFirst() {
            guard let mark = SeenReader.read(Piece.of(cell.blocks)) else { continue }
            let heading = row.header[cell.column] ?? ""
            let negative = heading.hasPrefix("niet") || heading.hasPrefix("nee") || heading.hasPrefix("nog niet")
            if mark && !negative { return true }
            result = false
        }
        return result
    }

    /// Matches kijkkader rows against the catalogue's sentences: equal (one
    /// dictionary lookup), one containing the other (a shortened sentence), or
    /// sharing most of their words. A row is compared with its own outcome's
    /// sentences first and with all only when none of those is close. Words
    /// are numbered once and each sentence's words kept as a bit set, so
    /// comparing a row with a sentence costs a few machine words.
    struct IndicatorMatcher: Sendable {
        private struct Key: Sendable {
            let indicator: Indicator
            let folded: String
            let bits: [UInt64]
            let wordCount: Int
        }
        private let vocabulary: [Substring: Int]
        private let keys: [Key]
        private let exact: [String: Int]
        /// The keys of each outcome, by outcome id (keys are in catalogue order).
        private let outcomeKeys: [String: Range<Int>]
        private let width: Int

        init(_ outcomes: [Outcome]) {
            let indicators = outcomes.flatMap { $0.dimensions.flatMap(\.indicators) }
            let folded = indicators.map { Catalogue.fold($0.text) }
            let words = folded.map { Set(Catalogue.words($0)) }
            var vocabulary: [Substring: Int] = [:]
            for set in words { for word in set where vocabulary[word] == nil { vocabulary[word] = vocabulary.count } }
            let width = (vocabulary.count + 63) / 64
            self.vocabulary = vocabulary
            self.width = width
            keys = indicators.indices.map { i in
                Key(indicator: indicators[i], folded: folded[i], bits: IndicatorMatcher.bits(words[i], vocabulary, width), wordCount: words[i].count)
            }
            exact = Dictionary(folded.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            var ranges: [String: Range<Int>] = [:]
            var start = 0
            for outcome in outcomes {
                let count = outcome.dimensions.reduce(0) { $0 + $1.indicators.count }
                ranges[outcome.id] = start..<start + count
                start += count
            }
            outcomeKeys = ranges
        }

        private static func bits(_ words: Set<Substring>, _ vocabulary: [Substring: Int], _ width: Int) -> [UInt64] {
            var bits = [UInt64](repeating: 0, count: width)
            for word in words { if let id = vocabulary[word] { bits[id / 64] |= 1 << UInt64(id % 64) } }
            return bits
        }

        /// The indicator a row's sentence is, preferring those of `outcome`
        /// (the section the row is in).
        func bestMatch(_ text: String, in outcome: String?) -> Indicator? {
            let folded = Catalogue.fold(text)
            if let i = exact[folded] { return keys[i].indicator }
            let words = Set(Catalogue.words(folded))
            guard !words.isEmpty else { return nil }
            let row = IndicatorMatcher.bits(words, vocabulary, width)
            let own = outcome.flatMap { outcomeKeys[$0] } ?? 0..<0
            if let best = best(in: own, folded, row, words.count) { return best }
            return best(in: 0..<own.lowerBound, folded, row, words.count) ?? best(in: own.upperBound..<keys.count, folded, row, words.count)
        }

        private func best(in range: Range<Int>, _ folded: String, _ row: [UInt64], _ wordCount: Int) -> Indicator? {
            var best: (Indicator, Double)?
            for key in keys[range] {
                var common = 0
                for i in 0..<width { common += (row[i] & key.bits[i]).nonzeroBitCount }
                guard common > 0 else { continue }
                var score = Double(common) / Double(wordCount + key.wordCount - common)
                if common == min(wordCount, key.wordCount), folded.count >= 20,
                   key.folded.utf8.count >= folded.utf8.count
                       ? IndicatorMatcher.contains(key.folded, folded) : IndicatorMatcher.contains(folded, key.folded) {
                    // All words of the shorter are in the longer: a shortened sentence, if it is a true substring.
                    score = max(score, 0.95)
                }
                if score >= 0.6, best == nil || score > best!.1 { best = (key.indicator, score) }
            }
            return best?.0
        }

        /// Substring search on UTF-8 bytes (String.contains compares characters).
        private static func contains(_ haystack: String, _ needle: String) -> Bool {
            let h = Array(haystack.utf8), n = Array(needle.utf8)
            guard n.count <= h.count, let first = n.first else { return n.isEmpty }
            var i = 0
            while i + n.count <= h.count {
                if h[i] == first, h[i..<i + n.count].elementsEqual(n) { return true }
                i += 1
            }
            return false
        }
    }

    // MARK: skills

    private mutating func readSkills() {
        for skill in catalogue.skills {
            var marked: [String] = []
            var found = false
            for phase in skill.phases {
                if let located = tagged["skill.\(skill.id).\(phase.phase.rawValue)"] {
                    found = true
                    if located.control.checked == true {
                        marked.append(phase.phase.rawValue)
                        record.sources["skills.\(skill.id)"] = source(located.location, "tag")
                    }
                }
            }
            let label = FormFields.normalise(skill.name)
            if !found, let row = candidates.first(where: { $0.cells.count >= 4 && $0.label.hasPrefix(label) }) {
                found = true
                record.sources["skills.\(skill.id)"] = source(row.location, "label")
                for (phase, cell) in zip(skill.phases, row.cells.dropFirst()) where FormReading.marked(cell) {
                    marked.append(phase.phase.rawValue)
                }
            }
            guard found else { continue }
            if marked.count > 1 {
                diagnose("warning", "several phases are marked for skill \(skill.id)", "skills.\(skill.id)")
            }
            record.skills.append(SkillRecord(id: skill.id, phase: marked.count == 1 ? marked[0] : nil))
        }
    }

    /// A skills cell counts as marked when it holds a checked box or mark, or
    /// is shaded or emphasised throughout.
    static func marked(_ cell: Table.Cell) -> Bool {
        let pieces = Piece.of(cell.blocks)
        let text = pieces.map(\.text).joined()
        if text.contains(where: { "☒☑✓✔".contains($0) }) { return true }
        if text.contains(where: { "☐□".contains($0) }) { return false }
        if SeenReader.read(pieces) == true { return true }
        return cell.shading != nil && cell.shading?.uppercased() != "FFFFFF"
    }

    // MARK: the subject

    /// The plugin of the form's subject: the one the subject field names, else
    /// the one whose outcomes or headings the form has.
    private func subjectPlugin() -> (any SubjectPlugin)? {
        if let code = record.subject?.code { return plugins.first { $0.subject.code == code } }
        let contexts = Set(candidates.compactMap(\.outcome))
        // Folded once here, not once per plugin heading.
        let texts = (paragraphsBeforeFirstTable + document.body.map(\.text)).map(Catalogue.fold)
        return plugins.first { plugin in
            plugin.subject.outcomes.contains { contexts.contains($0.id) || tagged["\($0.id).self-reflection"] != nil }
                || plugin.subject.headings.contains { heading in
                    let folded = Catalogue.fold(heading)
                    return texts.contains { $0.contains(folded) }
                }
        }
    }

    /// The subject's outcomes with their facts, its sections, and its rules:
    /// no judgement where the supervisor does not judge; two starred outcomes in year 2.
    private mutating func readSubject(_ plugin: any SubjectPlugin) {
        let subject = plugin.subject
        if record.subject == nil {
            record.subject = FormRecord.Subject(code: subject.code, name: subject.name)
            record.sources["subject"] = FormRecord.Source(part: document.mainPart, path: "body", method: "subject-outcomes")
        }
        var addressed = 0
        // The subject part counts only where the form has it at all.
        let present = subject.outcomes.contains { outcome in
            candidates.contains { $0.outcome == outcome.id } || tagged.keys.contains { $0.hasPrefix(outcome.id + ".") }
        }
        for outcome in subject.outcomes {
            var result = readOutcome(id: outcome.id, name: outcome.name)
            result.subject = subject.code
            result.ects = outcome.ects
            result.starred = outcome.starred
            result.role = outcome.role.rawValue
            let path = "outcomes.\(outcome.id).judgement"
            if result.judgement != nil && outcome.role != .assess {
                if outcome.pilotRole == .assess {
                    diagnose("info", "a judgement on \(outcome.id): the supervisor assesses it only for students in the pilot", path)
                } else {
                    diagnose("warning", "a judgement on \(outcome.id), where the supervisor has no judging role (\(outcome.role.rawValue))", path)
                }
            }
            if outcome.starred && [result.selfReflection, result.feedback, result.judgement].contains(where: { $0 != nil }) {
                addressed += 1
            }
            record.outcomes.append(result)
        }
        if present && subject.outcomes.contains(where: \.starred) && addressed != Subject.starredInYear2 {
            diagnose("warning", "\(addressed) starred \(subject.code) outcomes are addressed; in year 2 the student shows \(Subject.starredInYear2)",
                     "outcomes")
        }
        plugin.readSections(of: document, into: &record)
    }

    // MARK: signatures and remarks

    private mutating func readSignatures() {
        for (role, labels) in FormFields.signatures {
            var signature = FormRecord.Signature(role: role)
            if let name = tagged["signature.\(role).name"] { signature.name = value(of: name.control, orPieces: Piece.of([Inline.control(name.control)])) }
            if let date = tagged["signature.\(role).date"] { signature.date = date.control.value.flatMap(FormRecord.isoDate) }
            if tagged["signature.\(role).name"] == nil,
               let row = candidates.last(where: { $0.cells.count >= 3 && FormFields.match($0.label, labels) == $0.label }) {
                signature.name = FormReading.text(of: Piece.of(row.cells[1].blocks), FormReading.singleControl(row.cells[1].blocks))
                signature.date = FormReading.text(of: Piece.of(row.cells[2].blocks), FormReading.singleControl(row.cells[2].blocks))
                    .flatMap(FormRecord.isoDate)
            }
            if signature.name != nil || signature.date != nil { record.signatures.append(signature) }
        }
    }

    private mutating func readRemarks() {
        func outcome(holding text: String?) -> String? {
            guard let text, !text.trimmed.isEmpty else { return nil }
            return record.outcomes.first { o in
                [o.selfReflection, o.feedback, o.indicatorsSeenFeedback, o.developmentMade, o.developmentToMake, o.goal]
                    .contains { $0?.contains(text) == true }
            }?.id
        }
        record.comments = document.comments.map { comment in
            FormRecord.Remark(author: comment.author, date: comment.date, text: Block.text(of: comment.blocks),
                              anchor: comment.anchorText, outcome: outcome(holding: comment.anchorText))
        }
        record.insertions = document.trackedChanges.filter { $0.kind == .insertion || $0.kind == .moveTo }.map { change in
            FormRecord.Remark(author: change.author, date: change.date, text: change.text, anchor: nil, outcome: outcome(holding: change.text))
        }
    }
}
