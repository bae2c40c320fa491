/// A field (ECMA-376 Part 1 §17.16): an instruction and the result Word last
/// computed, which is what the reader sees.
public struct Field: ModelNode {
    /// The field instruction, e.g. ` FORMTEXT ` or ` DATE \@ "d-M-yyyy" `.
    public var instruction: String
    /// The result content.
    public var result: NodeList<Inline>
    /// The legacy form field data (`w:ffData`), for FORMTEXT, FORMCHECKBOX and
    /// FORMDROPDOWN fields.
    public var formField: FormField?

    public init(instruction: String, result: NodeList<Inline>, formField: FormField? = nil) {
        self.instruction = instruction
        self.result = result
        self.formField = formField
    }

    public init(instruction: String, result: [Inline], formField: FormField? = nil) {
        self.init(instruction: instruction, result: NodeList(result), formField: formField)
    }

    public init(_ reference: NodeReference) {
        let node = reference.value
        instruction = reference.storage.string(node.a) ?? ""
        result = reference.storage.children(of: reference.node)
        formField = node.b < 0 ? nil : reference.storage.data.formFields[Int(node.b)]
    }

    public func write(to writer: inout ModelWriter) -> NodeIndex {
        let children = result.map { $0.write(to: &writer).index }
        let field = Node(.field, a: writer.intern(instruction), b: writer.formField(formField))
        return NodeIndex(index: writer.container(field, children: children))
    }

    /// The first word of the instruction, upper-cased (`FORMTEXT`, `DATE`...).
    public var type: String {
        String(instruction.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "").uppercased()
    }
}

/// A legacy form field (`w:ffData` in a FORMTEXT, FORMCHECKBOX or FORMDROPDOWN
/// field; ECMA-376 Part 1 §17.16.17).
public struct FormField: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, Encodable {
        case text, checkbox, dropdown
    }
    public var kind: Kind
    /// The bookmark name (`w:name`).
    public var name: String?
    /// For checkboxes: `w:checked`, else `w:default`.
    public var checked: Bool?
    /// For drop-downs: the entries (`w:listEntry`).
    public var entries: [String] = []
    /// For drop-downs: the selected entry's index (`w:result`, else `w:default`).
    public var selectedIndex: Int?
    /// For text fields: the default text (`w:textInput/w:default`).
    public var defaultText: String?
    /// For text fields: the maximum length (`w:maxLength`).
    public var maxLength: Int?
    /// The field's current value: the result text for text fields, the
    /// selected entry for drop-downs, nil for checkboxes.
    public var value: String?

    public init(kind: Kind, name: String? = nil) {
        self.kind = kind
        self.name = name
    }
}
