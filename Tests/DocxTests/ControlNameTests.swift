import Foundation
import Testing
@testable import Docx

/// The content controls inside a row or paragraph, found on the stored nodes.
@Suite struct ControlNameTests {
    private func sdt(_ tag: String, alias: String? = nil, _ content: String) -> String {
        let aliasXML = alias.map { "<w:alias w:val=\"\($0)\"/>" } ?? ""
        return "<w:sdt><w:sdtPr>\(aliasXML)<w:tag w:val=\"\(tag)\"/></w:sdtPr><w:sdtContent>\(content)</w:sdtContent></w:sdt>"
    }

    private func names<Element>(_ list: NodeList<Element>, _ visit: (NodeList<Element>, (String?, String?) -> Void) -> Void) -> [String] {
        var found: [String] = []
        visit(list) { tag, alias in found.append((tag ?? "-") + "/" + (alias ?? "-")) }
        return found
    }

    /// Controls at every depth of a row, in document order and each before
    /// those inside it: in a hyperlink, in a field's result, a cell-level
    /// control, a nested table's cell; a nested table's row-level control is
    /// looked through and a text box not looked into.
    @Test func aRowsControlsAreFoundAtEveryDepthInOrder() throws {
        let run = "<w:r><w:t>x</w:t></w:r>"
        let inner = "<w:tbl>" + sdt("rows", "<w:tr><w:tc><w:p>" + sdt("deep", run) + "</w:p></w:tc></w:tr>") + "</w:tbl>"
        let textBox = "<w:r><w:pict><w:textbox><w:txbxContent><w:p>" + sdt("boxed", run) + "</w:p></w:txbxContent></w:textbox></w:pict></w:r>"
        let firstCell = "<w:tc><w:p>" + run + "<w:hyperlink w:anchor=\"a\">" + sdt("linked", alias: "Naam", run) + "</w:hyperlink>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>REF x</w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + sdt("result", run)
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + textBox + "</w:p></w:tc>"
        let cellControl = sdt("cell", "<w:tc><w:p>" + sdt("nested", run) + "</w:p>" + inner + "<w:p/></w:tc>")
        let (blocks, _) = try body("<w:tbl><w:tr>" + firstCell + cellControl + "</w:tr></w:tbl><w:p/>")
        guard case .table(let table) = blocks.first else { Issue.record("no table"); return }
        let row = try #require(table.rows.first)
        #expect(names(row.items) { $0.forEachControlName($1) }
                == ["linked/Naam", "result/-", "cell/-", "nested/-", "deep/-"])
        var model: [String] = []
        ModelWalk.items(row.items, &model)
        #expect(model == names(row.items) { $0.forEachControlName($1) })
    }

    @Test func aParagraphsControlsAreFoundAsInARow() throws {
        let run = "<w:r><w:t>x</w:t></w:r>"
        let (blocks, _) = try body("<w:p>" + sdt("outer", alias: "A", run + sdt("inner", run)) + run + "</w:p>")
        guard case .paragraph(let paragraph) = blocks.first else { Issue.record("no paragraph"); return }
        #expect(names(paragraph.inlines) { $0.forEachControlName($1) } == ["outer/A", "inner/-"])
    }

    /// The walk on the nodes agrees with one on the public model, over every
    /// row and paragraph of every fixture document.
    @Test func agreesWithAWalkOfTheModelOnEveryFixture() throws {
        let folders = ["docx", "forms", "wild"]
        var compared = 0
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: fixturePath(folder))) ?? []
            for name in names.sorted() where name.hasSuffix(".docx") {
                guard let document = try? DocxReader().read(contentsOf: fixturePath(folder + "/" + name)) else { continue }
                document.walk { element, location in
                    switch element {
                    case .table(let table):
                        for row in table.rows {
                            var model: [String] = []
                            ModelWalk.items(row.items, &model)
                            #expect(self.names(row.items) { $0.forEachControlName($1) } == model, "\(name) \(location)")
                            compared += 1
                        }
                    case .paragraph(let paragraph):
                        var model: [String] = []
                        ModelWalk.inlines(paragraph.inlines, &model)
                        #expect(self.names(paragraph.inlines) { $0.forEachControlName($1) } == model, "\(name) \(location)")
                        compared += 1
                    case .control, .field: break
                    }
                }
            }
        }
        #expect(compared > 500)
    }
}

/// Controls found by walking the public model, as the converter once did.
private enum ModelWalk {
    static func control(_ control: ContentControl, _ out: inout [String]) {
        out.append((control.tag ?? "-") + "/" + (control.alias ?? "-"))
        switch control.content {
        case .blocks(let blocks): self.blocks(blocks, &out)
        case .inlines(let inlines): self.inlines(inlines, &out)
        case .rows(let items): for row in Table(items: items).rows { self.items(row.items, &out) }
        case .cells(let items): self.items(items, &out)
        }
    }

    static func items(_ items: NodeList<Table.Row.Item>, _ out: inout [String]) {
        for item in items {
            switch item {
            case .cell(let cell): blocks(cell.blocks, &out)
            case .control(let c): control(c, &out)
            }
        }
    }

    static func blocks(_ blocks: NodeList<Block>, _ out: inout [String]) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): inlines(paragraph.inlines, &out)
            case .table(let table): for row in table.rows { items(row.items, &out) }
            case .control(let c): control(c, &out)
            }
        }
    }

    static func inlines(_ inlines: NodeList<Inline>, _ out: inout [String]) {
        for inline in inlines {
            switch inline {
            case .control(let c): control(c, &out)
            case .hyperlink(let link): self.inlines(link.inlines, &out)
            case .field(let field): self.inlines(field.result, &out)
            case .run, .textBox, .noteReference: break
            }
        }
    }
}
