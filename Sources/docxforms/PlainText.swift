import Docx

/// The plain-text rendering of `dump --text`: the body, one paragraph a line,
/// table rows on lines with cells separated by tabs, text boxes after the
/// paragraph that anchors them; then footnotes and endnotes. Written into one
/// string as it goes.
struct PlainText {
    private var out = ""
    private var lines = 0

    static func render(_ document: Document) -> String {
        var text = PlainText()
        text.append(document.body)
        for story in document.stories where story.kind == .footnote || story.kind == .endnote {
            text.append(story.blocks)
        }
        return text.out
    }

    /// Starts a line: every line but the first follows a line break.
    private mutating func newLine() {
        if lines > 0 { out += "\n" }
        lines += 1
    }

    private mutating func append(_ blocks: NodeList<Block>) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                newLine()
                out += paragraph.text
                for inline in paragraph.inlines { appendTextBoxes(inline) }
            case .table(let table):
                newLine()
                out += table.text
            case .control(let control):
                if case .blocks(let inner) = control.content {
                    append(inner)
                } else {
                    newLine()
                    out += control.text
                }
            }
        }
    }

    private mutating func appendTextBoxes(_ inline: Inline) {
        switch inline {
        case .textBox(let blocks): append(blocks)
        case .control(let control):
            if case .inlines(let inner) = control.content { inner.forEach { appendTextBoxes($0) } }
        case .hyperlink(let link): link.inlines.forEach { appendTextBoxes($0) }
        case .field(let field): field.result.forEach { appendTextBoxes($0) }
        case .run, .noteReference: break
        }
    }
}
