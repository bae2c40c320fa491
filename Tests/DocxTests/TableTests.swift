import Foundation
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

    /// Rows in a row-level control and cells in a cell-level control get the
    /// paths the document's walk gives them, so a control found by the walk
    /// can be traced to its row and cell.
    @Test func locatedRowsAndCellsHaveTheWalksPaths() throws {
        func cell(_ tag: String) -> String {
            "<w:tc><w:p><w:sdt><w:sdtPr><w:tag w:val=\"\(tag)\"/></w:sdtPr><w:sdtContent><w:r><w:t>x</w:t></w:r></w:sdtContent></w:sdt></w:p></w:tc>"
        }
        let (blocks, _) = try body("""
            <w:tbl><w:tr>\(cell("a"))</w:tr>\
            <w:sdt><w:sdtPr><w:tag w:val="rows"/></w:sdtPr><w:sdtContent><w:tr>\(cell("b"))</w:tr>\
            <w:tr>\(cell("c"))<w:sdt><w:sdtPr/><w:sdtContent>\(cell("d"))</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt>\
            <w:tr>\(cell("e"))</w:tr></w:tbl>
            """)
        guard case .table(let t) = blocks[0] else { Issue.record("no table"); return }
        #expect(t.locatedRows.map(\.path) == ["row[1]", "control[1]/row[1]", "control[1]/row[2]", "row[2]"])
        var located: [String: String] = [:]
        for (rowPath, row) in t.locatedRows {
            for (cellPath, cell) in row.locatedCells {
                guard case .paragraph(let p) = cell.blocks.first, case .control(let c) = p.inlines.first, let tag = c.tag else { continue }
                located[tag] = "body/table[1]/\(rowPath)/\(cellPath)/paragraph[1]/control[1]"
            }
        }
        let walked = Document(mainPart: "word/document.xml", body: blocks).contentControls
            .filter { $0.control.tag != "rows" && $0.control.tag != nil }
        #expect(located.count == 5)
        #expect(Dictionary(uniqueKeysWithValues: walked.map { ($0.control.tag!, $0.location.path) }) == located)
        #expect(located["d"] == "body/table[1]/control[1]/row[2]/control[1]/cell[1]/paragraph[1]/control[1]")
    }

    /// Numbers of several digits are written whole, in the walk and in a table's own paths.
    @Test func pathsCountPastNine() throws {
        let rows = (1...12).map { "<w:tr><w:tc><w:p><w:r><w:t>\($0)</w:t></w:r></w:p></w:tc></w:tr>" }.joined()
        let (blocks, _) = try body("<w:tbl>\(rows)</w:tbl>" + String(repeating: "<w:p/>", count: 100) + "<w:tbl>\(rows)</w:tbl>")
        guard case .table(let t) = blocks[0] else { Issue.record("no table"); return }
        #expect(t.locatedRows.map(\.path).suffix(3) == ["row[10]", "row[11]", "row[12]"])
        var paths: [String] = []
        Document(mainPart: "word/document.xml", body: blocks).walk { element, location in
            if case .paragraph = element { paths.append(location.path) }
        }
        #expect(paths.contains("body/paragraph[100]"))
        #expect(paths.last == "body/table[2]/row[12]/cell[1]/paragraph[1]")
    }

    /// Several continuations with text move into their origin in row order,
    /// whatever order a dictionary would give.
    @Test func continuationsMoveIntoTheirOriginInRowOrder() throws {
        let cells = ["restart", "continue", "continue", "continue"].enumerated().map { i, merge in
            "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"\(merge)\"/></w:tcPr><w:p><w:r><w:t>\(i)</w:t></w:r></w:p></w:tc></w:tr>"
        }
        let (blocks, _) = try body("<w:tbl>\(cells.joined())</w:tbl>")
        guard case .table(let t) = blocks[0] else { Issue.record("no table"); return }
        #expect(t.rows[0].cells[0].rowSpan == 4)
        #expect(Block.text(of: t.rows[0].cells[0].blocks) == "0\n1\n2\n3")
    }

    /// A column number past any grid (a hostile `w:gridBefore`) is bounded,
    /// not an overflow.
    @Test func anAbsurdGridBeforeIsBounded() throws {
        let (blocks, _) = try body("""
            <w:tbl><w:tr><w:trPr><w:gridBefore w:val="99999999999999"/></w:trPr>\
            <w:tc><w:tcPr><w:gridSpan w:val="1000"/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>
            """)
        guard case .table(let t) = blocks[0] else { Issue.record("no table"); return }
        #expect(t.rows[0].cells.map(\.column) == [1_000_000, 1_001_000])
    }

    @Test func aContinuationWithoutOriginStaysACell() throws {
        let (blocks, _) = try body("<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>")
        guard case .table(let t) = blocks[0] else { Issue.record("no table"); return }
        #expect(t.rows[0].cells.count == 1)
    }
}

