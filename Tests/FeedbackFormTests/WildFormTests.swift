import Foundation
import Testing
import Docx
@testable import FeedbackForm
import PluginRegistry

/// The forms Fixtures/make_wild.py builds, filled in, around and over the
/// template's controls and in plain forms of other shapes, scored field by
/// field against what each must give: the value, or null with a diagnostic
/// naming the field ("flag"). A value that is neither is silently wrong.
@Suite struct WildFormTests {
    static let folder: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures/wild")
    }()

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".docx") }.map { String($0.dropLast(5)) }.sorted()
    }()

    private enum Score: String { case right, flagged, wrong, unflagged }

    @Test func thereAreWildForms() {
        #expect(WildFormTests.names.count >= 15)
    }

    @Test(arguments: WildFormTests.names)
    func everyFieldIsRightOrFlagged(name: String) throws {
        let data = try Data(contentsOf: WildFormTests.folder.appendingPathComponent("\(name).expected.json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let document = try DocxReader().read(contentsOf: WildFormTests.folder.appendingPathComponent("\(name).docx").path)
        let record = FormConverter(plugins: builtInPlugins).convert(document, source: name)
        #expect(record.kind.rawValue == expected["kind"] as? String, "\(name): kind")
        for code in expected["diagnostics"] as? [String] ?? [] {
            #expect(record.diagnostics.contains { $0.code.rawValue == code }, "\(name): diagnostic \(code)")
        }
        if let rows = expected["unmatchedRows"] as? Int {
            // Rows holding a mark but matching no indicator are kept, never dropped.
            #expect(record.outcomes.flatMap(\.indicators).filter { $0.id == nil }.count == rows, "\(name): rows kept without an id")
        }
        let fields = try #require(expected["fields"] as? [String: Any])
        var scores: [String: Score] = [:]
        for (path, want) in fields.sorted(by: { $0.key < $1.key }) {
            let got = WildFormTests.value(path, in: record)
            let flagged = record.diagnostics.contains { $0.where == path && $0.severity != .info }
            let score: Score
            if want as? String == "flag" {
                score = got == nil ? (flagged ? .flagged : .unflagged) : .wrong
            } else if want is NSNull {
                score = got == nil ? .right : .wrong
            } else {
                score = WildFormTests.equal(got, want) ? .right : (got == nil && flagged ? .flagged : (got == nil ? .unflagged : .wrong))
            }
            scores[path] = score
            #expect(score == .right || score == .flagged, "\(name): \(path) is \(score.rawValue): got \(String(describing: got)), want \(want)")
        }
        let tally = Dictionary(grouping: scores.values, by: \.self).mapValues(\.count)
        print("wild form \(name): \(fields.count) fields, \(tally[.right] ?? 0) right, \(tally[.flagged] ?? 0) flagged, "
              + "\(tally[.wrong] ?? 0) wrong, \(tally[.unflagged] ?? 0) missing without a word")
    }

    /// The record's value at a field path: header fields, `subject` (its code),
    /// `outcomes.<id>.judgement|confidence`, `indicators.<id>` (seen).
    private static func value(_ path: String, in record: FormRecord) -> Any? {
        switch path {
        case "student.name": return record.student.name
        case "student.number": return record.student.number
        case "subject": return record.subject?.code
        case "moment": return record.moment
        case "date": return record.date
        default: break
        }
        let steps = path.split(separator: ".", maxSplits: 1).map(String.init)
        if steps[0] == "indicators" {
            guard let seen = record.outcomes.lazy.flatMap(\.indicators).first(where: { $0.id == steps[1] })?.seen else { return nil }
            return seen
        }
        let parts = path.split(separator: ".").map(String.init)
        guard parts.count == 3, let outcome = record.outcomes.first(where: { $0.id == parts[1] }) else { return nil }
        if parts[2] == "judgement" { return outcome.judgement }
        guard let confidence = outcome.confidence else { return nil }
        return confidence
    }

    private static func equal(_ got: Any?, _ want: Any) -> Bool {
        switch (got, want) {
        case (let a as String, let b as String): return a == b
        case (let a as Bool, let b as NSNumber): return a == b.boolValue
        default: return false
        }
    }
}

@Suite struct DiagnosticCodeTests {
    /// Every code is documented in README and says itself in both languages.
    @Test func everyCodeIsDocumentedAndSpeaksDutchAndEnglish() throws {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let readme = try String(contentsOf: url.appendingPathComponent("README.md"), encoding: .utf8)
        let facts = DiagnosticFacts(field: FieldName("veld", "field"), quotes: ["x"], number: 2, expected: 2)
        for code in DiagnosticCode.allCases {
            #expect(readme.contains("`\(code.rawValue)`"), "\(code.rawValue) is not in README")
            let dutch = code.message(facts).nl, english = code.message(facts).en
            #expect(!dutch.isEmpty && !english.isEmpty && dutch != english, "\(code.rawValue)")
            #expect(code.advice.nl != code.advice.en, "\(code.rawValue) says what to do in both languages")
        }
        let one = DiagnosticFacts(field: FieldName("veld", "field"), number: 1)
        // One is one: "1 comment is", "1 opmerking".
        #expect(DiagnosticCode.documentComments.message(one).en.hasPrefix("1 comment is"))
        #expect(DiagnosticCode.documentTrackedChanges.message(one).nl.hasPrefix("1 bijgehouden wijziging is"))
        let two = DiagnosticFacts(field: FieldName("veld", "field"), quotes: ["A", "B"], number: 2)
        #expect(DiagnosticCode.documentSeveralStudents.message(two).nl.contains("(‘A’ en ‘B’)"))
    }
}

/// A row's value made together with its cells' pieces gives what making
/// them apart gives: the value as the pieces of all the cells' blocks, each
/// cell as its own blocks' pieces. Over every row of every table, nested
/// ones too, of the wild forms and of hand-made rows with several
/// paragraphs in a cell, an empty cell, or cells that give no piece.
@Suite struct CellPiecesTests {
    private static func rows(_ blocks: NodeList<Block>) -> [Table.Row] {
        blocks.flatMap { block -> [Table.Row] in
            switch block {
            case .table(let table): return table.rows + table.rows.flatMap { $0.cells.flatMap { rows($0.blocks) } }
            case .control(let control):
                if case .blocks(let inner) = control.content { return rows(inner) }
                return []
            case .paragraph: return []
            }
        }
    }

    private static func check(_ row: Table.Row) {
        let cells = row.cells
        guard cells.count >= 2 else { return }
        let value = Piece.ofCells(cells.dropFirst())
        #expect(value.all == Piece.of(cells.dropFirst().flatMap(\.blocks)))
        #expect(value.byCell.isEmpty || value.byCell == cells.dropFirst().map { Piece.of($0.blocks) })
    }

    @Test(arguments: WildFormTests.names)
    func aRowsValueAndCellsAgreeWithPiecesMadeApart(name: String) throws {
        let document = try DocxReader().read(contentsOf: WildFormTests.folder.appendingPathComponent("\(name).docx").path)
        for row in CellPiecesTests.rows(document.body) { CellPiecesTests.check(row) }
    }

    @Test func handMadeRowsAgreeToo() {
        func p(_ text: String) -> Block { .paragraph(Paragraph(inlines: text.isEmpty ? [] : [.run(Run(text: text))])) }
        func row(_ cells: [[Block]]) -> Table.Row {
            Table.Row(items: cells.enumerated().map { .cell(Table.Cell(blocks: NodeList($0.element), column: $0.offset)) })
        }
        for cells in [[[p("label")], [p("a")], [p("b")]], [[p("label")], [p("")], [p("b")]], [[p("label")], [p("a")], []],
                      [[p("label")], [p(""), p("a")], [p("b")]], [[p("label")], [p("a"), p("b")], [p("c")]],
                      [[p("label")], [p("")], [p("")]], [[p("label")], [p("a")]]] {
            CellPiecesTests.check(row(cells))
        }
    }
}
