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

    /// ``walk(_:)`` visiting only the nodes `wanted` picks: the element and
    /// its location path are made only for those.
    func walk(where wanted: (Node) -> Bool, _ visit: (ModelElement, Location) -> Void) {
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
        walk(where: { $0.kind == .control }) { element, location in
            if case .control(let control) = element { result.append(LocatedControl(control: control, location: location)) }
        }
        return result
    }

    /// Every legacy form field (FORMTEXT, FORMCHECKBOX, FORMDROPDOWN), in
    /// document order.
    public var formFields: [LocatedFormField] {
        var result: [LocatedFormField] = []
        walk(where: { $0.kind == .field && $0.b >= 0 }) { element, location in
            if case .field(let field) = element, let form = field.formField {
                result.append(LocatedFormField(formField: form, location: location))
            }
        }
        return result
    }
}

/// The recursion behind ``Document/walk(_:)``, on the model's nodes. The
/// path to the current element is kept as a stack of steps and written out,
/// and the element made, only for the elements visited.
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

    private let wanted: (Node) -> Bool
    private let visit: (ModelElement, Location) -> Void
    private var part = ""
    private var root = ""
    private var storage = ModelStorage.empty
    /// The storage's nodes and child slots, read in place while a story is
    /// walked (no retain or exclusivity check per node).
    private var nodes = UnsafeBufferPointer<Node>(start: nil, count: 0)
    private var slots = UnsafeBufferPointer<Int32>(start: nil, count: 0)
    /// Unchecked: a walk runs on one thread, and no access outlives its statement.
    @exclusivity(unchecked) private var steps: [(kind: Kind, number: Int32)] = []
    /// The path being written, kept between elements for its storage.
    @exclusivity(unchecked) private var path: [UInt8] = []

    init(wanted: @escaping (Node) -> Bool, visit: @escaping (ModelElement, Location) -> Void) {
        self.wanted = wanted
        self.visit = visit
    }

    func walk(_ blocks: NodeList<Block>, part: String, root: String) {
        self.part = part
        self.root = root
        storage = blocks.storage
        storage.data.nodes.withUnsafeBufferPointer { nodes in
            storage.data.children.withUnsafeBufferPointer { slots in
                self.nodes = nodes
                self.slots = slots
                blocks.nodes.withUnsafeBufferPointer { walk(blocks: $0) }
                self.nodes = UnsafeBufferPointer(start: nil, count: 0)
                self.slots = UnsafeBufferPointer(start: nil, count: 0)
            }
        }
    }

    private func offer(_ node: Int32) {
        let value = nodes[Int(node)]
        guard wanted(value) else { return }
        path.removeAll(keepingCapacity: true)
        path.append(contentsOf: root.utf8)
        for step in steps {
            path.append(UInt8(ascii: "/"))
            PathStep.append(step.kind.name, Int(step.number), to: &path)
        }
        let reference = NodeReference(storage: storage, node: node)
        let element: ModelElement
        switch value.kind {
        case .paragraph: element = .paragraph(Paragraph(reference))
        case .table: element = .table(Table(reference))
        case .field: element = .field(Field(reference))
        default: element = .control(ContentControl(reference))
        }
        visit(element, Location(part: part, path: String(decoding: path, as: UTF8.self)))
    }

    /// Runs `body` one step deeper: the `kind` sibling numbered by `counter`.
    private func enter(_ kind: Kind, _ counter: inout Counter, _ body: () -> Void) {
        steps.append((kind, counter.next(kind)))
        body()
        steps.removeLast()
    }

    private func children(_ node: Int32) -> UnsafeBufferPointer<Int32> {
        let range = nodes[Int(node)].childSlots
        return UnsafeBufferPointer(rebasing: slots[Int(range.lowerBound)..<Int(range.upperBound)])
    }

    private func walk(blocks: UnsafeBufferPointer<Int32>) {
        var counter = Counter()
        for block in blocks {
            switch nodes[Int(block)].kind {
            case .table:
                enter(.table, &counter) {
                    offer(block)
                    walk(rows: children(block))
                }
            case .control:
                enter(.control, &counter) { walk(control: block) }
            default:
                enter(.paragraph, &counter) {
                    offer(block)
                    var inner = Counter()
                    walk(inlines: children(block), &inner)
                }
            }
        }
    }

    private func walk(inlines: UnsafeBufferPointer<Int32>, _ counter: inout Counter) {
        for inline in inlines {
            switch nodes[Int(inline)].kind {
            case .control: enter(.control, &counter) { walk(control: inline) }
            case .field:
                enter(.field, &counter) {
                    offer(inline)
                    var inner = Counter()
                    walk(inlines: children(inline), &inner)
                }
            case .hyperlink: walk(inlines: children(inline), &counter)
            case .textBox: enter(.textbox, &counter) { walk(blocks: children(inline)) }
            default: break
            }
        }
    }

    private func walk(rows items: UnsafeBufferPointer<Int32>) {
        var counter = Counter()
        for item in items {
            if nodes[Int(item)].kind == .control {
                enter(.control, &counter) { walk(control: item) }
            } else {
                enter(.row, &counter) { walk(cells: children(item)) }
            }
        }
    }

    private func walk(cells items: UnsafeBufferPointer<Int32>) {
        var counter = Counter()
        for item in items {
            if nodes[Int(item)].kind == .control {
                enter(.control, &counter) { walk(control: item) }
            } else {
                enter(.cell, &counter) { walk(blocks: children(item)) }
            }
        }
    }

    private func walk(control: Int32) {
        offer(control)
        let content = children(control)
        switch storage.data.controls[Int(nodes[Int(control)].a)].level {
        case .block: walk(blocks: content)
        case .inline:
            var counter = Counter()
            walk(inlines: content, &counter)
        case .row: walk(rows: content)
        case .cell: walk(cells: content)
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
        // Reversed through the buffer: reversing `bytes[start...]` would copy the array the slice shares.
        bytes.withUnsafeMutableBufferPointer { $0[start...].reverse() }
        bytes.append(UInt8(ascii: "]"))
    }
}
