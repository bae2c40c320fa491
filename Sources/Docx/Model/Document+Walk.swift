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
        walk(where: { _ in true }, visit)
    }

    /// ``walk(_:)`` visiting only the elements `wanted` picks; the location
    /// path is written only for those.
    func walk(where wanted: (ModelElement) -> Bool, _ visit: (ModelElement, Location) -> Void) {
        withoutActuallyEscaping(wanted) { wanted in
            withoutActuallyEscaping(visit) { visit in
                let walker = ModelWalker(wanted: wanted, visit: visit)
                walker.walk(body, part: mainPart, root: "body")
                var counts: [Story.Kind: Int] = [:]
                for story in stories {
                    counts[story.kind, default: 0] += 1
                    walker.walk(story.blocks, part: story.part, root: "\(story.kind.rawValue)[\(counts[story.kind]!)]")
                }
                for (i, comment) in comments.enumerated() {
                    walker.walk(comment.blocks, part: comment.part, root: "comment[\(i + 1)]")
                }
            }
        }
    }

    /// Every content control, nested ones included, in document order.
    public var contentControls: [LocatedControl] {
        var result: [LocatedControl] = []
        walk(where: { if case .control = $0 { true } else { false } }) { element, location in
            if case .control(let control) = element { result.append(LocatedControl(control: control, location: location)) }
        }
        return result
    }

    /// Every legacy form field (FORMTEXT, FORMCHECKBOX, FORMDROPDOWN), in
    /// document order.
    public var formFields: [LocatedFormField] {
        var result: [LocatedFormField] = []
        walk(where: { if case .field(let field) = $0 { field.formField != nil } else { false } }) { element, location in
            if case .field(let field) = element, let form = field.formField {
                result.append(LocatedFormField(formField: form, location: location))
            }
        }
        return result
    }
}

/// The recursion behind ``Document/walk(_:)``. The path to the current
/// element is kept as a stack of steps and written out only for the
/// elements visited.
private final class ModelWalker {
    private enum Kind: Int {
        case paragraph, table, control, field, textbox, row, cell

        /// The step's name in a path (written out, not reflected: interpolating
        /// an enum case asks the runtime for its name, a tenth of a walk's time).
        var name: StaticString {
            switch self {
            case .paragraph: "paragraph"
            case .table: "table"
            case .control: "control"
            case .field: "field"
            case .textbox: "textbox"
            case .row: "row"
            case .cell: "cell"
            }
        }
    }

    /// Numbers siblings of each kind from 1.
    private struct Counter {
        private var counts = SIMD8<Int32>()

        mutating func next(_ kind: Kind) -> Int32 {
            counts[kind.rawValue] += 1
            return counts[kind.rawValue]
        }
    }

    private let wanted: (ModelElement) -> Bool
    private let visit: (ModelElement, Location) -> Void
    private var part = ""
    private var root = ""
    private var steps: [(kind: Kind, number: Int32)] = []
    /// The path being written, kept between elements for its storage.
    private var path: [UInt8] = []

    init(wanted: @escaping (ModelElement) -> Bool, visit: @escaping (ModelElement, Location) -> Void) {
        self.wanted = wanted
        self.visit = visit
    }

    func walk(_ blocks: NodeList<Block>, part: String, root: String) {
        self.part = part
        self.root = root
        walk(blocks)
    }

    private func offer(_ element: ModelElement) {
        guard wanted(element) else { return }
        path.removeAll(keepingCapacity: true)
        path.append(contentsOf: root.utf8)
        for step in steps {
            path.append(UInt8(ascii: "/"))
            PathStep.append(step.kind.name, Int(step.number), to: &path)
        }
        visit(element, Location(part: part, path: String(decoding: path, as: UTF8.self)))
    }

    /// Runs `body` one step deeper: the `kind` sibling numbered by `counter`.
    private func enter(_ kind: Kind, _ counter: inout Counter, _ body: () -> Void) {
        steps.append((kind, counter.next(kind)))
        body()
        steps.removeLast()
    }

    private func walk(_ blocks: NodeList<Block>) {
        var counter = Counter()
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                enter(.paragraph, &counter) {
                    offer(.paragraph(paragraph))
                    var inner = Counter()
                    walk(paragraph.inlines, &inner)
                }
            case .table(let table):
                enter(.table, &counter) {
                    offer(.table(table))
                    walk(table.items)
                }
            case .control(let control):
                enter(.control, &counter) { walk(control) }
            }
        }
    }

    private func walk(_ inlines: NodeList<Inline>, _ counter: inout Counter) {
        for inline in inlines {
            switch inline {
            case .control(let control): enter(.control, &counter) { walk(control) }
            case .field(let field):
                enter(.field, &counter) {
                    offer(.field(field))
                    var inner = Counter()
                    walk(field.result, &inner)
                }
            case .hyperlink(let link): walk(link.inlines, &counter)
            case .textBox(let blocks): enter(.textbox, &counter) { walk(blocks) }
            case .run, .noteReference: break
            }
        }
    }

    private func walk(_ items: NodeList<Table.Item>) {
        var counter = Counter()
        for item in items {
            switch item {
            case .row(let row): enter(.row, &counter) { walk(row.items) }
            case .control(let control): enter(.control, &counter) { walk(control) }
            }
        }
    }

    private func walk(_ items: NodeList<Table.Row.Item>) {
        var counter = Counter()
        for item in items {
            switch item {
            case .cell(let cell): enter(.cell, &counter) { walk(cell.blocks) }
            case .control(let control): enter(.control, &counter) { walk(control) }
            }
        }
    }

    private func walk(_ control: ContentControl) {
        offer(.control(control))
        switch control.content {
        case .blocks(let blocks): walk(blocks)
        case .inlines(let inlines):
            var counter = Counter()
            walk(inlines, &counter)
        case .rows(let items): walk(items)
        case .cells(let items): walk(items)
        }
    }
}

/// Writes a step of a model path (`row[3]`) as UTF-8 bytes: one string is
/// made per path instead of one per piece interpolated.
enum PathStep {
    static func append(_ kind: StaticString, _ number: Int, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: kind.utf8Start, count: kind.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "["))
        let start = bytes.count
        var rest = number
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[start...].reverse()
        bytes.append(UInt8(ascii: "]"))
    }
}
