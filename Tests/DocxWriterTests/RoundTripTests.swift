import Foundation
import Testing
import Docx
@testable import DocxWriter

let fixtures: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Fixtures/docx")
}()

func temporaryFile(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("docxforms-\(UUID().uuidString)-\(name)").path
}

/// What the writer does not carry over: note references (notes are not
/// written) and values bound to custom XML parts (which are not written).
func comparable(_ blocks: NodeList<Block>) -> NodeList<Block> {
    NodeList(blocks.map { block in
        switch block {
        case .paragraph(var p): p.inlines = comparable(p.inlines); return .paragraph(p)
        case .table(var t): t.items = NodeList(t.items.map(comparable)); return .table(t)
        case .control(let c): return .control(comparable(c))
        }
    })
}

func comparable(_ inlines: NodeList<Inline>) -> NodeList<Inline> {
    NodeList(inlines.compactMap { inline -> Inline? in
        switch inline {
        case .noteReference: return nil
        case .control(let c): return .control(comparable(c))
        case .field(var f): f.result = comparable(f.result); return .field(f)
        case .hyperlink(var h): h.inlines = comparable(h.inlines); return .hyperlink(h)
        case .textBox(let b): return .textBox(comparable(b))
        case .run: return inline
        }
    })
}

func comparable(_ item: Table.Item) -> Table.Item {
    switch item {
    case .row(var r): r.items = NodeList(r.items.map(comparable)); return .row(r)
    case .control(let c): return .control(comparable(c))
    }
}

func comparable(_ item: Table.Row.Item) -> Table.Row.Item {
    switch item {
    case .cell(var cell): cell.blocks = comparable(cell.blocks); return .cell(cell)
    case .control(let c): return .control(comparable(c))
    }
}

func comparable(_ control: ContentControl) -> ContentControl {
    var c = control
    c.dataBinding?.boundValue = nil
    c.dataBinding?.differsFromContent = nil
    if control.dataBinding != nil, control.kind == .checkbox { c.checked = nil }
    switch c.content {
    case .blocks(let b): c.content = .blocks(comparable(b))
    case .inlines(let i): c.content = .inlines(comparable(i))
    case .rows(let r): c.content = .rows(NodeList(r.map(comparable)))
    case .cells(let cells): c.content = .cells(NodeList(cells.map(comparable)))
    }
    return c
}

@Suite struct RoundTripTests {
    static let names = ["paragraphs", "tables", "controls", "formfields", "revisions", "textboxes", "databinding",
                        "alternate-main", "strict", "utf16", "python-docx", "libreoffice"]

    @Test(arguments: names)
    func writingAndReadingGivesTheSameBody(name: String) throws {
        let original = try DocxReader().read(contentsOf: fixtures.appendingPathComponent("\(name).docx").path)
        let path = temporaryFile("\(name).docx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try DocxWriter(title: name).write(original, to: path)
        let copy = try DocxReader().read(contentsOf: path)
        #expect(comparable(copy.body) == comparable(original.body))
        // Bound values come from parts the writer does not write (custom XML),
        // or from its own core properties.
        #expect(copy.diagnostics.allSatisfy { $0.code.hasPrefix("binding") })
    }

    @Test func theSameDocumentGivesTheSameBytes() throws {
        let document = try DocxReader().read(contentsOf: fixtures.appendingPathComponent("controls.docx").path)
        let a = temporaryFile("a.docx"), b = temporaryFile("b.docx")
        defer { try? FileManager.default.removeItem(atPath: a); try? FileManager.default.removeItem(atPath: b) }
        try DocxWriter().write(document, to: a)
        try DocxWriter().write(document, to: b)
        #expect(FileManager.default.contents(atPath: a) == FileManager.default.contents(atPath: b))
    }

    @Test func anUnwritablePathIsAnErrorNamingIt() {
        let path = "/nonexistent-folder/form.docx"
        #expect { try DocxWriter().write(Document(mainPart: "word/document.xml", body: []), to: path) } throws: {
            "\($0)".hasPrefix(path + ": cannot write the document")
        }
    }
}
