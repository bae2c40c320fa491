/// A table (`w:tbl`), with merged cells resolved: a cell spanning columns
/// (`w:gridSpan`) or rows (`w:vMerge`) appears once, with its spans.
public struct Table: ModelNode {
    /// A row, or a row-level content control wrapping rows.
    public enum Item: ModelNode {
        case row(Row)
        case control(ContentControl)

        public init(_ reference: NodeReference) {
            self = reference.value.kind == .control ? .control(ContentControl(reference)) : .row(Row(reference))
        }

        public func write(to writer: inout ModelWriter) -> NodeIndex {
            switch self {
            case .row(let row): row.write(to: &writer)
            case .control(let control): control.write(to: &writer)
            }
        }
    }

    /// The table style id (`w:tblStyle`).
    public var style: String?
    /// The widths of the grid columns in twentieths of a point (`w:tblGrid`);
    /// empty when the document does not give them.
    public var columnWidths: [Int]
    /// The rows and row-level controls, in order.
    public var items: NodeList<Item>

    public init(style: String? = nil, columnWidths: [Int] = [], items: NodeList<Item>) {
        self.style = style
        self.columnWidths = columnWidths
        self.items = items
    }

    public init(style: String? = nil, columnWidths: [Int] = [], items: [Item]) {
        self.init(style: style, columnWidths: columnWidths, items: NodeList(items))
    }

    public init(_ reference: NodeReference) {
        let node = reference.value
        style = reference.storage.string(node.a)
        columnWidths = node.b < 0 ? [] : reference.storage.data.columnWidths[Int(node.b)]
        items = reference.storage.children(of: reference.node)
    }

    public func write(to writer: inout ModelWriter) -> NodeIndex {
        let children = items.map { $0.write(to: &writer).index }
        let table = Node(.table, a: writer.intern(style), b: writer.columnWidths(columnWidths))
        return NodeIndex(index: writer.container(table, children: children))
    }

    /// Every row in order, looking through row-level content controls.
    public var rows: [Row] {
        Table.rows(in: items)
    }

    /// Every row with its path below the table as ``Document``'s walk names
    /// it: `row[3]`, or `control[1]/row[2]` for a row in a row-level control.
    public var locatedRows: [(path: String, row: Row)] {
        var located: [(path: String, row: Row)] = []
        walkPaths(items, kind: "row", { located.append(($0, $1)) }) { item in
            switch item {
            case .row(let row): return .element(row)
            case .control(let control):
                if case .rows(let nested) = control.content { return .control(nested) }
                return .control([])
            }
        }
        return located
    }

    static func rows(in items: NodeList<Item>) -> [Row] {
        items.throughControls(.row)
    }

    /// A table row (`w:tr`).
    public struct Row: ModelNode {
        /// A cell, or a cell-level content control wrapping cells.
        public enum Item: ModelNode {
            case cell(Cell)
            case control(ContentControl)

            public init(_ reference: NodeReference) {
                self = reference.value.kind == .control ? .control(ContentControl(reference)) : .cell(Cell(reference))
            }

            public func write(to writer: inout ModelWriter) -> NodeIndex {
                switch self {
                case .cell(let cell): cell.write(to: &writer)
                case .control(let control): control.write(to: &writer)
                }
            }
        }
        public var items: NodeList<Item>
        /// Whether the row repeats as a header row (`w:tblHeader`).
        public var isHeader: Bool

        public init(items: NodeList<Item>, isHeader: Bool = false) {
            self.items = items
            self.isHeader = isHeader
        }

        public init(items: [Item], isHeader: Bool = false) {
            self.init(items: NodeList(items), isHeader: isHeader)
        }

        public init(_ reference: NodeReference) {
            isHeader = reference.value.flag
            items = reference.storage.children(of: reference.node)
        }

        public func write(to writer: inout ModelWriter) -> NodeIndex {
            let children = items.map { $0.write(to: &writer).index }
            return NodeIndex(index: writer.container(Node(.row, flag: isHeader), children: children))
        }

