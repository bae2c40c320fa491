// JSON shape of the model (what `docxforms dump` prints). Sum types carry a
// `type` key; unset formatting and empty lists are left out so the dump stays
// readable; values a consumer tests (`value`, `checked`) are always present.

private struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

private extension KeyedEncodingContainer where K == JSONKey {
    mutating func put<T: Encodable>(_ value: T, _ key: String) throws {
        try encode(value, forKey: JSONKey(key))
    }
    mutating func putIfPresent<T: Encodable>(_ value: T?, _ key: String) throws {
        try encodeIfPresent(value, forKey: JSONKey(key))
    }
    mutating func putIfTrue(_ value: Bool, _ key: String) throws {
        if value { try encode(true, forKey: JSONKey(key)) }
    }
    mutating func putUnlessEmpty<C: Collection & Encodable>(_ value: C, _ key: String) throws {
        if !value.isEmpty { try encode(value, forKey: JSONKey(key)) }
    }
}

extension Block: Encodable {
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .paragraph(let paragraph): try paragraph.encode(to: encoder)
        case .table(let table): try table.encode(to: encoder)
        case .control(let control): try control.encode(to: encoder)
        }
    }
}

extension Paragraph: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put("paragraph", "type")
        try c.putIfPresent(style, "style")
        try c.put(text, "text")
        try c.putUnlessEmpty(inlines, "inlines")
    }
}

extension Inline: Encodable {
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .run(let run): try run.encode(to: encoder)
        case .control(let control): try control.encode(to: encoder)
        case .field(let field): try field.encode(to: encoder)
        case .hyperlink(let link):
            var c = encoder.container(keyedBy: JSONKey.self)
            try c.put("hyperlink", "type")
            try c.putIfPresent(link.target, "target")
            try c.put(link.inlines, "inlines")
        case .textBox(let blocks):
            var c = encoder.container(keyedBy: JSONKey.self)
            try c.put("textBox", "type")
            try c.put(blocks, "blocks")
        case .noteReference(let reference):
            var c = encoder.container(keyedBy: JSONKey.self)
            try c.put("noteReference", "type")
            try c.put(reference.kind, "kind")
            try c.put(reference.id, "id")
        }
    }
}

extension Run: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put("run", "type")
        try c.put(text, "text")
        try c.putIfTrue(format.bold, "bold")
        try c.putIfTrue(format.italic, "italic")
        try c.putIfPresent(format.underline, "underline")
        try c.putIfTrue(format.strike, "strike")
        try c.putIfTrue(format.doubleStrike, "doubleStrike")
        try c.putIfPresent(format.highlight, "highlight")
        try c.putIfPresent(format.shading, "shading")
        try c.putIfPresent(format.color, "color")
        try c.putIfTrue(format.hidden, "hidden")
        try c.putIfPresent(format.style, "style")
        try c.putIfPresent(change, "change")
    }
}

extension Change: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put(kind, "kind")
        try c.putIfPresent(author, "author")
        try c.putIfPresent(date, "date")
    }
}

extension Field: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put("field", "type")
        try c.put(instruction.trimmed, "instruction")
        try c.putIfPresent(formField, "formField")
        try c.put(result, "result")
    }
}

extension FormField: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put(kind, "type")
        try c.put(name, "name")
        try c.put(value, "value")
        try c.put(checked, "checked")
        try c.putUnlessEmpty(entries, "entries")
        try c.putIfPresent(selectedIndex, "selectedIndex")
        try c.putIfPresent(defaultText, "default")
        try c.putIfPresent(maxLength, "maxLength")
    }
}

extension Table: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put("table", "type")
        try c.putIfPresent(style, "style")
        try c.putUnlessEmpty(columnWidths, "columnWidths")
        try c.put(items, "rows")
    }
}

extension Table.Item: Encodable {
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .row(let row): try row.encode(to: encoder)
        case .control(let control): try control.encode(to: encoder)
        }
    }
}

extension Table.Row: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put("row", "type")
        try c.putIfTrue(isHeader, "header")
        try c.put(items, "cells")
    }
}

extension Table.Row.Item: Encodable {
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .cell(let cell): try cell.encode(to: encoder)
        case .control(let control): try control.encode(to: encoder)
        }
    }
}

extension Table.Cell: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put("cell", "type")
        try c.put(column, "column")
        if columnSpan != 1 { try c.put(columnSpan, "columnSpan") }
        if rowSpan != 1 { try c.put(rowSpan, "rowSpan") }
        try c.putIfPresent(shading, "shading")
        try c.put(blocks, "blocks")
    }
}

extension ContentControl: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put("control", "type")
        try encodeProperties(into: &c)
        switch content {
        case .blocks(let blocks): try c.put(blocks, "blocks")
        case .inlines(let inlines): try c.put(inlines, "inlines")
        case .rows(let rows): try c.put(rows, "rows")
        case .cells(let cells): try c.put(cells, "cells")
        }
    }

    fileprivate func encodeProperties(into c: inout KeyedEncodingContainer<JSONKey>) throws {
        try c.put(kind, "kind")
        try c.putIfPresent(otherKind, "otherKind")
        try c.put(level, "level")
        try c.put(tag, "tag")
        try c.put(alias, "alias")
        try c.putIfPresent(id, "id")
        try c.put(value, "value")
        if kind == .checkbox { try c.put(checked ?? false, "checked") }
        try c.putIfTrue(showingPlaceholder, "showingPlaceholder")
        try c.putUnlessEmpty(listItems, "listItems")
        try c.putIfPresent(dateFormat, "dateFormat")
        try c.putIfPresent(fullDate, "fullDate")
        try c.putIfPresent(dataBinding, "dataBinding")
    }
}

extension ContentControl.DataBinding: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put(storeItemID, "storeItemID")
        try c.put(xpath, "xpath")
        try c.putIfPresent(boundValue, "boundValue")
        try c.putIfPresent(differsFromContent, "differsFromContent")
    }
}

extension LocatedControl: Encodable {
    /// The flat form: the control's properties and location, not its content.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try control.encodeProperties(into: &c)
        try c.put(location, "location")
    }
}

extension LocatedFormField: Encodable {
    public func encode(to encoder: any Encoder) throws {
        try formField.encode(to: encoder)
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put(location, "location")
    }
}

extension Story: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put(kind, "kind")
        try c.put(part, "part")
        try c.putIfPresent(id, "id")
        try c.put(blocks, "blocks")
    }
}

extension Comment: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put(id, "id")
        try c.put(author, "author")
        try c.putIfPresent(initials, "initials")
        try c.putIfPresent(date, "date")
        try c.put(Block.text(of: blocks), "text")
        try c.put(anchorText, "anchorText")
    }
}

extension TrackedChange: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put(kind, "kind")
        try c.putIfPresent(author, "author")
        try c.putIfPresent(date, "date")
        try c.put(text, "text")
        try c.put(part, "part")
    }
}
