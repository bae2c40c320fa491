import Testing
@testable import Docx

@Suite struct TableTests {
    private func table() throws -> Table {
        let document = try fixture("tables")
        guard case .table(let table) = document.body[0] else { throw TableMissing() }
        return table
    }
    private struct TableMissing: Error {}

    @Test func gridSpanAndHeaderRowsAreKept() throws {
        let t = try table()
        #expect(t.style == "TableGrid")
        #expect(t.rows[0].isHeader)
        #expect(t.rows[0].cells.map(\.columnSpan) == [2, 1])
        #expect(t.rows[0].cells.map(\.column) == [0, 2])
    }

    @Test func verticallyMergedCellsAppearOnceWithTheirSpan() throws {
        let t = try table()
        #expect(t.rows[1].cells[0].rowSpan == 2)
        #expect(t.rows[2].cells.count == 2)
        #expect(t.rows[2].cells.map(\.column) == [1, 2])
    }

    @Test func gridBeforeShiftsColumnsAndNestedTablesStayInTheirCell() throws {
        let t = try table()
        #expect(t.rows[3].cells.map(\.column) == [1, 2])
        guard case .table(let nested) = t.rows[3].cells[1].blocks[0] else { Issue.record("no nested table"); return }
        #expect(nested.rows[0].cells.map { Block.text(of: $0.blocks) } == ["genest 1", "genest 2"])
    }

    @Test func textInAContinuationCellMovesToItsOrigin() throws {
        let (blocks, _) = try body("""
            <w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>boven</w:t></w:r></w:p></w:tc></w:tr>\
            <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>onder</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            """)
        guard case .table(let t) = blocks[0] else { Issue.record("no table"); return }
        #expect(t.rows[0].cells[0].rowSpan == 2)
        #expect(Block.text(of: t.rows[0].cells[0].blocks) == "boven\nonder")
        #expect(t.rows[1].cells.isEmpty)
    }

    @Test func gridWidthsAndCellShadingAreKept() throws {
        let (blocks, _) = try body("""
            <w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="3000"/></w:tblGrid><w:tr>\
            <w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr><w:p/></w:tc>\
            <w:tc><w:tcPr><w:shd w:val="clear" w:fill="auto"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>
            """)
        guard case .table(let t) = blocks[0] else { Issue.record("no table"); return }
        #expect(t.columnWidths == [2000, 3000])
        #expect(t.rows[0].cells.map(\.shading) == ["D9E2F3", nil])
    }

    @Test func aContinuationWithoutOriginStaysACell() throws {
        let (blocks, _) = try body("<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>")
        guard case .table(let t) = blocks[0] else { Issue.record("no table"); return }
        #expect(t.rows[0].cells.count == 1)
    }
}
