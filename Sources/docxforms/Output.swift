import ArgumentParser
import Docx
import FormExport
#if canImport(Glibc)
import Glibc
#endif

/// Reading an input argument: a path, or `-` for standard input.
enum Input {
    /// The entry of the argument's form.
    static func entry(_ argument: String, with forms: FormReader) -> ConvertEntry {
        guard argument == "-" else { return forms.entry(file: argument) }
        do throws(DocxError) {
            return forms.entry(bytes: try standardInput(limit: forms.reader.limits.maxFileSize), name: "-")
        } catch {
            return .failure(error, forms.language)
        }
    }

    /// The argument's document (for `dump` and the template check).
    static func read(_ argument: String, with reader: DocxReader) throws(DocxError) -> Document {
        guard argument == "-" else { return try reader.read(contentsOf: argument) }
        return try reader.read(bytes: try standardInput(limit: reader.limits.maxFileSize), name: "-")
    }

    /// All of standard input, at most `limit` bytes.
    private static func standardInput(limit: Int) throws(DocxError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit {
                throw DocxError(file: "-", kind: .limitExceeded(.fileSize, found: nil, allowed: limit))
            }
        }
        return bytes
    }
}

/// Standard output, written whole.
struct StandardOutput {
    func write(_ text: String) {
        FileDescriptorWriter.write(text, to: 1)
    }
}

enum FileDescriptorWriter {
    /// Writes all of `text`; false when the system refused part of it.
    @discardableResult
    static func write(_ text: String, to fd: Int32) -> Bool {
        var text = text
        return text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
    }
}

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
