import Testing
@testable import Docx

@Suite struct ParagraphTests {
    @Test func runsAreJoinedWithTabsBreaksAndSpecialHyphens() throws {
        let ps = paragraphs(try fixture("paragraphs"))
        #expect(ps[0].text == "Feedback en beoordeling")
        #expect(ps[0].style == "Heading1")
        #expect(ps[1].text == "Naam\tStudent\u{00A0}A\nles\u{00AD}geven\u{2011}x")
    }

    @Test func aRunIsBlankWhenItsTextIsWhiteSpaceOnly() {
        for blank in ["", " ", "\t \n", "\r\n", "\u{00A0}", " \u{2003} "] { #expect(Run(text: blank).isBlank, "\(Array(blank.unicodeScalars))") }
        for text in ["x", "  x ", " \u{00E9}", "\u{00A0}-", "\u{2003}\u{00A0}.", "☐"] { #expect(!Run(text: text).isBlank, "\(text)") }
    }

    @Test func formattingThatMarksAChoiceIsKept() throws {
        let ps = paragraphs(try fixture("paragraphs"))
        let marked = runs(ps[2].inlines)
        #expect(marked[0].text == "voldaan" && marked[0].format.strike)
        #expect(marked[2].format.bold && marked[2].format.highlight == "yellow")
        let more = runs(ps[3].inlines)
        #expect(more[0].format.doubleStrike && more[0].format.underline == "single" && more[0].format.shading == "FFFF00")
        #expect(!more[1].format.bold && more[1].format.italic)
    }

    @Test func symbolsAndSymbolFontTextMapToUnicode() throws {
        let ps = paragraphs(try fixture("paragraphs"))
        #expect(ps[4].text == "☑ gezien ◻☒ ☒ X ✓")
    }

    @Test func toggleValuesFollowTheStandard() throws {
        let (blocks, _) = try body(#"""
            <w:p><w:r><w:rPr><w:b w:val="0"/><w:strike w:val="off"/><w:i w:val="true"/>\
            <w:vanish w:val="FALSE"/><w:dstrike w:val="On"/></w:rPr><w:t>x</w:t></w:r></w:p>\
            <w:p><w:r><w:rPr><w:b w:val="oFf"/><w:i w:val="offf"/><w:strike w:val="fals"/><w:vanish w:val=""/>\
            <w:dstrike w:val="00"/></w:rPr><w:t>y</w:t></w:r></w:p>
            """#)
        guard case .paragraph(let p) = blocks[0], case .run(let run) = p.inlines[0] else { Issue.record("no run"); return }
        #expect(!run.format.bold && !run.format.strike && run.format.italic)
        #expect(!run.format.hidden && run.format.doubleStrike)
        // Only the whole words are off, in any case; a longer or shorter value is on.
        guard case .paragraph(let q) = blocks[1], case .run(let other) = q.inlines[0] else { Issue.record("no run"); return }
        #expect(!other.format.bold && other.format.italic && other.format.strike && other.format.hidden && other.format.doubleStrike)
    }

    /// Symbol fonts are known whatever the case of their names.
    @Test func symbolFontNamesIgnoreCase() throws {
        let (blocks, _) = try body(#"""
            <w:p><w:r><w:rPr><w:rFonts w:ascii="WINGDINGS 2"/></w:rPr><w:t>T</w:t></w:r>\
            <w:r><w:sym w:font="wingdings" w:char="F0FE"/></w:r><w:r><w:rPr><w:rFonts w:ascii="Calibri"/></w:rPr><w:t>T</w:t></w:r></w:p>
            """#)
        #expect(blocks.first?.text == "☒☑T")
    }

    /// A run's font for ASCII text is `ascii`, else `hAnsi`: an `ascii` font
    /// that is no symbol font is not overruled by a symbol `hAnsi`.
    @Test func theASCIIFontComesBeforeTheHAnsiFont() throws {
        let (blocks, _) = try body(#"""
            <w:p><w:r><w:rPr><w:rFonts w:hAnsi="Wingdings 2"/></w:rPr><w:t>T</w:t></w:r>\#
            <w:r><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Wingdings 2"/></w:rPr><w:t>T</w:t></w:r>\#
            <w:r><w:rPr><w:rFonts w:ascii="Wing&amp;dings" w:hAnsi="Wingdings"/></w:rPr><w:t>T</w:t></w:r>\#
            <w:r><w:rPr><w:rFonts w:eastAsia="Wingdings"/></w:rPr><w:t>T</w:t></w:r></w:p>
            """#)
        #expect(blocks.first?.text == "☒TTT")
    }

    @Test func runsOutsideParagraphsAreKeptInAParagraph() throws {
        let (blocks, _) = try body("<w:tbl><w:tr><w:tc><w:r><w:t>los</w:t></w:r></w:tc></w:tr></w:tbl>")
        guard case .table(let table) = blocks[0] else { Issue.record("no table"); return }
        #expect(Block.text(of: table.rows[0].cells[0].blocks) == "los")
    }

    @Test func unknownElementsAreTransparentAndPropertiesAreNotText() throws {
        let (blocks, _) = try body(#"""
            <w:p><w:pPr><w:rPr><w:ins w:id="9" w:author="x"/></w:rPr></w:pPr><w:smartTag><w:r><w:t>a</w:t></w:r></w:smartTag>\#
            <w:customXml><w:r><w:rPr><w:rPrChange><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>b</w:t></w:r></w:customXml></w:p>
            """#)
        #expect(Block.text(of: blocks) == "ab")
        guard case .paragraph(let p) = blocks[0], case .run(let run) = p.inlines[1] else { Issue.record("no run"); return }
        #expect(!run.format.bold)
    }
}