        /// Every cell in order, looking through cell-level content controls.
        public var cells: [Cell] {
            Row.cells(in: items)
        }

        /// Every cell with its path below the row as ``Document``'s walk names
        /// it: `cell[2]`, or `control[1]/cell[1]` for a cell in a cell-level control.
        public var locatedCells: [(path: String, cell: Cell)] {
            var located: [(path: String, cell: Cell)] = []
            walkPaths(items, kind: "cell", { located.append(($0, $1)) }) { item in
                switch item {
                case .cell(let cell): return .element(cell)
                case .control(let control):
                    if case .cells(let nested) = control.content { return .control(nested) }
                    return .control([])
                }
            }
            return located
        }

        static func cells(in items: NodeList<Item>) -> [Cell] {
            items.throughControls(.cell)
        }
    }

    /// A table cell (`w:tc`).
    public struct Cell: ModelNode {
        public var blocks: NodeList<Block>
        /// The first grid column the cell occupies (0-based).
        public var column: Int
        /// How many grid columns it spans (`w:gridSpan`).
        public var columnSpan: Int
        /// How many rows it spans (resolved from `w:vMerge`).
        public var rowSpan: Int
        /// The cell's shading fill colour (`w:shd w:fill`), nil when none.
        public var shading: String?

        public init(blocks: NodeList<Block>, column: Int = 0, columnSpan: Int = 1, rowSpan: Int = 1, shading: String? = nil) {
            self.blocks = blocks
            self.column = column
            self.columnSpan = columnSpan
            self.rowSpan = rowSpan
            self.shading = shading
        }

        public init(blocks: [Block], column: Int = 0, columnSpan: Int = 1, rowSpan: Int = 1, shading: String? = nil) {
            self.init(blocks: NodeList(blocks), column: column, columnSpan: columnSpan, rowSpan: rowSpan, shading: shading)
        }

        public init(_ reference: NodeReference) {
            let node = reference.value
            blocks = reference.storage.children(of: reference.node)
            column = Int(node.a)
            columnSpan = Int(node.b)
            rowSpan = Int(node.c)
            shading = reference.storage.string(node.d)
        }

        public func write(to writer: inout ModelWriter) -> NodeIndex {
            let children = blocks.map { $0.write(to: &writer).index }
            let cell = Node(.cell, a: Int32(clamping: column), b: Int32(clamping: columnSpan), c: Int32(clamping: rowSpan),
                            d: writer.intern(shading))
            return NodeIndex(index: writer.container(cell, children: children))
        }
    }
}

/// A table or row item as ``walkPaths`` sees it: the element counted, or a
/// control (counted apart) with the items inside it.
private enum PathItem<Element, Item: ModelNode> {
    case element(Element)
    case control(NodeList<Item>)
}

/// Hands `items`' elements to `found` with their walk paths: `kind[n]`
/// counted among the elements of one level, controls counted apart and
/// looked through.
private func walkPaths<Element, Item: ModelNode>(_ items: NodeList<Item>, kind: StaticString, _ found: (String, Element) -> Void,
                                      _ what: (Item) -> PathItem<Element, Item>) {
    var path: [UInt8] = []
    walkPaths(items, kind: kind, prefix: &path, found, what)
}

private func walkPaths<Element, Item: ModelNode>(_ items: NodeList<Item>, kind: StaticString, prefix path: inout [UInt8],
                                      _ found: (String, Element) -> Void, _ what: (Item) -> PathItem<Element, Item>) {
    let prefixLength = path.count
    var elements = 0, controls = 0
    for item in items {
        path.removeSubrange(prefixLength...)
        switch what(item) {
        case .element(let element):
            elements += 1
            PathStep.append(kind, elements, to: &path)
            found(String(decoding: path, as: UTF8.self), element)
        case .control(let nested):
            controls += 1
            PathStep.append("control", controls, to: &path)
            path.append(UInt8(ascii: "/"))
            walkPaths(nested, kind: kind, prefix: &path, found, what)
        }
    }
    path.removeSubrange(prefixLength...)
}
