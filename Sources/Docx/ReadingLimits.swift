/// The resource limits a document is read under. Zip headers can lie, so the
/// sizes are enforced on the bytes actually inflated, not on what the archive
/// claims. The defaults are generous for forms (a filled form is ~100 KB).
public struct ReadingLimits: Sendable, Equatable {
    /// The largest input file, in bytes (default 256 MiB).
    public var maxFileSize: Int = 256 << 20
    /// The most bytes one part may inflate to (default 64 MiB).
    public var maxPartSize: Int = 64 << 20
    /// The most bytes all parts read may inflate to together (default 256 MiB).
    public var maxTotalSize: Int = 256 << 20
    /// The most entries the zip archive may list (default 10,000).
    public var maxEntries: Int = 10_000
    /// The highest inflated-to-compressed ratio of a part larger than 1 MiB
    /// (default 200; real documents stay far below, zip bombs far above).
    public var maxCompressionRatio: Int = 200
    /// The deepest element nesting in an XML part (default and most 256,
    /// libxml2's own limit).
    public var maxDepth: Int = 256
    /// The longest text node in an XML part, in bytes (default 10 MiB).
    public var maxTextSize: Int = 10 << 20
    /// The most content controls one part may hold (default 10,000; the
    /// form has about 200).
    public var maxControls: Int = 10_000

    public init() {}

    /// The defaults.
    public static let `default` = ReadingLimits()
}
