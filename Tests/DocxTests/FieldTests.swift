import Testing
@testable import Docx

@Suite struct FieldTests {
    @Test func legacyFormFieldsHaveNameTypeValueAndState() throws {
        let fields = try fixture("formfields").formFields.map(\.formField)
        #expect(fields.map(\.kind) == [.text, .checkbox, .checkbox, .checkbox, .dropdown])
        #expect(fields[0].name == "Naam" && fields[0].value == "Noor Jansen")
        #expect(fields[0].defaultText == "vul in" && fields[0].maxLength == 40)
        // w:checked wins; without it w:default decides
        #expect(fields[1].checked == true)
        #expect(fields[2].checked == true)
        #expect(fields[3].checked == false)
        #expect(fields[4].entries == ["voldaan", "niet voldaan"] && fields[4].selectedIndex == 1)
        #expect(fields[4].value == "niet voldaan")
    }

    @Test func fieldResultsAreTextAndInstructionsAreNot() throws {
        let ps = paragraphs(try fixture("formfields"))
        #expect(ps[0].text == "Naam: Noor Jansen")
        #expect(ps[3].text == "1-12-20253")
        guard case .field(let date) = ps[3].inlines[0] else { Issue.record("no field"); return }
        #expect(date.type == "DATE")
    }

    @Test func aFieldSpanningParagraphsKeepsAllItsText() throws {
        let (blocks, parser) = try body("""
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC \\o</w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Hoofdstuk 1</w:t></w:r></w:p>\
            <w:p><w:r><w:t>Hoofdstuk 2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            """)
        #expect(Block.text(of: blocks) == "Hoofdstuk 1\nHoofdstuk 2")
        #expect(parser.diagnostics.isEmpty)
    }

    @Test func nestedFieldsBelongToTheirOuterResult() throws {
        let (blocks, _) = try body("""
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:r><w:instrText> = 2 "ja"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\
            <w:r><w:t>ja</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            """)
        guard case .paragraph(let p) = blocks[0], case .field(let outer) = p.inlines[0] else { Issue.record("no field"); return }
        #expect(outer.instruction == "IF 2 = 2 \"ja\"")
        #expect(p.text == "ja")
    }

    @Test func anUnbalancedFieldEndIsADiagnostic() throws {
        let (_, parser) = try body("<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>")
        #expect(parser.diagnostics.map(\.code) == ["unbalanced-field"])
    }
}
