import Messages
/// Resolving data-bound content controls against the custom XML store.
extension Document {
    /// Gives every bound control its bound value and says where the cached
    /// content differs. Diagnostics name the control's tag, never its content.
    mutating func resolveBindings(_ store: CustomXMLStore, diagnostics: inout [Diagnostic], part: String) {
        var found: [Diagnostic] = []
        let rewrite = ControlRewriter { control in
            guard var binding = control.dataBinding else { return }
            let name = control.tag ?? control.alias ?? control.id ?? "?"
            switch store.value(for: binding) {
            case .success(nil):
                return
            case .success(let bound?):
                binding.boundValue = bound
                binding.differsFromContent = Document.differs(control, bound)
                if control.kind == .checkbox { control.checked = Document.truthy(bound) }
                if binding.differsFromContent == true {
                    found.append(Diagnostic(.warning, "binding-differs", Texts.Document.bindingDiffers(name), part: part))
                }
            case .failure(let error):
                found.append(Diagnostic(.warning, "binding-unsupported", Texts.Document.bindingUnsupported(name, error.message), part: part))
            }
            control.dataBinding = binding
        }
        body = rewrite.blocks(body)
        for i in stories.indices { stories[i].blocks = rewrite.blocks(stories[i].blocks) }
        for i in comments.indices { comments[i].blocks = rewrite.blocks(comments[i].blocks) }
        diagnostics += found
    }

    private static func truthy(_ s: String) -> Bool {
        let v = s.trimmed.lowercased()
        return v == "true" || v == "1"
    }

    private static func differs(_ control: ContentControl, _ bound: String) -> Bool {
        switch control.kind {
        case .checkbox:
            return control.checked.map { $0 != truthy(bound) } ?? false
        case .date:
            let cached = control.fullDate.flatMap(ContentControl.isoDate)
            return cached != nil && cached != ContentControl.isoDate(bound.trimmed)
        default:
            let cached = control.showingPlaceholder ? "" : control.text.trimmed
            return cached != bound.trimmed
        }
    }
}

/// Rebuilds a tree with every content control passed through a transform.
private struct ControlRewriter {
    let transform: (inout ContentControl) -> Void

    func blocks(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            switch block {
            case .paragraph(var paragraph):
                paragraph.inlines = inlines(paragraph.inlines)
                return .paragraph(paragraph)
            case .table(var table):
                table.items = rows(table.items)
                return .table(table)
            case .control(let control):
                return .control(rewrite(control))
            }
        }
    }

    func inlines(_ inlines: [Inline]) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .control(let control): return .control(rewrite(control))
            case .field(var field):
                field.result = self.inlines(field.result)
                return .field(field)
            case .hyperlink(var link):
                link.inlines = self.inlines(link.inlines)
                return .hyperlink(link)
            case .textBox(let content): return .textBox(blocks(content))
            case .run, .noteReference: return inline
            }
        }
    }

    func rows(_ items: [Table.Item]) -> [Table.Item] {
        items.map { item in
            switch item {
            case .row(var row):
                row.items = cells(row.items)
                return .row(row)
            case .control(let control): return .control(rewrite(control))
            }
        }
    }

    func cells(_ items: [Table.Row.Item]) -> [Table.Row.Item] {
        items.map { item in
            switch item {
            case .cell(var cell):
                cell.blocks = blocks(cell.blocks)
                return .cell(cell)
            case .control(let control): return .control(rewrite(control))
            }
        }
    }

    private func rewrite(_ control: ContentControl) -> ContentControl {
        var control = control
        switch control.content {
        case .blocks(let content): control.content = .blocks(blocks(content))
        case .inlines(let content): control.content = .inlines(inlines(content))
        case .rows(let content): control.content = .rows(rows(content))
        case .cells(let content): control.content = .cells(cells(content))
        }
        transform(&control)
        return control
    }
}
