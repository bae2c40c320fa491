import Docx

/// The plain-text rendering of `dump --text`: the body, one paragraph a line,
/// table rows on lines with cells separated by tabs, text boxes after the
/// paragraph that anchors them; then footnotes and endnotes.
enum PlainText {
    static func render(_ document: Document) -> String {
        var lines: [String] = []
        append(document.body, to: &lines)
        for story in document.stories where story.kind == .footnote || story.kind == .endnote {
            append(story.blocks, to: &lines)
        }
        return lines.joined(separator: "\n")
    }

    private static func append(_ blocks: [Block], to lines: inout [String]) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                lines.append(paragraph.text)
                for inline in paragraph.inlines { appendTextBoxes(inline, to: &lines) }
            case .table(let table):
                lines.append(table.text)
            case .control(let control):
                if case .blocks(let inner) = control.content { append(inner, to: &lines) } else { lines.append(control.text) }
            }
        }
    }

    private static func appendTextBoxes(_ inline: Inline, to lines: inout [String]) {
        switch inline {
        case .textBox(let blocks): append(blocks, to: &lines)
        case .control(let control):
            if case .inlines(let inner) = control.content { inner.forEach { appendTextBoxes($0, to: &lines) } }
        case .hyperlink(let link): link.inlines.forEach { appendTextBoxes($0, to: &lines) }
        case .field(let field): field.result.forEach { appendTextBoxes($0, to: &lines) }
        case .run, .noteReference: break
        }
    }
}
