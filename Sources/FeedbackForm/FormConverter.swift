public import Docx

/// Turns a read Word document into a ``FormRecord``, whatever way the form was
/// made: the tagged template (fields found by tag), the template after
/// LibreOffice saved it (tags gone: found by alias, label and position), or a
/// form of plain tables and paragraphs (found by label; choices read from
/// deletions, strike-through, marks and emphasis). Every value is right or
/// null with a diagnostic that names the field and says why; never a guess.
///
/// The reading is spread over files by job: indexing the document into
/// candidates (`FormReading+Index`), the header (`+Header`), the outcomes and
/// their choices (`+Outcomes`), the kijkkader (`+Kijkkader`), skills,
/// signatures and remarks (`+Remarks`), and what document it is (`+Kind`).
public struct FormConverter: Sendable {
    public let catalogue: Catalogue
    /// The subjects a form may be of; the one it is of adds its outcomes,
    /// sections and rules.
    public let plugins: [any SubjectPlugin]
    private let matcher: FormReading.IndicatorMatcher
    private let headings: OutcomeHeadings
    private let names: FieldNames

    public init(catalogue: Catalogue = .handbook2025, plugins: [any SubjectPlugin] = []) {
        self.catalogue = catalogue
        self.plugins = plugins
        matcher = FormReading.IndicatorMatcher(catalogue.outcomes)
        headings = OutcomeHeadings(catalogue.outcomes, plugins: plugins)
        names = FieldNames(outcomes: catalogue.outcomes.map { ($0.id, $0.name) }
                                         + plugins.flatMap { $0.subject.outcomes.map { ($0.id, $0.name) } },
                           skills: catalogue.skills, plugins: plugins)
    }

    /// The record of `document`; `source` names the file in the record. A
    /// document that is no form gives a record of kind `not-a-form`.
    public func convert(_ document: Document, source: String) -> FormRecord {
        var reading = FormReading(document: document, catalogue: catalogue, plugins: plugins, matcher: matcher, headings: headings,
                                  names: names, source: source)
        return reading.run()
    }

    /// The record of `document`, its diagnostics said in `language`, or the
    /// error that it is no form (``DocxError/Kind/notAForm``, naming `source`).
    public func record(of document: Document, source: String, language: Language = .nl) throws(DocxError) -> FormRecord {
        var record = convert(document, source: source)
        if record.kind == .notAForm { throw DocxError(file: source, kind: .notAForm) }
        record.speak(language)
        return record
    }
}

/// What one table row or "Label: value" paragraph offers as a field. A
/// class: the fields' lookups scan the document's candidates many times,
/// and a reference is what they pass around, not a copy of the row.
final class Candidate {
    /// The label as the form writes it.
    let labelText: String
    /// The label, normalised (see ``FormFields/normalise(_:)``): made when
    /// first asked for, as most rows (a kijkkader's sentences) never are.
    private(set) lazy var label = FormFields.normalise(labelText)
    /// The value's pieces (the cells after the label, or the text after the colon).
    var pieces: [Piece]
    /// The content control holding the value, when there is exactly one.
    var control: ContentControl?
    /// Where it is; its ``location`` made from it when first asked for (most rows are never a source nor quoted).
    let place: CandidatePlace
    private(set) lazy var location = place.location
    /// The outcome whose section the field is in, if any.
    var outcome: String?
    var method: FormRecord.Source.Found
    /// All cells of the row, for kijkkader and skills rows.
    var cells: [Table.Cell]
    /// The text of the row's first cell, trimmed (a kijkkader row's sentence).
    var firstCellText = ""
    /// The path of the table the row is in (empty for a paragraph).
    var table = ""
    /// The first row of the row's table, folded, by grid column: what the
    /// columns are for ("gezien", "niet gezien", "toelichting"; see ``ColumnKind``).
    var header: [Int: String] = [:]
    /// The header field and the outcome field whose label this is, if any
    /// (worked out once; every field lookup compares with these).
    var headerField: String?
    var outcomeField: String?
    /// The tags and aliases of the controls in the row or paragraph.
    var holds = ControlNames()
    /// Whether the row is one of the complex-skills table's (worked out once, when indexing).
    var isSkillRow = false
    /// The pieces of each cell after the first, when made with ``pieces`` (see ``Piece/ofCells(_:)``).
    var restCellPieces: [[Piece]] = []

