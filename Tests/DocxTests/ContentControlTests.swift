import Testing
import Messages
@testable import Docx

@Suite struct ContentControlTests {
    private func controls() throws -> [String: LocatedControl] {
        var byTag: [String: LocatedControl] = [:]
        for located in try fixture("controls").contentControls {
            byTag[located.control.tag ?? located.control.otherKind ?? located.control.kind.rawValue] = located
        }
        return byTag
    }

    @Test func everyKindIsRecognised() throws {
        let c = try controls()
        let kinds: [String: ContentControl.Kind] = [
            "student.name": .text, "ind.1": .checkbox, "judgement": .dropdown, "moment": .combobox, "date": .date,
            "photo": .picture, "feedback": .richtext, "outer": .group, "rows": .repeatingSection,
            "repeatingSectionItem": .repeatingSectionItem, "docPartObj": .other,
        ]
        for (tag, kind) in kinds { #expect(c[tag]?.control.kind == kind, "\(tag)") }
    }

    @Test func levelsFollowWhereTheControlSits() throws {
        let c = try controls()
        #expect(c["student.name"]?.control.level == .block)
        #expect(c["ind.1"]?.control.level == .inline)
        #expect(c["rows"]?.control.level == .row)
        #expect(c["cellctl"]?.control.level == .cell)
    }

    @Test func valuesAreWhatAPersonEntered() throws {
        let c = try controls()
        #expect(c["student.name"]?.control.value == "Sam de Vries")
        #expect(c["student.name"]?.control.alias == "Naam student")
        #expect(c["student.name"]?.control.id == "101")
        #expect(c["student.number"]?.control.showingPlaceholder == true)
        #expect(c["student.number"]?.control.value == nil)
        #expect(c["judgement"]?.control.value == "niet voldaan")
        #expect(c["judgement"]?.control.listItems.map(\.displayText) == ["Kies", "voldaan", "niet voldaan"])
        #expect(c["moment"]?.control.value == "eigen tekst")
        #expect(c["date"]?.control.value == "2025-11-14")
        #expect(c["date"]?.control.dateFormat == "d-M-yyyy")
        #expect(c["feedback"]?.control.value == "Eerste alinea\nTweede alinea")
    }

    @Test func checkboxesCarryTheirState() throws {
        let c = try controls()
        #expect(c["ind.1"]?.control.checked == true)
        #expect(c["ind.2"]?.control.checked == false)
        #expect(c["ind.1"]?.control.value == nil)
    }

    @Test func nestedControlsAreListedInDocumentOrderWithLocations() throws {
        let all = try fixture("controls").contentControls
        let tags = all.map { $0.control.tag ?? "-" }
        #expect(tags.firstIndex(of: "outer")! + 1 == tags.firstIndex(of: "inner")!)
        #expect(all.first { $0.control.tag == "inner" }?.location.path == "body/control[4]/control[1]")
        #expect(all.first { $0.control.tag == "judgement" }?.location == Location(part: "word/document.xml", path: "body/paragraph[2]/control[1]"))
    }

    @Test func rowAndCellControlsKeepTheirRowsInTheTable() throws {
        let document = try fixture("controls")
        let table = document.body.compactMap { block -> Table? in
            if case .table(let t) = block { return t } else { return nil }
        }.first
        #expect(table?.rows.count == 1)
        #expect(table?.rows.first?.cells.map { Block.text(of: $0.blocks) } == ["rij A", "cel B"])
    }

    @Test func dropdownShowingAValueSelectsItsDisplayText() throws {
        let (blocks, _) = try body("""
            <w:sdt><w:sdtPr><w:dropDownList><w:listItem w:displayText="Ja, voldoende" w:value="ja"/></w:dropDownList></w:sdtPr>\
            <w:sdtContent><w:p><w:r><w:t>ja</w:t></w:r></w:p></w:sdtContent></w:sdt>
            """)
        guard case .control(let control) = blocks[0] else { Issue.record("no control"); return }
        #expect(control.value == "Ja, voldoende")
    }
}

@Suite struct DataBindingTests {
    private func control(_ tag: String) throws -> ContentControl? {
        try fixture("databinding").contentControls.first { $0.control.tag == tag }?.control
    }

    @Test func boundValueWinsAndTheDifferenceIsReported() throws {
        let name = try #require(try control("bound.name"))
        #expect(name.value == "Nieuwe naam")
        #expect(name.text == "Oude naam")
        #expect(name.dataBinding?.differsFromContent == true)
        let diagnostics = try fixture("databinding").diagnostics
        #expect(diagnostics.contains { $0.code == "binding-differs" && $0.message.en.contains("bound.name") && $0.message.nl.contains("bound.name") })
        #expect(!diagnostics.contains { $0.message.en.contains("Nieuwe naam") || $0.message.en.contains("Oude naam") })
    }

    @Test func attributesAndCorePropertiesBind() throws {
        #expect(try control("bound.seen")?.checked == true)
        #expect(try control("bound.title")?.dataBinding?.differsFromContent == false)
    }

    @Test func aMissingStoreItemLeavesTheCachedContent() throws {
        let missing = try #require(try control("bound.missing"))
        #expect(missing.value == "blijft")
        #expect(missing.dataBinding?.boundValue == nil)
    }
}