/// Content written where its container cannot hold it goes to the nearest
/// container that can, in document order, without disturbing what is open.
@Suite struct StrayContentTests {
    @Test func aParagraphDirectlyInARowGoesBeforeItsTableIntoTheBody() throws {
        let (blocks, _) = try body("""
            <w:p><w:r><w:t>eerst</w:t></w:r></w:p>\
            <w:tbl><w:tr><w:p><w:r><w:t>los</w:t></w:r></w:p>\
            <w:tc><w:p><w:r><w:t>cel</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
            <w:p><w:r><w:t>daarna</w:t></w:r></w:p>
            """)
        #expect(blocks.map(\.text) == ["eerst", "los", "cel", "daarna"])
        guard case .table(let table) = blocks[2] else { Issue.record("no table"); return }
        #expect(table.rows.map(\.cells.count) == [1])
    }
}

/// Tables made in code: rows and cells are found through controls of their
/// own level only, by every reader of the model alike.
@Suite struct ControlLevelTests {
    private func cell(_ text: String) -> Table.Cell {
        Table.Cell(blocks: [.paragraph(Paragraph(inlines: [.run(Run(text: text))]))])
    }

    @Test func rowsAreFoundThroughRowLevelControlsOnly() {
        let row = Table.Row(items: [.cell(cell("rij"))])
        let wrapped = ContentControl(kind: .richtext, level: .row, content: .rows([.row(Table.Row(items: [.cell(cell("herhaald"))]))]))
        let stray = ContentControl(kind: .richtext, level: .cell, content: .cells([.cell(cell("los"))]))
        let table = Table(items: [.row(row), .control(wrapped), .control(stray)])
        #expect(table.rows.map { Block.text(of: $0.cells[0].blocks) } == ["rij", "herhaald"])
        #expect(table.locatedRows.map(\.path) == ["row[1]", "control[1]/row[1]"])
        #expect(table.text == "rij\nherhaald")
    }

    @Test func cellsAreFoundThroughCellLevelControlsOnly() {
        let wrapped = ContentControl(kind: .richtext, level: .cell, content: .cells([.cell(cell("b"))]))
        let stray = ContentControl(kind: .richtext, level: .row, content: .rows([.row(Table.Row(items: [.cell(cell("los"))]))]))
        let row = Table.Row(items: [.cell(cell("a")), .control(wrapped), .control(stray)])
        #expect(row.cells.map { Block.text(of: $0.blocks) } == ["a", "b"])
        #expect(Table(items: [.row(row)]).text == "a\tb")
    }
}

@Suite struct AppendedTextTests {
    /// A paragraph's, table's and control's text appended as bytes is its
    /// `text`, after what the buffer held, also where it is longer than the
    /// 512 bytes written on the stack (the forms' kijkkader tables).
    @Test func appendedTextIsTheTextsBytes() throws {
        let folders = ["docx", "forms"].map { fixturePath($0) }
        let files = try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".docx") }.map { folder + "/" + $0 }
        }
        var checked = 0, long = 0
        for file in files.sorted() {
            let document = try DocxReader().read(contentsOf: file)
            document.walk { element, location in
                let prefix = Array("…\n".utf8)
                var bytes = prefix
                let text: String
                switch element {
                case .paragraph(let paragraph): text = paragraph.text; paragraph.appendText(to: &bytes)
                case .table(let table): text = table.text; table.appendText(to: &bytes)
                case .control(let control): text = control.text; control.appendText(to: &bytes)
                case .field: return
                }
                #expect(bytes == prefix + Array(text.utf8), "\(file) \(location)")
                checked += 1
                if text.utf8.count > 512 { long += 1 }
            }
        }
        #expect(checked > 1000 && long > 10, "\(checked) texts, \(long) longer than 512 bytes")
    }
}
