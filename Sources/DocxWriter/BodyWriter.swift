import Docx
internal import XMLStream

/// Writes the body of a document as `word/document.xml`. Elements are written
/// in the order the schema requires (Word refuses files that are merely
/// well-formed).
final class BodyWriter {
    /// External hyperlink targets, in the order their relationship ids
    /// (`rIdLink1`...) were handed out.
    private(set) var hyperlinks: [String] = []
    private let language: String
    private var xml: XMLWriter!
    private var nextID = 1

    init(language: String) {
        self.language = language
    }

    static let namespaces: KeyValuePairs<String, String> = [
        "xmlns:w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "xmlns:w14": "http://schemas.microsoft.com/office/word/2010/wordml",
        "xmlns:w15": "http://schemas.microsoft.com/office/word/2012/wordml",
        "xmlns:mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
        "xmlns:v": "urn:schemas-microsoft-com:vml",
        "mc:Ignorable": "w14 w15",
    ]

    func document(_ blocks: NodeList<Block>) throws -> [UInt8] {
        xml = try XMLWriter()
        xml.element("w:document", BodyWriter.namespaces) {
            xml.element("w:body") {
                write(blocks)
                sectionProperties()
            }
        }
        return try xml.finish()
    }

    /// A4 portrait with 2 cm margins.
    private func sectionProperties() {
        xml.element("w:sectPr") {
            xml.empty("w:pgSz", ["w:w": "11906", "w:h": "16838"])
            xml.empty("w:pgMar", ["w:top": "1134", "w:right": "1134", "w:bottom": "1134", "w:left": "1134",
                                  "w:header": "567", "w:footer": "567", "w:gutter": "0"])
        }
    }

    private func id() -> String {
        defer { nextID += 1 }
        return String(nextID)
    }

    // MARK: blocks

