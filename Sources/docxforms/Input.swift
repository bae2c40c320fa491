import Docx
import FeedbackForm
#if canImport(Glibc)
import Glibc
#endif

/// Reading an input argument: a path, or `-` for standard input.
enum Input {
    /// The entry of the argument's form.
    static func entry(_ argument: String, with forms: FormReader) -> ConvertEntry {
        guard argument == "-" else { return forms.entry(file: argument) }
        do throws(DocxError) {
            return forms.entry(bytes: try standardInput(limit: forms.reader.limits.maxFileSize), name: "-")
        } catch {
            return .failure(error, forms.language)
        }
    }

    /// The argument's document (for `dump` and the template check).
    static func read(_ argument: String, with reader: DocxReader) throws(DocxError) -> Document {
        guard argument == "-" else { return try reader.read(contentsOf: argument) }
        return try reader.read(bytes: try standardInput(limit: reader.limits.maxFileSize), name: "-")
    }

    /// All of standard input, at most `limit` bytes.
    private static func standardInput(limit: Int) throws(DocxError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit {
                throw DocxError(file: "-", kind: .limitExceeded(.fileSize, found: nil, allowed: limit))
            }
        }
        return bytes
    }
}
