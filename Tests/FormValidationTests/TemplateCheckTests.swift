import Foundation
import Testing
import Docx
import DocxWriter
import FeedbackForm
@testable import FormValidation
import PluginRegistry

/// The template docxforms writes, as a model (most tests change it and check).
private func template(subject: String? = nil) -> Document {
    FormTemplate(plugins: builtInPlugins, subject: subject.flatMap { code in builtInPlugins.first { $0.subject.code == code } }).document()
}

private func check(_ document: Document) -> [Finding] {
    TemplateCheck(plugins: builtInPlugins).findings(in: document)
}

private func rules(_ findings: [Finding]) -> Set<String> { Set(findings.map(\.rule)) }

/// Every run in the document changed by `transform`.
private func rewriteRuns(_ document: Document, _ transform: (Run) -> Run) -> Document {
    var copy = document
    copy.body = mapBlocks(document.body, blocks: { $0 }, run: transform)
    return copy
}

/// Rebuilds blocks bottom-up: `blocks` sees every list of blocks (after its
/// children were rebuilt), `run` every run.
private func mapBlocks(_ list: NodeList<Block>, blocks: (NodeList<Block>) -> NodeList<Block>, run: (Run) -> Run) -> NodeList<Block> {
    func inlines(_ list: NodeList<Inline>) -> NodeList<Inline> {
        NodeList(list.map { inline in
            switch inline {
            case .run(let r): return .run(run(r))
            case .control(var c): c.content = content(c.content); return .control(c)
            default: return inline
            }
        })
    }
    func content(_ content: ContentControl.Content) -> ContentControl.Content {
        switch content {
        case .blocks(let b): return .blocks(mapBlocks(b, blocks: blocks, run: run))
        case .inlines(let i): return .inlines(inlines(i))
        default: return content
        }
    }
    return blocks(NodeList(list.map { block in
        switch block {
        case .paragraph(var p): p.inlines = inlines(p.inlines); return .paragraph(p)
        case .control(var c): c.content = content(c.content); return .control(c)
        case .table(var t):
            t.items = NodeList(t.items.map { item in
                guard case .row(var row) = item else { return item }
                row.items = NodeList(row.items.map { cellItem in
                    guard case .cell(var cell) = cellItem else { return cellItem }
                    cell.blocks = mapBlocks(cell.blocks, blocks: blocks, run: run)
                    return .cell(cell)
                })
                return .row(row)
            })
            return .table(t)
        }
    }))
}

/// Every table row replaced by what `transform` gives for it.
private func rewriteRows(_ document: Document, _ transform: @escaping (Table.Row) -> [Table.Row]) -> Document {
    var copy = document
    copy.body = mapBlocks(document.body, blocks: { list in
        NodeList(list.map { block in
            guard case .table(var table) = block else { return block }
            table.items = NodeList(table.items.flatMap { item -> [Table.Item] in
                guard case .row(let row) = item else { return [item] }
                return transform(row).map { .row($0) }
            })
            return .table(table)
        })
    }, run: { $0 })
    return copy
}

/// Every control in the document changed by `transform` (nil removes it).
private func rewriteControls(_ document: Document, _ transform: @escaping (ContentControl) -> ContentControl?) -> Document {
    var copy = document
    func inlines(_ list: NodeList<Inline>) -> NodeList<Inline> {
        NodeList(list.compactMap { inline in
            guard case .control(let c) = inline else { return inline }
            return transform(c).map { .control($0) }
        })
    }
    copy.body = mapBlocks(document.body, blocks: { list in
        NodeList(list.compactMap { block in
            switch block {
            case .paragraph(var p): p.inlines = inlines(p.inlines); return .paragraph(p)
            case .control(let c): return transform(c).map { .control($0) }
            case .table: return block
            }
        })
    }, run: { $0 })
    return copy
}

private let altered = Catalogue.handbook2025.indicators[3]

@Suite struct TemplateCheckTests {
    /// Written to .docx and read back, the general template and every subject's have no findings.
    @Test(arguments: [nil] + builtInPlugins.map(\.subject.code))
    func theTemplateDocxformsWritesValidatesClean(subject: String?) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("template-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: url) }
        try DocxWriter(title: FormTemplate.title).write(template(subject: subject), to: url.path)
        let document = try DocxReader().read(contentsOf: url.path)
        let findings = check(document)
        #expect(findings.isEmpty, "\(findings.map { "\($0.rule) \($0.location) \($0.message.en)" })")
    }

