import Foundation
import Testing
import Docx
import DocxWriter
@testable import FeedbackForm
import PluginRegistry

/// The template's .docx bytes, written once.
private let templateBytes: [UInt8] = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("docxforms-template-\(UUID().uuidString).docx").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
        try DocxWriter(title: FormTemplate.title).write(FormTemplate().document(), to: path)
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
        Issue.record("template could not be written: \(error)")
        return []
    }
}()

/// The template as a reader sees it after writing it to a .docx. Read anew
/// each time: a model kept in a global until exit holds pointers in enum
/// payloads that LeakSanitizer cannot follow (reported as leaks under ASan).
private func written() -> Document {
    do {
        return try DocxReader().read(bytes: templateBytes, name: "template.docx")
    } catch {
        Issue.record("template could not be read: \(error)")
        return Document(mainPart: "", body: [])
    }
}

private func controls() -> [ContentControl] { written().contentControls.map(\.control) }
private func control(_ tag: String) -> ContentControl? { controls().first { $0.tag == tag } }

@Suite struct TemplateTests {
    @Test func everyFieldIsTaggedOnceAndNamed() {
        let tags = controls().compactMap(\.tag)
        #expect(tags.count == controls().count)
        #expect(Set(tags).count == tags.count)
        #expect(controls().allSatisfy { ($0.alias ?? "").isEmpty == false })
        #expect(written().diagnostics.isEmpty)
    }

    @Test func headerFieldsHaveTheirLabelBeside() throws {
        guard case .table(let header) = written().body[3] else { Issue.record("no header table"); return }
        for (row, field) in zip(header.rows, FormTemplate.headerFields) {
            #expect(Block.text(of: row.cells[0].blocks) == field.label)
            let inCell = row.cells[1].blocks.compactMap { block -> String? in
                guard case .paragraph(let p) = block, case .control(let c) = p.inlines.first else { return nil }
                return c.tag
            }
            #expect(inCell == [field.tag])
        }
        #expect(control("moment")?.listItems.map(\.value) == ["startgesprek", "tussenevaluatie", "eindbeoordeling"])
        #expect(control("date")?.kind == .date)
    }

    @Test func everyIndicatorHasItsSentenceAndACheckbox() throws {
        let rows = written().body.compactMap { block -> Table? in
            if case .table(let t) = block { return t } else { return nil }
        }.flatMap(\.rows)
        for indicator in Catalogue.handbook2025.indicators {
            let box = try #require(control("seen.\(indicator.id)"), "\(indicator.id)")
            #expect(box.kind == .checkbox && box.checked == false)
            let row = rows.first { row in
                row.cells.count == 2 && row.cells[1].blocks.contains { block in
                    if case .paragraph(let p) = block, case .control(let c) = p.inlines.first { return c.tag == box.tag }
                    return false
                }
            }
            #expect(row.map { Block.text(of: $0.cells[0].blocks) } == indicator.text, "\(indicator.id)")
        }
    }

    @Test func eachOutcomeAsksWhatItsAssessmentNeeds() {
        for outcome in Catalogue.handbook2025.outcomes {
            #expect(control("\(outcome.id).self-reflection")?.kind == .richtext)
            #expect(control("\(outcome.id).goal") != nil)
            switch outcome.assessment {
            case .summativeIntermediate, .summative:
                #expect(control("\(outcome.id).judgement")?.listItems.map(\.displayText) == ["voldaan", "niet voldaan"])
                #expect((control("\(outcome.id).confidence") != nil) == (outcome.assessment == .summativeIntermediate))
                #expect(control("\(outcome.id).feedback") != nil)
            case .formative:
                #expect(control("\(outcome.id).judgement") == nil)
                for part in ["indicators-seen", "development-made", "development-to-make"] {
                    #expect(control("\(outcome.id).feedback.\(part)") != nil, "\(outcome.id) \(part)")
                }
            }
        }
    }

    @Test func theSkillsTableHasACheckboxPerPhase() {
        for skill in Catalogue.handbook2025.skills {
            for phase in SkillDimension.Phase.allCases {
                #expect(control("skill.\(skill.id).\(phase.rawValue)")?.kind == .checkbox)
            }
        }
    }

    @Test func nothingIsFilledIn() {
        for control in controls() {
            switch control.kind {
            case .checkbox: #expect(control.checked == false, "\(control.tag ?? "")")
            default: #expect(control.showingPlaceholder && control.value == nil, "\(control.tag ?? "")")
            }
        }
    }

    @Test func aSubjectIsFilledInWhenGiven() {
        let wiskunde = builtInPlugins.first { $0.subject.code == "WI" }
        let document = FormTemplate(plugins: builtInPlugins, subject: wiskunde).document()
        let subject = document.contentControls.first { $0.control.tag == "subject" }?.control
        #expect(subject?.value == "Wiskunde (WI)")
        #expect(subject?.showingPlaceholder == false)
        #expect(subject?.listItems.map(\.value) == ["AK", "BI", "DU/FR", "EC", "EN", "GS", "NA/SK", "NE", "WI"])
    }
}
