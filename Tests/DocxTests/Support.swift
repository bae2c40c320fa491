import Foundation
import Testing
@testable import Docx
import XMLStream

/// The repository's Fixtures folder, found from this file's path.
let fixturesFolder: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Fixtures").path
}()

func fixturePath(_ name: String) -> String {
    fixturesFolder + "/" + name
}

/// Reads a fixture document with the default limits.
func fixture(_ name: String) throws -> Document {
    try DocxReader().read(contentsOf: fixturePath("docx/\(name).docx"))
}

let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

/// Parses the content of a `w:body` given inline, without any zip.
func body(_ xml: String, extraNamespaces: String = "") throws -> (blocks: NodeList<Block>, parser: StoryBuilder) {
    let text = """
        <w:document xmlns:w="\(wordNamespace)" \
        xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" \
        xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \(extraNamespaces)><w:body>\(xml)</w:body></w:document>
        """
    let parser = StoryParser(part: "word/document.xml", hyperlinkTargets: [:])
    let bytes = Array(text.utf8)
    try bytes.withUnsafeBytes { try OPCPackage.parser.parse($0, documentName: "inline.xml", handler: parser) }
    var builder = parser.builder
    builder.finish()
    let storage = ModelStorage(builder.writer.data)
    return (builder.stories.first.map { storage.children(of: $0.node) } ?? .empty, builder)
}

/// The paragraphs of a block list, looking into tables and controls.
func paragraphs(_ document: Document) -> [Paragraph] {
    var result: [Paragraph] = []
    document.walk { element, _ in
        if case .paragraph(let p) = element { result.append(p) }
    }
    return result
}

func runs(_ inlines: NodeList<Inline>) -> [Run] {
    inlines.flatMap { inline -> [Run] in
        switch inline {
        case .run(let run): return [run]
        case .control(let c):
            if case .inlines(let inner) = c.content { return runs(inner) }
            return []
        case .field(let f): return runs(f.result)
        case .hyperlink(let h): return runs(h.inlines)
        case .textBox, .noteReference: return []
        }
    }
}
