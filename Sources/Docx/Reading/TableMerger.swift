/// Resolves vertical merges (`w:vMerge`) once a table is complete: each
/// continuation cell is removed and its origin's `rowSpan` grows, so a merged
/// cell appears once. Text found in a continuation cell (Word keeps none, some
/// generators do) is moved into the origin, never dropped.
enum TableMerger {
    static func resolve(_ table: Table, merges: [CellMerge]) -> Table {
        guard merges.contains(where: { $0.merge != .none }) else { return table }
        var rowSpan = [Int](repeating: 1, count: merges.count)
        var originOf: [Int: Int] = [:]
        var openOrigin: [Int: Int] = [:]   // grid column -> origin cell index
        for (index, cell) in merges.enumerated() {
            switch cell.merge {
            case .restart:
                openOrigin[cell.column] = index
            case .continue:
                if let origin = openOrigin[cell.column], merges[origin].row + rowSpan[origin] == cell.row {
                    rowSpan[origin] += 1
                    originOf[index] = origin
                } else {
                    openOrigin[cell.column] = index
                }
            case .none:
                openOrigin[cell.column] = nil
            }
        }
        let cells = table.rows.flatMap(\.cells)
        guard cells.count == merges.count else { return table }
        var moved: [Int: [Block]] = [:]
        for (index, origin) in originOf where !Block.text(of: cells[index].blocks).trimmed.isEmpty {
            moved[origin, default: []] += cells[index].blocks
        }
        var next = 0
        var result = table
        result.items = rebuild(table.items, next: &next, rowSpan: rowSpan, dropped: originOf, moved: moved)
        return result
    }

    private static func rebuild(_ items: [Table.Item], next: inout Int, rowSpan: [Int], dropped: [Int: Int],
                                moved: [Int: [Block]]) -> [Table.Item] {
        items.map { item in
            switch item {
            case .row(var row):
                row.items = rebuild(row.items, next: &next, rowSpan: rowSpan, dropped: dropped, moved: moved)
                return .row(row)
            case .control(var control):
                if case .rows(let nested) = control.content {
                    control.content = .rows(rebuild(nested, next: &next, rowSpan: rowSpan, dropped: dropped, moved: moved))
                }
                return .control(control)
            }
        }
    }

    private static func rebuild(_ items: [Table.Row.Item], next: inout Int, rowSpan: [Int], dropped: [Int: Int],
                                moved: [Int: [Block]]) -> [Table.Row.Item] {
        items.compactMap { item in
            switch item {
            case .cell(var cell):
                let index = next
                next += 1
                if dropped[index] != nil { return nil }
                cell.rowSpan = rowSpan[index]
                cell.blocks += moved[index] ?? []
                return .cell(cell)
            case .control(var control):
                if case .cells(let nested) = control.content {
                    control.content = .cells(rebuild(nested, next: &next, rowSpan: rowSpan, dropped: dropped, moved: moved))
                }
                return .control(control)
            }
        }
    }
}
