public import Messages

/// Something odd but survivable met while reading, returned with the result.
public struct Diagnostic: Sendable, Equatable, Encodable {
    public var severity: Severity
    /// A stable identifier of the kind of finding (e.g. `binding-differs`).
    public var code: String
    /// One line for people.
    public var message: String
    /// The part concerned, if any.
    public var part: String?

    public init(_ severity: Severity, _ code: String, _ message: String, part: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.part = part
    }
}
