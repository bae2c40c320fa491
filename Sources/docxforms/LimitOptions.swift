import ArgumentParser
import Docx
import Messages

/// The reading limits as command-line options.
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Largest input file (e.g. 256MiB).", valueName: "size"))
    var maxFileSize = ByteCount(ReadingLimits.default.maxFileSize)

    @Option(help: ArgumentHelp("Most bytes one part may inflate to.", valueName: "size"))
    var maxPartSize = ByteCount(ReadingLimits.default.maxPartSize)

    @Option(help: ArgumentHelp("Most bytes all parts may inflate to together.", valueName: "size"))
    var maxTotalSize = ByteCount(ReadingLimits.default.maxTotalSize)

    @Option(help: ArgumentHelp("Most entries the zip archive may list.", valueName: "n"))
    var maxEntries = ReadingLimits.default.maxEntries

    @Option(help: ArgumentHelp("Highest compression ratio of a part over 1 MiB.", valueName: "n"))
    var maxRatio = ReadingLimits.default.maxCompressionRatio

    @Option(help: ArgumentHelp("Deepest XML element nesting (at most 256, libxml2's limit).", valueName: "n"))
    var maxDepth = ReadingLimits.default.maxDepth

    @Option(help: ArgumentHelp("Longest text node in an XML part.", valueName: "size"))
    var maxTextSize = ByteCount(ReadingLimits.default.maxTextSize)

    @Option(help: ArgumentHelp("Most content controls in one part.", valueName: "n"))
    var maxControls = ReadingLimits.default.maxControls

    func validate() throws {
        guard (1...256).contains(maxDepth) else { throw Speech.usage(Texts.Commands.maxDepth) }
        guard maxEntries > 0, maxRatio > 0, maxControls > 0 else { throw Speech.usage(Texts.Commands.positiveLimits) }
    }

    /// The flag that raises `limit`.
    static func flag(_ limit: DocxError.Limit) -> String {
        switch limit {
        case .fileSize: "--max-file-size"
        case .partSize: "--max-part-size"
        case .totalSize: "--max-total-size"
        case .entryCount: "--max-entries"
        case .compressionRatio: "--max-ratio"
        case .xmlDepth: "--max-depth"
        case .textSize: "--max-text-size"
        case .controls: "--max-controls"
        }
    }

    var limits: ReadingLimits {
        var limits = ReadingLimits()
        limits.maxFileSize = maxFileSize.bytes
        limits.maxPartSize = maxPartSize.bytes
        limits.maxTotalSize = maxTotalSize.bytes
        limits.maxEntries = maxEntries
        limits.maxCompressionRatio = maxRatio
        limits.maxDepth = maxDepth
        limits.maxTextSize = maxTextSize.bytes
        limits.maxControls = maxControls
        return limits
    }
}

/// A size such as `64MiB`, `64M`, `512k` or `1048576`.
struct ByteCount: ExpressibleByArgument, CustomStringConvertible {
    var bytes: Int

    init(_ bytes: Int) {
        self.bytes = bytes
    }

    init?(argument: String) {
        var text = Substring(argument.lowercased())
        if text.hasSuffix("ib") { text = text.dropLast(2) } else if text.hasSuffix("b") { text = text.dropLast() }
        let units: [Character: Int] = ["g": 1 << 30, "m": 1 << 20, "k": 1 << 10]
        var scale = 1
        if let last = text.last, let unit = units[last] {
            scale = unit
            text = text.dropLast()
        }
        guard let n = Int(text), n > 0, n <= Int.max / scale else { return nil }
        self.bytes = n * scale
    }

    var description: String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20)MiB" : "\(bytes)"
    }
}
