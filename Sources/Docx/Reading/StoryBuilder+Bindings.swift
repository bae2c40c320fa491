import Messages
/// Resolving data-bound content controls against the custom XML store.
extension StoryBuilder {
    /// Gives every bound control under `root` (in the part being read) its
    /// bound value and says where the cached content differs. Controls are
    /// visited after the controls they hold. Diagnostics name the control's
    /// tag, never its content.
    mutating func resolveBindings(under root: Int32, _ store: CustomXMLStore, found: inout [Diagnostic], part: String) {
        for child in writer.data.children(of: root) {
            resolveBindings(under: child, store, found: &found, part: part)
        }
        guard writer.data.nodes[Int(root)].kind == .control else { return }
        let index = Int(writer.data.nodes[Int(root)].a)
        var control = writer.data.controls[index]
        guard var binding = control.dataBinding else { return }
        let name = control.tag ?? control.alias ?? control.id ?? "?"
        switch store.value(for: binding) {
        case .success(nil):
            return
        case .success(let bound?):
            binding.boundValue = bound
            binding.differsFromContent = StoryBuilder.differs(control, text: cachedText(root), bound)
            if control.kind == .checkbox { control.checked = StoryBuilder.truthy(bound) }
            if binding.differsFromContent == true {
                found.append(Diagnostic(.warning, "binding-differs", Texts.Document.bindingDiffers(name), part: part))
            }
        case .failure(let error):
            found.append(Diagnostic(.warning, "binding-unsupported", Texts.Document.bindingUnsupported(name, error.message), part: part))
        }
        control.dataBinding = binding
        writer.data.controls[index] = control
    }

    private func cachedText(_ control: Int32) -> String {
        writer.data.string(.content(of: control))
    }

    private static func truthy(_ s: String) -> Bool {
        let v = s.trimmed.lowercased()
        return v == "true" || v == "1"
    }

    private static func differs(_ control: ContentControl, text: @autoclosure () -> String, _ bound: String) -> Bool {
        switch control.kind {
        case .checkbox:
            return control.checked.map { $0 != truthy(bound) } ?? false
        case .date:
            let cached = control.fullDate.flatMap(ContentControl.isoDate)
            return cached != nil && cached != ContentControl.isoDate(bound.trimmed)
        default:
            let cached = control.showingPlaceholder ? "" : text().trimmed
            return cached != bound.trimmed
        }
    }
}
