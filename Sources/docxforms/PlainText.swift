import Docx

/// The plain-text rendering of `dump --text`: the body, one paragraph a line,
/// table rows on lines with cells separated by tabs, text boxes after the
/// paragraph that anchors them; then footnotes and endnotes. Written as UTF-8
/// into one buffer as it goes, without a string per paragraph or table.
struct PlainText {
    private var out: [UInt8] = []
    private var lines = 0

    /// The text of `document`, and a line break after it.
    static func render(_ document: Document) -> [UInt8] {
        var text = PlainText()
        text.append(document.body)
        for story in document.stories where story.kind == .footnote || story.kind == .endnote {
            text.append(story.blocks)
        }
        text.out.append(UInt8(ascii: "\n"))
        return text.out
    }

    /// Starts a line: every line but the first follows a line break.
    private mutating func newLine() {
        if lines > 0 { out.append(UInt8(ascii: "\n")) }
        lines += 1
    }

    private mutating func append(_ blocks: NodeList<Block>) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                newLine()
                paragraph.appendText(to: &out)
                for inline in paragraph.inlines { appendTextBoxes(inline) }
            case .table(let table):
                newLine()
                table.appendText(to: &out)
            case .control(let control):
                if case .blocks(let inner) = control.content {
                    append(inner)
                } else {
                    newLine()
                    control.appendText(to: &out)
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
