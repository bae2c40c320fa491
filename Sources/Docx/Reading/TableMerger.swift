/// Resolves vertical merges (`w:vMerge`) once a table is complete: each
/// continuation cell is removed and its origin's row span grows, so a merged
/// cell appears once. Text found in a continuation cell (Word keeps none, some
/// generators do) is moved into the origin, never dropped.
///
/// Works on the table's nodes in the storage being written: a row's list of
/// children shrinks in place; an origin that receives blocks gets a new list.
enum TableMerger {
    static func resolve(_ table: Int32, merges: [CellMerge], in data: inout ModelData) {
        guard merges.contains(where: { $0.merge != .none }) else { return }
        var rowSpan = [Int32](repeating: 1, count: merges.count)
        var originOf: [Int: Int] = [:]
        var openOrigin: [Int: Int] = [:]   // grid column -> origin cell index
        for (index, cell) in merges.enumerated() {
            switch cell.merge {
            case .restart:
                openOrigin[cell.column] = index
            case .continue:
                if let origin = openOrigin[cell.column], merges[origin].row + Int(rowSpan[origin]) == cell.row {
                    rowSpan[origin] += 1
                    originOf[index] = origin
                } else {
                    openOrigin[cell.column] = index
                }
            case .none:
                openOrigin[cell.column] = nil
            }
        }
        var cells: [Int32] = []
        data.forEachThroughControls(.row, in: data.slots(of: table)) { data, row in
            data.forEachThroughControls(.cell, in: data.slots(of: row)) { _, cell in cells.append(cell) }
        }
        guard cells.count == merges.count else { return }
        var moved: [Int: [Int32]] = [:]
        for index in originOf.keys.sorted() {
            if !data.string(.blocks(data.slots(of: cells[index]))).trimmed.isEmpty {
                moved[originOf[index]!, default: []] += data.children(of: cells[index])
            }
        }
        var next = 0
        rebuildRows(of: table, next: &next, rowSpan: rowSpan, dropped: originOf, moved: moved, in: &data)
    }

    /// Walks the table's rows (through row-level controls) in order.
    private static func rebuildRows(of container: Int32, next: inout Int, rowSpan: [Int32], dropped: [Int: Int],
                                    moved: [Int: [Int32]], in data: inout ModelData) {
        for item in data.children(of: container) {
            if data.nodes[Int(item)].kind == .control {
                rebuildRows(of: item, next: &next, rowSpan: rowSpan, dropped: dropped, moved: moved, in: &data)
            } else {
                rebuildCells(of: item, next: &next, rowSpan: rowSpan, dropped: dropped, moved: moved, in: &data)
            }
        }
    }

    /// Keeps a row's (or cell-level control's) cells that are not
    /// continuations, giving each its row span and moved blocks.
    private static func rebuildCells(of container: Int32, next: inout Int, rowSpan: [Int32], dropped: [Int: Int],
                                     moved: [Int: [Int32]], in data: inout ModelData) {
        let slots = data.nodes[Int(container)].childSlots
        var kept = slots.lowerBound
        for slot in slots {
            let item = data.children[Int(slot)]
            if data.nodes[Int(item)].kind == .control {
                rebuildCells(of: item, next: &next, rowSpan: rowSpan, dropped: dropped, moved: moved, in: &data)
            } else {
                let index = next
                next += 1
                if dropped[index] != nil { continue }
                data.nodes[Int(item)].c = rowSpan[index]
                if let blocks = moved[index] {
                    let own = Array(data.children(of: item))
                    data.nodes[Int(item)].first = Int32(data.children.count)
                    data.nodes[Int(item)].count = Int32(own.count + blocks.count)
                    data.children += own
                    data.children += blocks
                }
            }
            data.children[Int(kept)] = item
            kept += 1
        }
        data.nodes[Int(container)].count = kept - slots.lowerBound
    }
}