    @Test func aChangedIndicatorSentenceIsNamedWithAWordDiff() throws {
        let changed = altered.text.replacingOccurrences(of: "tijdens de les", with: "in de les")
        try #require(changed != altered.text)
        let findings = check(rewriteRuns(template()) { run in
            run.text == altered.text ? Run(text: changed, format: run.format, change: run.change) : run
        })
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "indicator-wording")
        #expect(finding.severity == .error)
        #expect(finding.message.nl.contains(altered.id))
        #expect(finding.message.nl.contains("[-tijdens-] {+in+} de les."))
    }

    /// Kijkkader rows inside a row-level control (a repeating section, say)
    /// are traced from their tagged checkbox to their own row all the same.
    @Test func aChangedSentenceInARowLevelControlIsNamedToo() throws {
        let changed = altered.text.replacingOccurrences(of: "tijdens de les", with: "in de les")
        var document = rewriteRuns(template()) { run in
            run.text == altered.text ? Run(text: changed, format: run.format, change: run.change) : run
        }
        document.body = NodeList(document.body.map { block in
            guard case .table(var table) = block, table.items.count > 2 else { return block }
            var wrapper = ContentControl(kind: .repeatingSection, level: .row, content: .rows(NodeList(table.items.dropFirst())))
            wrapper.tag = "kijkkader-rijen"
            table.items = [table.items[0], .control(wrapper)]
            return .table(table)
        })
        let wording = check(document).filter { $0.rule == "indicator-wording" }
        #expect(wording.count == 1)
        #expect(wording.first?.message.nl.contains(altered.id) == true)
        #expect(wording.first?.message.nl.contains("[-tijdens-] {+in+} de les.") == true)
    }

    @Test func aMissingAndAnExtraIndicatorAreReported() throws {
        let extra = "Je zingt elke les het volkslied met de klas."
        let findings = check(rewriteRows(template()) { row in
            guard Block.text(of: row.cells.first?.blocks ?? .empty) == altered.text else { return [row] }
            // The indicator's row gone; a row of the indicator's table that is in no handbook added.
            return [Table.Row(items: [.cell(Table.Cell(blocks: [.paragraph(Paragraph(inlines: [.run(Run(text: extra))]))], column: 0)),
                                      .cell(Table.Cell(blocks: [.paragraph(Paragraph(inlines: [.run(Run(text: "☐"))]))], column: 1))])]
        })
        #expect(rules(findings) == ["indicator-missing", "indicator-extra"])
        #expect(findings.first { $0.rule == "indicator-missing" }?.location == "indicators.\(altered.id)")
        #expect(findings.first { $0.rule == "indicator-extra" }?.message.nl.contains(extra) == true)
    }

    @Test func aMissingOutcomeIsOneFinding() throws {
        let ict = try #require(Catalogue.handbook2025.outcomes.first { $0.id == "ict" })
        var document = rewriteControls(template()) { $0.tag?.hasPrefix("ict.") == true ? nil : $0 }
        document = rewriteRuns(document) { run in
            run.text == ict.name ? Run(text: "Iets anders", format: run.format, change: run.change) : run
        }
        let findings = check(document)
        #expect(findings.filter { $0.outcome == "ict" && $0.rule != "indicator-missing" }.map(\.rule) == ["outcome-missing"])
    }

    @Test func controlsAreTaggedOnceWithKnownTagsOfTheRightKindAndOptions() throws {
        let document = rewriteControls(template()) { control in
            var c = control
            switch control.tag {
            case "school": c.tag = nil                                       // untagged
            case "supervisor": c.tag = "school-teacher-educator"             // duplicate
            case "lessons": c.tag = "lessen"                                 // unknown (and lessons missing)
            case "afstemmen.judgement": c.kind = .text                       // wrong kind
            case "ppi.feedback.development-made": c.kind = .richtext         // text and rich text are alike: fine
            case "positief-leerklimaat.judgement": c.listItems.removeLast()  // an option short
            default: break
            }
            return c
        }
        let findings = check(document)
        #expect(rules(findings) == ["control-untagged", "tag-duplicate", "tag-unknown", "control-missing", "control-kind", "control-options"])
        #expect(findings.first { $0.rule == "control-missing" }?.location == "lessons")
        #expect(findings.first { $0.rule == "control-kind" }?.outcome == "afstemmen")
        #expect(findings.first { $0.rule == "control-options" }?.message.nl.contains("voldaan, niet voldaan") == true)
        #expect(findings.first { $0.rule == "control-untagged" }?.location.hasPrefix("word/document.xml#body/") == true)
    }

    /// As LibreOffice saves a template: every control without its tag. One
    /// finding names the likely cause, instead of one per control and per tag.
    @Test func aTemplateWithNoTagAtAllIsOneFindingThatNamesLibreOffice() throws {
        let document = rewriteControls(template()) { control in
            var c = control
            c.tag = nil
            return c
        }
        let findings = check(document)
        #expect(rules(findings) == ["control-untagged"])
        #expect(findings.filter { $0.rule == "control-untagged" }.count == 1)
        #expect(findings.first?.message.nl.contains("LibreOffice") == true)
        #expect(findings.first?.location == "word/document.xml")
        #expect(!findings.contains { $0.rule == "control-missing" })
    }

    @Test func aFilledTemplateIsReported() throws {
        let document = rewriteControls(template()) { control in
            var c = control
            if control.tag == "student.name" {
                c.showingPlaceholder = false
                c.content = .inlines([.run(Run(text: "Sam"))])
            }
            if control.tag?.hasPrefix("seen.afstemmen.") == true { c.checked = true }
            return c
        }
        let findings = check(document)
        #expect(rules(findings) == ["template-filled"])
        #expect(findings.count == 1 + 24)
        // A placeholder that lost its placeholder flag (as after some editors) is still empty.
        let resaved = rewriteControls(template()) { control in
            var c = control
            c.showingPlaceholder = false
            return c
        }
        #expect(check(resaved).isEmpty)
    }

    @Test func trackedChangesAndCommentsLeftBehindAreReported() {
        var document = template()
        document.comments = [Comment(id: "1", author: "A", initials: nil, date: nil, blocks: [])]
        document.trackedChanges = [TrackedChange(kind: .insertion, author: "A", date: nil, text: "x", part: "word/document.xml")]
        #expect(rules(check(document)) == ["tracked-changes", "comments-left"])
    }
}

@Suite struct WordDiffTests {
    @Test func differencesAreMarkedWordByWord() {
        #expect(WordDiff.render(from: "a b c d", to: "a x c d e") == "a [-b-] {+x+} c d {+e+}")
        #expect(WordDiff.render(from: "Je past je uitleg aan.", to: "Je past je uitleg aan,") == "Je past je uitleg [-aan.-] {+aan,+}")
        #expect(WordDiff.render(from: "zelfde", to: "zelfde") == "zelfde")
    }
}
