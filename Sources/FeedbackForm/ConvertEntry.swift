public import Docx

/// A record, or the error of a file that could not be read: one entry of
/// the output. An error is written as `{"source": file, "error": {"code",
/// "exit", "message"}}`, the message in the entry's language.
public enum ConvertEntry: Encodable, Sendable {
    case record(FormRecord)
    case failure(DocxError, Language)

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .record(let record): try record.encode(to: encoder)
        case .failure(let error, let language):
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(error.file, forKey: .source)
            try c.encode(ErrorEntry(code: error.code, exit: Int(error.exitStatus.rawValue), message: error.message(language)), forKey: .error)
        }
    }

    private enum CodingKeys: String, CodingKey { case source, error }

    private struct ErrorEntry: Encodable {
        let code: String
        let exit: Int
        let message: String
    }
}

/// Reads form files into entries: the one conversion the command line
/// (`convert`, `extract`, `validate`), the web page and the fuzz target share.
/// A value; use it from as many threads as you like.
public struct FormReader: Sendable {
    public let reader: DocxReader
    public let converter: FormConverter
    /// The language of the records' diagnostics and of the errors.
    public let language: Language

    public init(reader: DocxReader, converter: FormConverter, language: Language) {
        self.reader = reader
        self.converter = converter
        self.language = language
    }

    /// The entry of the file at `path` (read-only, never changed).
    public func entry(file path: String) -> ConvertEntry {
        entry { () throws(DocxError) in try reader.read(contentsOf: path) } source: { path }
    }

    /// The entry of a file's bytes; `name` is its source.
    public func entry(bytes: [UInt8], name: String) -> ConvertEntry {
        entry { () throws(DocxError) in try reader.read(bytes: bytes, name: name) } source: { name }
    }

    /// The entry of a document already read.
    public func entry(of document: Document, source: String) -> ConvertEntry {
        entry { () throws(DocxError) in document } source: { source }
    }

    private func entry(_ read: () throws(DocxError) -> Document, source: () -> String) -> ConvertEntry {
        do throws(DocxError) {
            return .record(try converter.record(of: try read(), source: source(), language: language))
        } catch {
            return .failure(error, language)
        }
    }
}