    private func write(_ blocks: NodeList<Block>) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): write(paragraph)
            case .table(let table): write(table)
            case .control(let control): write(control)
            }
        }
    }

    private func write(_ paragraph: Paragraph) {
        xml.element("w:p") {
            if let style = paragraph.style {
                xml.element("w:pPr") { xml.empty("w:pStyle", ["w:val": style]) }
            }
            write(paragraph.inlines)
        }
    }

    /// A cell (or text box) needs a paragraph, and may not end in a table.
    private func writeCellContent(_ blocks: NodeList<Block>) {
        write(blocks)
        switch blocks.last {
        case nil, .table: xml.empty("w:p")
        case .paragraph, .control: break
        }
    }

    // MARK: inlines

    private func write(_ inlines: NodeList<Inline>) {
        for inline in inlines {
            switch inline {
            case .run(let run): write(run)
            case .control(let control): write(control)
            case .field(let field): write(field)
            case .hyperlink(let link): write(link)
            case .textBox(let blocks): writeTextBox(blocks)
            case .noteReference: break
            }
        }
    }

    private func write(_ run: Run) {
        guard let change = run.change else { return writeRun(run.text, run.format, deleted: false) }
        let element: String
        switch change.kind {
        case .insertion: element = "w:ins"
        case .deletion: element = "w:del"
        case .moveFrom: element = "w:moveFrom"
        case .moveTo: element = "w:moveTo"
        }
        xml.start(element)
        xml.attribute("w:id", id())
        xml.attribute("w:author", change.author ?? "")
        if let date = change.date { xml.attribute("w:date", date) }
        writeRun(run.text, run.format, deleted: run.isDeleted)
        xml.end()
    }

    /// One `w:r`: tabs and breaks become their elements, the rest `w:t`.
    private func writeRun(_ text: String, _ format: RunFormat, deleted: Bool) {
        xml.element("w:r") {
            write(format)
            var pending = ""
            func flush() {
                guard !pending.isEmpty else { return }
                xml.element(deleted ? "w:delText" : "w:t", ["xml:space": "preserve"]) { xml.text(pending) }
                pending = ""
            }
            for character in text {
                switch character {
                case "\t": flush(); xml.empty("w:tab")
                case "\n", "\r\n": flush(); xml.empty("w:br")
                case "\u{00AD}": flush(); xml.empty("w:softHyphen")
                case "\u{2011}": flush(); xml.empty("w:noBreakHyphen")
                default: pending.append(character)
                }
            }
            flush()
        }
    }

    private func write(_ format: RunFormat) {
        guard !format.isPlain else { return }
        xml.element("w:rPr") {
            if let style = format.style { xml.empty("w:rStyle", ["w:val": style]) }
            if format.bold { xml.empty("w:b") }
            if format.italic { xml.empty("w:i") }
            if format.strike { xml.empty("w:strike") }
            if format.doubleStrike { xml.empty("w:dstrike") }
            if format.hidden { xml.empty("w:vanish") }
            if let color = format.color { xml.empty("w:color", ["w:val": color]) }
            if let highlight = format.highlight { xml.empty("w:highlight", ["w:val": highlight]) }
            if let underline = format.underline { xml.empty("w:u", ["w:val": underline]) }
            if let shading = format.shading { xml.empty("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": shading]) }
        }
    }

    private func write(_ field: Field) {
        guard let form = field.formField else {
            xml.element("w:fldSimple", ["w:instr": field.instruction]) { write(field.result) }
            return
        }
        xml.element("w:r") {
            xml.element("w:fldChar", ["w:fldCharType": "begin"]) { write(form) }
        }
        xml.element("w:r") {
            xml.element("w:instrText", ["xml:space": "preserve"]) { xml.text(field.instruction) }
        }
        if !field.result.isEmpty {
            xml.element("w:r") { xml.empty("w:fldChar", ["w:fldCharType": "separate"]) }
            write(field.result)
        }
        xml.element("w:r") { xml.empty("w:fldChar", ["w:fldCharType": "end"]) }
    }

    private func write(_ form: FormField) {
        xml.element("w:ffData") {
            xml.empty("w:name", ["w:val": form.name ?? ""])
            xml.empty("w:enabled")
            switch form.kind {
            case .checkbox:
                xml.element("w:checkBox") {
                    xml.empty("w:sizeAuto")
                    xml.empty("w:default", ["w:val": "0"])
                    xml.empty("w:checked", ["w:val": form.checked == true ? "1" : "0"])
                }
            case .dropdown:
                xml.element("w:ddList") {
                    if let selected = form.selectedIndex { xml.empty("w:result", ["w:val": String(selected)]) }
                    for entry in form.entries { xml.empty("w:listEntry", ["w:val": entry]) }
                }
            case .text:
                xml.element("w:textInput") {
                    if let text = form.defaultText { xml.empty("w:default", ["w:val": text]) }
                    if let length = form.maxLength { xml.empty("w:maxLength", ["w:val": String(length)]) }
                }
            }
        }
    }

    private func write(_ link: Hyperlink) {
        xml.start("w:hyperlink")
        if let target = link.target {
            if target.hasPrefix("#") {
                xml.attribute("w:anchor", String(target.dropFirst()))
            } else {
                hyperlinks.append(target)
                xml.attribute("r:id", "rIdLink\(hyperlinks.count)")
            }
        }
        write(link.inlines)
        xml.end()
    }

    /// A text box as VML, which Word and LibreOffice both read.
    private func writeTextBox(_ blocks: NodeList<Block>) {
        xml.element("w:r") {
            xml.element("w:pict") {
                xml.element("v:shape", ["style": "width:300pt;height:80pt", "type": "#_x0000_t202"]) {
                    xml.element("v:textbox") {
                        xml.element("w:txbxContent") { writeCellContent(blocks) }
                    }
                }
            }
        }
    }

    // MARK: tables

    private func write(_ table: Table) {
        xml.element("w:tbl") {
            xml.element("w:tblPr") {
                if let style = table.style { xml.empty("w:tblStyle", ["w:val": style]) }
                let total = table.columnWidths.reduce(0, +)
                if total > 0 {
                    xml.empty("w:tblW", ["w:w": String(total), "w:type": "dxa"])
                    xml.empty("w:tblLayout", ["w:type": "fixed"])
                } else {
                    xml.empty("w:tblW", ["w:w": "5000", "w:type": "pct"])
                }
                xml.empty("w:tblLook", ["w:val": "04A0", "w:firstRow": "1", "w:lastRow": "0", "w:firstColumn": "1",
                                        "w:lastColumn": "0", "w:noHBand": "0", "w:noVBand": "1"])
            }
            let columns = max(table.columnWidths.count, table.rows.map { $0.cells.map { $0.column + $0.columnSpan }.max() ?? 0 }.max() ?? 0)
            xml.element("w:tblGrid") {
                for i in 0..<columns {
                    if i < table.columnWidths.count {
                        xml.empty("w:gridCol", ["w:w": String(table.columnWidths[i])])
                    } else {
                        xml.empty("w:gridCol")
                    }
                }
            }
            var merges = MergeTracker()
            write(table.items, widths: table.columnWidths, merges: &merges)
        }
    }

    /// Vertical merges still open, by grid column: continuation cells to
    /// write in the rows that follow.
    private struct MergeTracker {
        var open: [Int: (span: Int, rowsLeft: Int)] = [:]

        /// Continuation cells due from grid column `start` up to `column`.
        func due(before column: Int, from start: Int) -> [(column: Int, span: Int)] {
            open.filter { $0.key >= start && $0.key < column }.sorted { $0.key < $1.key }.map { ($0.key, $0.value.span) }
        }

        mutating func endRow() {
            for (column, merge) in open {
                open[column] = merge.rowsLeft > 1 ? (merge.span, merge.rowsLeft - 1) : nil
            }
        }
    }

    private func write(_ items: NodeList<Table.Item>, widths: [Int], merges: inout MergeTracker) {
        for item in items {
            switch item {
            case .row(let row):
                write(row, widths: widths, merges: &merges)
            case .control(let control):
                guard case .rows(let rows) = control.content else { continue }
                writeControl(control) { write(rows, widths: widths, merges: &merges) }
            }
        }
    }

    private func write(_ row: Table.Row, widths: [Int], merges: inout MergeTracker) {
        // Cells that start right of the grid's first column, with no merge
        // from above to fill the gap, sit after `w:gridBefore` empty columns.
        let first = row.cells.first?.column ?? 0
        let skipped = merges.open.keys.contains { $0 < first } ? 0 : first
        xml.element("w:tr") {
            if row.isHeader || skipped > 0 {
                xml.element("w:trPr") {
                    if skipped > 0 { xml.empty("w:gridBefore", ["w:val": String(skipped)]) }
                    if row.isHeader { xml.empty("w:tblHeader") }
                }
            }
            var column = skipped
            write(row.items, widths: widths, merges: merges, column: &column)
            for continuation in merges.due(before: Int.max, from: column) {
                writeContinuation(continuation.column, continuation.span, widths)
            }
        }
        merges.endRow()
        for cell in row.cells where cell.rowSpan > 1 {
            merges.open[cell.column] = (cell.columnSpan, cell.rowSpan - 1)
        }
    }

    /// Writes a row's cells, putting the continuation cell of each merge from
    /// the rows above before the first cell to its right.
    private func write(_ items: NodeList<Table.Row.Item>, widths: [Int], merges: MergeTracker, column: inout Int) {
        for item in items {
            switch item {
            case .cell(let cell):
                for continuation in merges.due(before: cell.column, from: column) {
                    writeContinuation(continuation.column, continuation.span, widths)
                }
                write(cell, widths: widths)
                column = cell.column + cell.columnSpan
            case .control(let control):
                guard case .cells(let cells) = control.content else { continue }
                writeControl(control) { write(cells, widths: widths, merges: merges, column: &column) }
            }
        }
    }

    private func write(_ cell: Table.Cell, widths: [Int]) {
        xml.element("w:tc") {
            cellProperties(column: cell.column, span: cell.columnSpan, widths: widths,
                           merge: cell.rowSpan > 1 ? "restart" : nil, shading: cell.shading)
            writeCellContent(cell.blocks)
        }
    }

    private func writeContinuation(_ column: Int, _ span: Int, _ widths: [Int]) {
        xml.element("w:tc") {
            cellProperties(column: column, span: span, widths: widths, merge: "continue", shading: nil)
            xml.empty("w:p")
        }
    }

    private func cellProperties(column: Int, span: Int, widths: [Int], merge: String?, shading: String?) {
        xml.element("w:tcPr") {
            let width = (column..<column + span).reduce(0) { $0 + ($1 < widths.count ? widths[$1] : 0) }
            if width > 0 { xml.empty("w:tcW", ["w:w": String(width), "w:type": "dxa"]) }
            if span > 1 { xml.empty("w:gridSpan", ["w:val": String(span)]) }
            if let merge { xml.empty("w:vMerge", ["w:val": merge]) }
            if let shading { xml.empty("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": shading]) }
        }
    }

    // MARK: content controls

    private func write(_ control: ContentControl) {
        writeControl(control) {
            switch control.content {
            case .blocks(let blocks): write(blocks)
            case .inlines(let inlines): write(inlines)
            case .rows, .cells: break   // written by the table writer
            }
        }
    }

    private func writeControl(_ control: ContentControl, content: () -> Void) {
        xml.element("w:sdt") {
            xml.element("w:sdtPr") { write(properties: control) }
            xml.element("w:sdtContent", [:], content)
        }
    }

    private func write(properties control: ContentControl) {
        if let alias = control.alias { xml.empty("w:alias", ["w:val": alias]) }
        if let tag = control.tag { xml.empty("w:tag", ["w:val": tag]) }
        if let id = control.id { xml.empty("w:id", ["w:val": id]) }
        if control.showingPlaceholder { xml.empty("w:showingPlcHdr") }
        if let binding = control.dataBinding {
            xml.empty("w:dataBinding", ["w:prefixMappings": binding.prefixMappings, "w:xpath": binding.xpath,
                                        "w:storeItemID": binding.storeItemID])
        }
        switch control.kind {
        case .text: xml.empty("w:text", ["w:multiLine": "1"])
        case .richtext: break
        case .dropdown, .combobox:
            xml.element(control.kind == .dropdown ? "w:dropDownList" : "w:comboBox") {
                for item in control.listItems {
                    xml.empty("w:listItem", ["w:displayText": item.displayText, "w:value": item.value])
                }
            }
        case .date:
            xml.start("w:date")
            if let fullDate = control.fullDate { xml.attribute("w:fullDate", fullDate) }
            if let format = control.dateFormat { xml.empty("w:dateFormat", ["w:val": format]) }
            xml.empty("w:lid", ["w:val": language])
            xml.empty("w:storeMappedDataAs", ["w:val": "dateTime"])
            xml.empty("w:calendar", ["w:val": "gregorian"])
            xml.end()
        case .picture: xml.empty("w:picture")
        case .group: xml.empty("w:group")
        case .other: xml.empty("w:" + (control.otherKind ?? "docPartObj"))
        case .checkbox:
            xml.element("w14:checkbox") {
                xml.empty("w14:checked", ["w14:val": control.checked == true ? "1" : "0"])
                xml.empty("w14:checkedState", ["w14:val": "2612", "w14:font": "MS Gothic"])
                xml.empty("w14:uncheckedState", ["w14:val": "2610", "w14:font": "MS Gothic"])
            }
        case .repeatingSection: xml.empty("w15:repeatingSection")
        case .repeatingSectionItem: xml.empty("w15:repeatingSectionItem")
        }
    }
}
