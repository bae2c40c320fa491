public import Docx
import JSONOutput
public import Messages

/// An HTTP answer, independent of the server library: status, type and body,
/// and for downloads the file name to save as.
public struct WebResponse: Sendable, Equatable {
    public var status: Int
    public var contentType: String
    public var body: [UInt8]
    /// The name a browser saves the body as (`Content-Disposition: attachment`).
    public var download: String?

    public init(status: Int, contentType: String, body: [UInt8], download: String? = nil) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.download = download
    }

    static let jsonType = "application/json; charset=utf-8"

    /// 200 with the JSON `encode` writes; 500 if it cannot be written.
    static func json(_ encode: () throws -> String) throws(ServiceError) -> WebResponse {
        do {
            return WebResponse(status: 200, contentType: jsonType, body: Array(try encode().utf8))
        } catch {
            throw ServiceError(.internalError, Texts.Service.notJSON)
        }
    }
}

/// Why a request got no record: a status and the message the command line
/// gives, answered as `{"error": {"code", "message"}}` in the request's language.
public struct ServiceError: Error, Sendable, Equatable {
    /// The statuses the API answers with.
    public enum Status: Int, Sendable {
        case badRequest = 400
        case requestTimeout = 408
        case contentTooLarge = 413
        case unsupportedMediaType = 415
        case unprocessableContent = 422
        case internalError = 500
    }

    public var status: Status
    /// A stable name: the ``DocxError/code`` of an unreadable form, else the status's.
    public var code: String
    public var message: Phrase

    public init(_ status: Status, _ message: Phrase, code: String? = nil) {
        self.status = status
        self.message = message
        self.code = code ?? ServiceError.codes[status]!
    }

    /// A form that could not be read, with the status of its ``ExitStatus``:
    /// too large for a limit (413), not a Word document at all (415), or a
    /// damaged one or no form (422).
    public init(_ error: DocxError) {
        let status = error.exitStatus.httpStatus.flatMap(Status.init(rawValue:)) ?? .unprocessableContent
        self.init(status, Phrase(nl: error.message(.nl), en: error.message(.en)), code: error.code)
    }

    private static let codes: [Status: String] = [
        .badRequest: "bad-request", .requestTimeout: "timeout", .contentTooLarge: "too-large",
        .unsupportedMediaType: "unsupported", .unprocessableContent: "unprocessable", .internalError: "internal",
    ]

    /// The error as the API's JSON answer, in `language`.
    public func response(_ language: Language) -> WebResponse {
        struct Body: Encodable {
            struct Entry: Encodable { let code: String, message: String }
            let error: Entry
        }
        let text = (try? JSONOutput(pretty: false).encode(Body(error: .init(code: code, message: message(language))))) ?? #"{"error":{"code":"internal","message":""}}"#
        return WebResponse(status: status.rawValue, contentType: WebResponse.jsonType, body: Array(text.utf8))
    }
}
