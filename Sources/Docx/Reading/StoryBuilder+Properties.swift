internal import XMLStream

/// Reading property elements (`w:rPr`, `w:pPr`, `w:tcPr`, `w:trPr`,
/// `w:tblPr`, `w:sdtPr`, `w:ffData`) into the frame they describe.
extension StoryBuilder {
    mutating func readProperty(_ owner: PropertyOwner, _ name: XMLEventName, _ attributes: XMLAttributes) {
        guard let word = WordName.from(name) else { return }
        let parent = propertyPath.last ?? nil
        let value = PropertyValue(attributes: attributes)
        let top = frames.count - 1
        switch owner {
        case .paragraph:
            if parent == nil, word == .pStyle, top >= 0 { frames[top].label = writer.intern(value.string) }
        case .run:
            if parent == nil, let run = runs.indices.last { StoryBuilder.readRunProperty(word, value, into: &runs[run], &writer) }
        case .table:
            if parent == nil, word == .tblStyle, top >= 0 { frames[top].label = writer.intern(value.string) }
        case .tableGrid:
            if parent == nil, word == .gridCol, top >= 0, frames[top].kind == .table, let width = value.named(.w).flatMap({ Int($0) }) {
                tables[tables.count - 1].columnWidths.append(max(0, width))
            }
        case .row:
            guard parent == nil, top >= 0 else { return }
            if word == .tblHeader { frames[top].isHeader = value.toggle }
            if word == .gridBefore { frames[top].nextColumn = max(0, min(value.integer ?? 0, 1_000_000)) }
        case .cell:
            guard parent == nil, top >= 0 else { return }
            if word == .gridSpan { frames[top].columnSpan = max(1, min(value.integer ?? 1, 1000)) }
            if word == .vMerge { frames[top].verticalMerge = value.string == "restart" ? .restart : .continue }
            if word == .shd { frames[top].shading = writer.intern(value.named(.fill, except: "auto")) }
        case .control:
            guard top >= 0, frames[top].control >= 0 else { return }
            if StoryBuilder.readControlProperty(word, parent: parent, value, into: &writer.data.controls[Int(frames[top].control)]) {
                hasDataBindings = true
            }
        case .formField:
            guard !fields.isEmpty else { return }
            StoryBuilder.readFormFieldProperty(word, parent: parent, value, into: &fields[fields.count - 1])
        case .ignored:
            break
        }
    }

    // Static: an inout borrow of the builder's own storage must not overlap a
    // borrow of the whole builder, or Swift copies the builder to call it.
    private static func readRunProperty(_ word: WordName, _ value: PropertyValue, into run: inout OpenRun,
                                        _ writer: inout ModelWriter) {
        switch word {
        case .b: run.format.bold = value.toggle
        case .i: run.format.italic = value.toggle
        case .u: run.format.underline = writer.intern(value.named(.val, except: "none", absent: "single"))
        case .strike: run.format.strike = value.toggle
        case .dstrike: run.format.doubleStrike = value.toggle
        case .highlight: run.format.highlight = writer.intern(value.named(.val, except: "none"))
        case .shd: run.format.shading = writer.intern(value.named(.fill, except: "auto"))
        case .color: run.format.color = writer.intern(value.named(.val, except: "auto"))
        case .vanish: run.format.hidden = value.toggle
        case .rStyle: run.format.style = writer.intern(value.string)
        case .rFonts: run.symbolFont = writer.intern(value.symbolFont)
        default: break
        }
    }

