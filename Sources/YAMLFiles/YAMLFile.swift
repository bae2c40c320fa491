public import Messages
public import Yams
#if canImport(Glibc)
import Glibc
#endif

/// A YAML file that is not valid, or not what it should be: where, and what
/// is wrong (`file:line:column: message`, lines and columns from 1).
public struct YAMLFileError: Error, Sendable, Equatable {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// What is wrong, without where.
    public var reason: Phrase

    public init(file: String, line: Int? = nil, column: Int? = nil, message: Phrase) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = message
    }

    /// An error at `node` (the file's start when nil).
    public init(file: String, at node: Node?, _ message: Phrase) {
        self.init(file: file, line: node?.mark?.line, column: node?.mark?.column, message: message)
    }

    /// `file:line:column: message` in `language`.
    public func message(_ language: Language) -> String {
        var place = file
        if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return "\(place): \(reason(language))"
    }
}

/// Reading the project's small YAML files (subject plugins, eJournal maps,
/// validation settings) as node trees, so every complaint can name its line.
public enum YAMLFile {
    /// The largest YAML file read.
    public static let maxBytes = 1 << 20

    /// A file's text, read whole (at most ``maxBytes``).
    public static func read(_ path: String) throws(YAMLFileError) -> String {
        guard let file = fopen(path, "rb") else {
            throw YAMLFileError(file: path, message: Texts.Reading.cannotRead(Texts.Reading.systemReason(errno)))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 14)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n == 0 { break }
            bytes += chunk[0..<n]
            if bytes.count > maxBytes { throw YAMLFileError(file: path, message: Texts.Files.tooLarge) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The one document in `text`, as nodes that keep their place in the file.
    public static func compose(_ text: String, file: String) throws(YAMLFileError) -> Node {
        do {
            guard let node = try Yams.compose(yaml: text) else { throw YAMLFileError(file: file, message: Texts.Files.empty) }
            return node
        } catch let error as YAMLFileError {
            throw error
        } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _) {
            throw YAMLFileError(file: file, line: mark.line, column: mark.column, message: Texts.Files.notYAML(problem))
        } catch {
            throw YAMLFileError(file: file, message: Texts.Files.notYAML("\(error)"))
        }
    }
}