    /// The pieces of cell `i` of ``cells``: made with the value where they were, else now.
    func pieces(ofCell i: Int) -> [Piece] {
        i >= 1 && i - 1 < restCellPieces.count ? restCellPieces[i - 1] : Piece.of(cells[i].blocks)
    }

    init(labelText: String, pieces: [Piece], control: ContentControl?, place: CandidatePlace, outcome: String?,
         method: FormRecord.Source.Found, cells: [Table.Cell], firstCellText: String = "", table: String = "",
         header: [Int: String] = [:], holds: ControlNames = ControlNames()) {
        self.labelText = labelText
        self.pieces = pieces
        self.control = control
        self.place = place
        self.outcome = outcome
        self.method = method
        self.cells = cells
        self.firstCellText = firstCellText
        self.table = table
        self.header = header
        self.holds = holds
    }

    /// Whether the row is a signature row ("Student | name | date"): its
    /// name is who signed, not a header field.
    var isSignature: Bool {
        cells.count >= 3 && FormFields.signatures.contains { $0.labels.contains(label) }
    }
}

/// Where a candidate is: a table row's path kept as its table's and its own
/// below it (`body/table[2]` and `row[3]`), joined only when asked for; any
/// other path whole.
struct CandidatePlace: Hashable {
    let part: String
    let base: String
    /// The row's path below `base`; empty when `base` is the whole path.
    let step: String

    init(_ location: Location) {
        part = location.part
        base = location.path
        step = ""
    }

    init(row step: String, in table: Location) {
        part = table.part
        base = table.path
        self.step = step
    }

    var location: Location { Location(part: part, path: step.isEmpty ? base : "\(base)/\(step)") }

    /// Whether the path ends in a first row (`…/row[1]`).
    var isFirstRow: Bool {
        let suffix = "/row[1]".utf8.reversed()
        // Paths are ASCII: compared as bytes, without Unicode's equivalence rules.
        if step.isEmpty { return base.utf8.reversed().starts(with: suffix) }
        return step.utf8.elementsEqual("row[1]".utf8) || step.utf8.reversed().starts(with: suffix)
    }
}

/// What a table column is for, as its heading says: notes beside a row, a
/// mark for (or against) it, or anything else.
enum ColumnKind {
    case note, mark, negativeMark, other

    /// The kind of each column of a table, from its first row's folded texts.
    static func of(_ header: [Int: String]) -> [Int: ColumnKind] {
        header.mapValues { heading in
            if Vocabulary.heading(heading, isOneOf: Vocabulary.noteColumnHeadings) { return .note }
            // A column of marks, for or against ("Niet voldaan" heads a judgement, not a mark column).
            guard Vocabulary.heading(heading, isOneOf: Vocabulary.markColumnHeadings) else { return .other }
            return Vocabulary.isNegativeHeading(heading) ? .negativeMark : .mark
        }
    }
}

/// A field's value as found: its pieces, the control holding it (if one), and where.
struct Found {
    var pieces: [Piece]
    var control: ContentControl?
    var source: FormRecord.Source
    /// For a tagged control holding a value: the whole row or paragraph it
    /// sits in, so that what is typed beside it can be weighed too.
    var surroundings: [Piece]?
}

/// One conversion: the document indexed once, then every field looked up.
struct FormReading {
    let document: Document
    let catalogue: Catalogue
    let plugins: [any SubjectPlugin]
    let matcher: IndicatorMatcher
    var record: FormRecord
    /// The catalogue's and every plugin's outcome names, for reading headings.
    let headings: OutcomeHeadings
    /// Every outcome's and skill's tags, places, aliases and labels.
    let names: FieldNames
    var candidates: [Candidate] = []
    var tagged: [String: LocatedControl] = [:]
    var byAlias: [String: [LocatedControl]] = [:]
    var paragraphsBeforeFirstTable: [String] = []
    /// The labelled row or "Label: value" paragraph holding each tagged
    /// control (the innermost), by tag; and the labelled row holding each
    /// control by its folded alias (the first).
    var holders: [String: Int] = [:]
    var aliasHolders: [String: Int] = [:]
    /// The candidates whose label is a header field's, and an outcome field's, by field, in document order.
    var byHeaderField: [String: [Candidate]] = [:]
    var byOutcomeField: [String: [Candidate]] = [:]
    /// Judgements read from tables with "voldaan" and "niet voldaan" columns.
    var gridJudgements: [String: (value: MarkedChoice, location: Location)] = [:]

