/// How a part's model is stored: every node in one flat array of plain values,
/// all text in one UTF-8 buffer, formats and names interned. Nothing is
/// reference-counted per node, so building a model is appending to a few
/// arrays and freeing it frees those arrays.
///
/// The public model (``Block``, ``Paragraph``, ``Run``...) is read from here:
/// a collection of children (``NodeList``) names a storage and a range of
/// child slots, and makes each value when it is read.
struct ModelData {
    /// The text of every run, one after the other.
    var text: [UInt8] = []
    var nodes: [Node] = []
    /// The children of every container, each container's contiguous.
    var children: [Int32] = []
    /// Interned style ids, link targets, field instructions, note ids.
    var strings: [String] = []
    /// Interned run formats; index 0 is the plain format.
    var formats: [RunFormat] = [RunFormat()]
    var changes: [Change] = []
    /// Content controls' properties (their `content` is left empty).
    var controls: [ContentControl] = []
    var formFields: [FormField] = []
    var columnWidths: [[Int]] = []

    /// The string interned at `index` (nil for -1).
    func string(_ index: Int32) -> String? {
        index < 0 ? nil : strings[Int(index)]
    }
}

/// One node: a container of children (a slot range in ``ModelData/children``)
/// and up to four numbers whose meaning depends on the kind.
struct Node {
    enum Kind: UInt8 {
        /// A story: its children are the story's blocks.
        case root
        /// a: style string.
        case paragraph
        /// a: style string; b: column widths.
        case table
        /// flag: header row.
        case row
        /// a: first grid column; b: column span; c: row span; d: shading string.
        case cell
        /// a: index in `controls`.
        case control
        /// a..<b: text; c: format; d: change.
        case run
        /// a: instruction string; b: index in `formFields`.
        case field
        /// a: target string.
        case hyperlink
        case textBox
        /// flag: an endnote (else a footnote); a: id string.
        case noteReference
    }

    var kind: Kind
    var flag = false
    var first: Int32 = 0
    var count: Int32 = 0
    var a: Int32 = -1
    var b: Int32 = -1
    var c: Int32 = -1
    var d: Int32 = -1

    init(_ kind: Kind, flag: Bool = false, a: Int32 = -1, b: Int32 = -1, c: Int32 = -1, d: Int32 = -1) {
        self.kind = kind
        self.flag = flag
        self.a = a
        self.b = b
        self.c = c
        self.d = d
    }

    /// The slots of its children in ``ModelData/children``.
    var childSlots: Range<Int32> { first..<(first + count) }
}

/// A finished, immutable model storage shared by the values read from it.
final class ModelStorage: Sendable {
    let data: ModelData

    init(_ data: ModelData) {
        self.data = data
    }

    /// The storage of values made with nothing in them.
    static let empty = ModelStorage(ModelData())

    func string(_ index: Int32) -> String? {
        data.string(index)
    }

    /// The children of `node` as a list.
    func children<Element>(of node: Int32) -> NodeList<Element> {
        NodeList(storage: self, slots: data.nodes[Int(node)].childSlots)
    }
}

/// A node of a model storage. Public only as the currency of
/// ``ModelNode``: it has no public members.
public struct NodeReference: Sendable {
    let storage: ModelStorage
    let node: Int32

    var value: Node { storage.data.nodes[Int(node)] }
}

/// The index of a node written with ``ModelWriter``. Public only as the
/// currency of ``ModelNode``.
public struct NodeIndex: Sendable {
    let index: Int32
}

/// A value of the document model that lives in a model storage: read from a
/// node, written as one. The model's own types conform; nothing else needs to.
public protocol ModelNode: Sendable, Equatable {
    /// The value the node holds.
    init(_ reference: NodeReference)
    /// Writes the value, and what it holds, as a node.
    func write(to writer: inout ModelWriter) -> NodeIndex
}

/// The children of a model container: a random-access collection whose
/// values are made as they are read.
public struct NodeList<Element: ModelNode>: RandomAccessCollection, Sendable {
    let storage: ModelStorage
    let slots: Range<Int32>

    init(storage: ModelStorage, slots: Range<Int32>) {
        self.storage = storage
        self.slots = slots
    }

