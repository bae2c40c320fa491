/// One relationship (`Relationship` in a `.rels` part). The type is an open
/// vocabulary: it is matched by its last path segment, so transitional, Strict
/// and unknown variants all read.
struct Relationship: Sendable, Equatable {
    var id: String
    var type: String
    /// The resolved part name, or the URL as written for external targets.
    var target: String
    var isExternal: Bool

    /// The last segment of the type URI (`officeDocument`, `header`...).
    var kind: Substring {
        type.split(separator: "/").last ?? ""
    }
}
