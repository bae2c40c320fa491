/// The content controls inside some content, found on the stored nodes:
/// no run, paragraph or cell is made on the way.
extension NodeList where Element == Inline {
    /// Visits every content control in these inlines, at any depth, in
    /// document order, each before those inside it, with its tag and alias.
    /// Text boxes are not looked into; the row-level controls of a table are
    /// looked through, not visited (as ``Table/rows`` does).
    package func forEachControlName(_ body: (_ tag: String?, _ alias: String?) -> Void) {
        storage.data.forEachControl(in: slots, tableItems: false, body)
    }
}

extension NodeList where Element == Table.Row.Item {
    /// As the inlines' ``NodeList/forEachControlName(_:)``, for a row's cells
    /// and cell-level controls.
    package func forEachControlName(_ body: (_ tag: String?, _ alias: String?) -> Void) {
        storage.data.forEachControl(in: slots, tableItems: false, body)
    }
}

extension ModelData {
    /// The walk behind ``NodeList/forEachControlName(_:)``. `tableItems`: the
    /// nodes are a table's items (or a row-level control's content), whose
    /// row-level controls are looked through and others skipped, as
    /// ``forEachThroughControls(_:in:_:)`` does.
    func forEachControl(in items: Range<Int32>, tableItems: Bool, _ body: (String?, String?) -> Void) {
        for slot in items {
            let item = children[Int(slot)]
            let node = nodes[Int(item)]
            switch node.kind {
            case .control:
                let control = controls[Int(node.a)]
                if tableItems {
                    if control.level == .row { forEachControl(in: slots(of: item), tableItems: true, body) }
                } else {
                    body(control.tag, control.alias)
                    forEachControl(in: slots(of: item), tableItems: control.level == .row, body)
                }
            case .table: forEachControl(in: slots(of: item), tableItems: true, body)
            case .paragraph, .row, .cell, .hyperlink, .field: forEachControl(in: slots(of: item), tableItems: false, body)
            case .root, .run, .textBox, .noteReference: break
            }
        }
    }
}