    init(document: Document, catalogue: Catalogue, plugins: [any SubjectPlugin], matcher: IndicatorMatcher,
         headings: OutcomeHeadings, names: FieldNames, source: String) {
        self.document = document
        self.catalogue = catalogue
        self.plugins = plugins
        self.matcher = matcher
        self.headings = headings
        self.names = names
        self.record = FormRecord(source: source)
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
        recogniseDocument()
        return record
    }

    // MARK: finding values

    /// A field's value: by tag, then by alias, then by label in the section.
    /// A control left at its placeholder (or empty) with the value typed
    /// beside it (same paragraph, same cell, the next cell) gives the typed
    /// value. A label found with different values gives nothing and a
    /// diagnostic quoting them. `aliases` are folded (``Catalogue/fold(_:)``).
    mutating func find(tag: String, aliases: [String], field: String, outcome: String?, path: String,
                       reader: OptionReader? = nil) -> Found? {
        if let located = tagged[tag] {
            var own = Found(pieces: Piece.of(Inline.control(located.control)), control: located.control,
                            source: source(located.location, .tag))
            if let typed = beside(located, own) { return typed }
            own.surroundings = surroundings(of: located)?.pieces
            return own
        }
        for alias in aliases {
            // LibreOffice may split a control of several paragraphs into one per
            // paragraph, each keeping the alias: read them together.
            if let all = byAlias[alias], let first = all.first {
                // A control that lost its tag may also have lost its hold on
                // the paragraphs after the first (LibreOffice keeps only the
                // first): when it sits in a labelled cell, the cell is the value.
                if let row = aliasHolders[alias].map({ candidates[$0] }) {
                    return Found(pieces: row.pieces, control: nil, source: source(first.location, .alias))
                }
                guard all.count > 1 else {
                    return Found(pieces: Piece.of(Inline.control(first.control)), control: first.control, source: source(first.location, .alias))
                }
                let texts = all.compactMap { FormReading.text(of: Piece.of(Inline.control($0.control)), $0.control) }
                return Found(pieces: [Piece(text: texts.joined(separator: "\n"), format: RunFormat())], control: nil,
                             source: source(first.location, .alias))
            }
        }
        // The candidates labelled as this field; a header field's outside signature rows.
        let labelled = ((outcome == nil ? byHeaderField[field] : byOutcomeField[field]) ?? []).filter { outcome != nil || !$0.isSignature }
        let matching = labelled.filter { $0.outcome == outcome }
        let fallback = outcome == nil && matching.isEmpty ? Array(labelled.prefix(1)) : []
        let found = matching.isEmpty ? fallback : matching
        guard let first = found.first else { return nil }
        let texts = found.map { FormReading.text(of: $0.pieces, $0.control) }
        var values: [String] = []
        for text in texts.compactMap({ $0 }) where !values.contains(text) { values.append(text) }
        // A choice written twice means one thing if both say the same option ("not met", "niet voldaan").
        let meanings = reader.map { reader in
            Set(zip(found, texts).compactMap { candidate, text in text.map { reader.read(candidate.pieces).value ?? $0 } })
        }
        if values.count > 1 && (meanings?.count ?? 2) > 1 {
            diagnose(outcome == nil ? .headerAmbiguous : .fieldAmbiguous, path, quotes: values)
            return nil
        }
        let chosen = texts.firstIndex { $0 != nil }.map { found[$0] } ?? first
        return Found(pieces: chosen.pieces, control: chosen.control, source: source(chosen.location, chosen.method))
    }

