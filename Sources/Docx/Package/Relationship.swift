/// One relationship (`Relationship` in a `.rels` part). The type is an open
/// vocabulary: it is matched by its last path segment, so transitional, Strict
/// and unknown variants all read.
struct Relationship: Sendable, Equatable {
    let id: String
    let type: String
    /// The resolved part name, or the URL as written for external targets.
    let target: String
    let isExternal: Bool
    /// The last segment of the type URI (`officeDocument`, `header`...):
    /// found once, as it is asked for several times a relationship.
    let kind: Substring

    init(id: String, type: String, target: String, isExternal: Bool) {
        self.id = id
        self.type = type
        self.target = target
        self.isExternal = isExternal
        kind = type.split(separator: "/").last ?? ""
    }
}
