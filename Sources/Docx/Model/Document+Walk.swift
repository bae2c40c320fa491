/// Where something is: the part, and a path through the model that a person
/// can follow (`body/table[2]/row[3]/cell[1]/paragraph[1]`; 1-based, counted
/// among siblings of the same kind).
public struct Location: Sendable, Equatable, Encodable, CustomStringConvertible {
    public var part: String
    public var path: String

    public init(part: String, path: String) {
        self.part = part
        self.path = path
    }

    public var description: String { "\(part)#\(path)" }
}

/// A content control with its location.
public struct LocatedControl: Sendable, Equatable {
    public var control: ContentControl
    public var location: Location
}

/// A legacy form field with its location.
public struct LocatedFormField: Sendable, Equatable {
    public var formField: FormField
    public var location: Location
}

/// Something met when walking the model, in document order.
public enum ModelElement {
    case paragraph(Paragraph)
    case table(Table)
    case control(ContentControl)
    case field(Field)
}

extension Document {
    /// Visits every paragraph, table, content control and field in document
    /// order: the body, then headers, footers, footnotes, endnotes and comments.
    public func walk(_ visit: (ModelElement, Location) -> Void) {
        withoutActuallyEscaping(visit) { visit in
            let walker = ModelWalker(visit: visit)
            walker.walk(body, Location(part: mainPart, path: "body"))
            var counts: [Story.Kind: Int] = [:]
            for story in stories {
                counts[story.kind, default: 0] += 1
                walker.walk(story.blocks, Location(part: story.part, path: "\(story.kind.rawValue)[\(counts[story.kind]!)]"))
            }
            for (i, comment) in comments.enumerated() {
                walker.walk(comment.blocks, Location(part: comment.part, path: "comment[\(i + 1)]"))
            }
        }
    }

    /// Every content control, nested ones included, in document order.
    public var contentControls: [LocatedControl] {
        var result: [LocatedControl] = []
        walk { element, location in
            if case .control(let control) = element { result.append(LocatedControl(control: control, location: location)) }
        }
        return result
    }

    /// Every legacy form field (FORMTEXT, FORMCHECKBOX, FORMDROPDOWN), in
    /// document order.
    public var formFields: [LocatedFormField] {
        var result: [LocatedFormField] = []
        walk { element, location in
            if case .field(let field) = element, let form = field.formField {
                result.append(LocatedFormField(formField: form, location: location))
            }
        }
        return result
    }
}

/// The recursion behind ``Document/walk(_:)``.
private struct ModelWalker {
    let visit: (ModelElement, Location) -> Void

    func walk(_ blocks: [Block], _ at: Location) {
        var counter = Counter()
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                let here = counter.next("paragraph", at)
                visit(.paragraph(paragraph), here)
                walk(paragraph.inlines, here)
            case .table(let table):
                let here = counter.next("table", at)
                visit(.table(table), here)
                walk(table.items, here)
            case .control(let control):
                walk(control, counter.next("control", at))
            }
        }
    }

    func walk(_ inlines: [Inline], _ at: Location) {
        var counter = Counter()
        walk(inlines, at, &counter)
    }

    private func walk(_ inlines: [Inline], _ at: Location, _ counter: inout Counter) {
        for inline in inlines {
            switch inline {
            case .control(let control): walk(control, counter.next("control", at))
            case .field(let field):
                let here = counter.next("field", at)
                visit(.field(field), here)
                walk(field.result, here)
            case .hyperlink(let link): walk(link.inlines, at, &counter)
            case .textBox(let blocks): walk(blocks, counter.next("textbox", at))
            case .run, .noteReference: break
            }
        }
    }

    func walk(_ items: [Table.Item], _ at: Location) {
        var counter = Counter()
        for item in items {
            switch item {
            case .row(let row): walk(row.items, counter.next("row", at))
            case .control(let control): walk(control, counter.next("control", at))
            }
        }
    }

    func walk(_ items: [Table.Row.Item], _ at: Location) {
        var counter = Counter()
        for item in items {
            switch item {
            case .cell(let cell): walk(cell.blocks, counter.next("cell", at))
            case .control(let control): walk(control, counter.next("control", at))
            }
        }
    }

    func walk(_ control: ContentControl, _ at: Location) {
        visit(.control(control), at)
        switch control.content {
        case .blocks(let blocks): walk(blocks, at)
        case .inlines(let inlines): walk(inlines, at)
        case .rows(let items): walk(items, at)
        case .cells(let items): walk(items, at)
        }
    }

    /// Numbers siblings of each kind from 1.
    struct Counter {
        private var counts: [String: Int] = [:]

        mutating func next(_ kind: String, _ parent: Location) -> Location {
            counts[kind, default: 0] += 1
            return Location(part: parent.part, path: "\(parent.path)/\(kind)[\(counts[kind]!)]")
        }
    }
}