    /// A list holding `elements`, written into a storage of its own.
    public init(_ elements: some Sequence<Element>) {
        var writer = ModelWriter()
        let nodes = elements.map { $0.write(to: &writer).index }
        let root = writer.container(Node(.root), children: nodes)
        self = ModelStorage(writer.data).children(of: root)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { Int(slots.count) }

    public subscript(position: Int) -> Element {
        Element(NodeReference(storage: storage, node: storage.data.children[Int(slots.lowerBound) + position]))
    }

    /// The node of each element, for readers inside the module.
    var nodes: ArraySlice<Int32> { storage.data.children[Int(slots.lowerBound)..<Int(slots.upperBound)] }

    /// The rows of table items or the cells of row items, looking through the
    /// controls of `level` that wrap them (see ``ModelData/forEachThroughControls(_:in:_:)``).
    func throughControls<Leaf: ModelNode>(_ level: ContentControl.Level) -> [Leaf] {
        var leaves: [Leaf] = []
        leaves.reserveCapacity(count)
        storage.data.forEachThroughControls(level, in: slots) { _, node in leaves.append(Leaf(NodeReference(storage: storage, node: node))) }
        return leaves
    }
}

extension NodeList: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Element...) {
        self = elements.isEmpty ? .empty : NodeList(elements)
    }

    /// A list with nothing in it.
    public static var empty: NodeList { NodeList(storage: .empty, slots: 0..<0) }
}

extension NodeList: Equatable {
    public static func == (lhs: NodeList, rhs: NodeList) -> Bool {
        lhs.elementsEqual(rhs)
    }
}

extension NodeList: Encodable where Element: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for element in self { try container.encode(element) }
    }
}

/// Appends nodes to a model storage being made: the reader's, or that of
/// values made in code. Children are written before their container.
public struct ModelWriter {
    var data = ModelData()
    private var strings: [String: Int32] = [:]
    private var formats: [RunFormat: Int32] = [RunFormat(): 0]

    init() {}

    /// Adds `node`; its children are `children`, in order.
    mutating func container(_ node: Node, children: some Collection<Int32>) -> Int32 {
        var node = node
        node.first = Int32(data.children.count)
        node.count = Int32(children.count)
        data.children.append(contentsOf: children)
        return add(node)
    }

    mutating func add(_ node: Node) -> Int32 {
        data.nodes.append(node)
        return Int32(data.nodes.count - 1)
    }

    mutating func intern(_ string: String?) -> Int32 {
        guard let string else { return -1 }
        if let index = strings[string] { return index }
        let index = Int32(data.strings.count)
        data.strings.append(string)
        strings[string] = index
        return index
    }

    mutating func intern(_ format: RunFormat) -> Int32 {
        if let index = formats[format] { return index }
        let index = Int32(data.formats.count)
        data.formats.append(format)
        formats[format] = index
        return index
    }

    mutating func change(_ change: Change?) -> Int32 {
        guard let change else { return -1 }
        data.changes.append(change)
        return Int32(data.changes.count - 1)
    }

    mutating func control(_ control: ContentControl) -> Int32 {
        data.controls.append(control.withoutContent)
        return Int32(data.controls.count - 1)
    }

    mutating func formField(_ formField: FormField?) -> Int32 {
        guard let formField else { return -1 }
        data.formFields.append(formField)
        return Int32(data.formFields.count - 1)
    }

    mutating func columnWidths(_ widths: [Int]) -> Int32 {
        guard !widths.isEmpty else { return -1 }
        data.columnWidths.append(widths)
        return Int32(data.columnWidths.count - 1)
    }

    /// Adds a run of `text`.
    mutating func run(_ text: some Collection<UInt8>, format: Int32, change: Int32) -> Int32 {
        let start = Int32(data.text.count)
        data.text.append(contentsOf: text)
        return add(Node(.run, a: start, b: Int32(data.text.count), c: format, d: change))
    }

    /// Writes `value` into a storage of its own and reads it back.
    static func stored<Value: ModelNode>(_ value: (inout ModelWriter) -> Int32) -> Value {
        var writer = ModelWriter()
        let node = value(&writer)
        return Value(NodeReference(storage: ModelStorage(writer.data), node: node))
    }
}