    /// The value typed beside a control left untouched: the text of the
    /// labelled row or "Label: value" paragraph the control sits in, without
    /// the control's placeholder. Nil when the control holds a value or
    /// nothing is typed beside it.
    private func beside(_ located: LocatedControl, _ own: Found) -> Found? {
        let control = located.control
        guard control.kind != .checkbox, control.showingPlaceholder || FormReading.text(of: own.pieces, nil) == nil,
              let around = surroundings(of: located), FormReading.text(of: around.pieces, nil) != nil else { return nil }
        return Found(pieces: around.pieces, control: nil, source: source(located.location, .besideControl))
    }

    /// The labelled row or "Label: value" paragraph a tagged control sits in.
    func surroundings(of located: LocatedControl) -> Candidate? {
        located.control.tag.flatMap { holders[$0] }.map { candidates[$0] }
    }

    func source(_ location: Location, _ found: FormRecord.Source.Found) -> FormRecord.Source {
        FormRecord.Source(part: location.part, path: location.path, found: found)
    }

    /// Text of a value, nil when empty or still a placeholder. A value typed
    /// after a placeholder that stayed ("Klik of tik om tekst in te voeren. Bram
    /// Peters") is the typed part.
    static func text(of pieces: [Piece], _ control: ContentControl?) -> String? {
        if let control, control.showingPlaceholder { return nil }
        var text = pieces.map(\.text).joined().trimmed
        if let placeholder = Vocabulary.placeholder(beginning: text) {
            text = String(text.dropFirst(placeholder.count)).trimmed
        }
        // Placeholders are short; long answers need no check.
        // A cell holding only another field's label ("Supervisor | Date:") holds no value.
        if text.isEmpty || FormTemplate.isPlaceholder(text) || FormFields.isHeaderLabel(text) { return nil }
        return text
    }

    /// A field's text as ``find(tag:aliases:field:outcome:path:reader:)`` finds it, its source noted under `path`.
    mutating func text(_ path: String, tag: String, aliases: [String] = [], field: String, outcome: String? = nil) -> String? {
        guard let found = find(tag: tag, aliases: aliases, field: field, outcome: outcome, path: path) else { return nil }
        let value = value(of: found.control, orPieces: found.pieces)
        if value != nil { record.sources[path] = found.source }
        return value
    }

    func value(of control: ContentControl?, orPieces pieces: [Piece]) -> String? {
        if let control, control.kind != .checkbox, control.kind != .richtext || control.showingPlaceholder {
            return control.value.flatMap { FormReading.text(of: [Piece(text: $0, format: RunFormat())], control) }
        }
        return FormReading.text(of: pieces, control)
    }

    /// Takes back a value that was read but cannot stand: says why on `path`
    /// and drops where it came from (the caller nulls the value itself).
    mutating func withdraw(_ path: String, _ code: DiagnosticCode, quotes: [String]) {
        diagnose(code, path, quotes: quotes)
        record.sources[path] = nil
    }

    /// Records a diagnostic on the field at `place`.
    mutating func diagnose(_ code: DiagnosticCode, _ place: String, quotes: [String] = [], number: Int? = nil, expected: Int? = nil,
                           severity: Severity? = nil) {
        let facts = DiagnosticFacts(field: fieldName(place), quotes: quotes, number: number, expected: expected)
        record.diagnostics.append(FormDiagnostic(code, where: place, facts: facts, severity: severity))
    }

    /// A field path as a person names the field, in Dutch and English.
    func fieldName(_ path: String) -> FieldName {
        if let name = FieldName.header[path] { return name }
        let steps = path.split(separator: ".").map(String.init)
        if steps.count == 3, steps[0] == "outcomes" {
            let outcome = catalogue.outcomes.first { $0.id == steps[1] }?.name
                ?? plugins.lazy.flatMap(\.subject.outcomes).first { $0.id == steps[1] }?.name ?? steps[1]
            return .outcomeField(steps[2], outcome: outcome)
        }
        if steps.first == "indicators" || steps.first == "seen" { return .indicator(steps.dropFirst().joined(separator: ".")) }
        if steps.first == "skills", steps.count == 2 {
            return .skill(catalogue.skills.first { $0.id == steps[1] }?.name ?? steps[1])
        }
        return FieldName(path, path)
    }
}