    /// Reads a content-control property in place; true when it binds the control to custom XML.
    private static func readControlProperty(_ word: WordName, parent: WordName?, _ value: PropertyValue,
                                            into control: inout ContentControl) -> Bool {
        switch (parent, word) {
        case (nil, .alias): control.alias = value.string
        case (nil, .tag): control.tag = value.string
        case (nil, .id): control.id = value.string
        case (nil, .showingPlcHdr): control.showingPlaceholder = value.toggle
        case (nil, .dataBinding):
            control.dataBinding = ContentControl.DataBinding(
                storeItemID: value.named(.storeItemID) ?? "", xpath: value.named(.xpath) ?? "",
                prefixMappings: value.named(.prefixMappings) ?? "")
            return true
        case (nil, .text): control.kind = .text
        case (nil, .richText): control.kind = .richtext
        case (nil, .checkbox): control.kind = .checkbox
        case (nil, .dropDownList): control.kind = .dropdown
        case (nil, .comboBox): control.kind = .combobox
        case (nil, .date):
            control.kind = .date
            control.fullDate = value.named(.fullDate)
        case (nil, .picture): control.kind = .picture
        case (nil, .group): control.kind = .group
        case (nil, .repeatingSection): control.kind = .repeatingSection
        case (nil, .repeatingSectionItem): control.kind = .repeatingSectionItem
        case (nil, .docPartObj), (nil, .docPartList), (nil, .citation), (nil, .bibliography), (nil, .equation):
            control.kind = .other
            control.otherKind = word.name
        case (.dropDownList, .listItem), (.comboBox, .listItem):
            let display = value.named(.displayText)
            let itemValue = value.named(.value)
            control.listItems.append(.init(displayText: display ?? itemValue ?? "", value: itemValue ?? display ?? ""))
        case (.date, .dateFormat): control.dateFormat = value.string
        case (.checkbox, .checked): control.checked = value.toggle
        default: break
        }
        return false
    }

    private static func readFormFieldProperty(_ word: WordName, parent: WordName?, _ value: PropertyValue, into field: inout OpenField) {
        switch (parent, word) {
        case (nil, .ffData): field.formField = FormField(kind: .text)
        case (.ffData, .name): field.formField?.name = value.string
        case (.ffData, .checkBox): field.formField?.kind = .checkbox
        case (.ffData, .ddList): field.formField?.kind = .dropdown
        case (.ffData, .textInput): field.formField?.kind = .text
        case (.checkBox, .`default`):
            if field.formField?.checked == nil { field.formField?.checked = value.toggle }
        case (.checkBox, .checked): field.formField?.checked = value.toggle
        case (.ddList, .result): field.formField?.selectedIndex = value.integer
        case (.ddList, .`default`):
            if field.formField?.selectedIndex == nil { field.formField?.selectedIndex = value.integer }
        case (.ddList, .listEntry): field.formField?.entries.append(value.string ?? "")
        case (.textInput, .`default`): field.formField?.defaultText = value.string
        case (.textInput, .maxLength): field.formField?.maxLength = value.integer
        default: break
        }
    }
}

/// The `val` (and other) attributes of a property element, looked up in the
/// WordprocessingML namespaces Word uses for them.
struct PropertyValue {
    let attributes: XMLAttributes

    /// The attribute `name` in the w, w14 or w15 namespace (or none).
    func named(_ name: WordName) -> String? {
        attributes.value(name)
    }

    /// The attribute, or nil where it has the value meaning "none"
    /// (`w:highlight w:val="none"`, `w:color w:val="auto"`...) or is absent
    /// and `absent` is nil.
    func named(_ name: WordName, except none: String, absent: String? = nil) -> String? {
        let value = named(name) ?? absent
        return value == none ? nil : value
    }

    var string: String? { named(.val) }

    /// The font `w:rFonts` gives ASCII text (`ascii`, else `hAnsi`) when it
    /// is a symbol font; the name is made only then (nearly every run names
    /// an ordinary font).
    var symbolFont: String? {
        switch symbolFont(in: .ascii) {
        case .some(let font): return font
        case nil: return symbolFont(in: .hAnsi) ?? nil
        }
    }

    /// For one attribute of `w:rFonts`: nil when it is absent, else the
    /// font's name if it is a symbol font (and nil inside if it is not).
    private func symbolFont(in name: WordName) -> String?? {
        guard let font = attributes.valueBytes(id: name.rawValue, namespaces: WordName.wordNamespaces) else { return nil }
        return .some(SymbolFont.isSymbolFont(bytes: font) ? named(name) : nil)
    }

    var integer: Int? { string.flatMap { Int($0) } }

    /// An on/off property: present without `val` means on (ECMA-376 §17.17.4).
    /// Read on the value's bytes, in any case (no letter beyond ASCII lowers
    /// to one of these words'), without a string made for every checkbox.
    var toggle: Bool {
        guard let v = attributes.valueBytes(id: WordName.val.rawValue, namespaces: WordName.wordNamespaces) else { return true }
        return !PropertyValue.offWords.contains { word in
            word.count == v.count && zip(word, v).allSatisfy { $0 == $1 || ($0 >= UInt8(ascii: "a") && $0 == $1 | 0x20) }
        }
    }

    /// The values that turn an on/off property off, in lower case.
    private static let offWords: [[UInt8]] = ["0", "false", "off"].map { Array($0.utf8) }
}
