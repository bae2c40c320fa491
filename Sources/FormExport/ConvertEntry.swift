public import Docx
public import FeedbackForm

/// A record, or the error of a file that could not be read: one entry of JSON
/// output. An error is written as `{"source": file, "error": {"code", "message"}}`.
public enum ConvertEntry: Encodable, Sendable {
    case record(FormRecord)
    case failure(DocxError)

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .record(let record): try record.encode(to: encoder)
        case .failure(let error):
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(error.file, forKey: .source)
            try c.encode(ErrorEntry(code: error.code, message: "\(error)"), forKey: .error)
        }
    }

    private enum CodingKeys: String, CodingKey { case source, error }

    private struct ErrorEntry: Encodable {
        let code: String
        let message: String
    }
}
