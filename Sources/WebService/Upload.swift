import Messages
public import MultipartKit

/// The form a student sent: the `file` field of a `multipart/form-data` body,
/// as a browser's form or `curl -F file=@form.docx` sends it.
public struct Upload: Sendable, Equatable, Decodable, MultipartPartConvertible {
    /// The file's name as sent, without any folders (never a path on this machine).
    public var filename: String
    public var bytes: [UInt8]

    public init(filename: String, bytes: [UInt8]) {
        self.filename = filename
        self.bytes = bytes
    }

    /// The name used when the browser sends none.
    static let unnamed = "formulier.docx"

    /// Reads the `file` field from a request body with the given Content-Type
    /// (MultipartKit's form-data decoding finds the field and its part).
    public static func parse(_ body: [UInt8], contentType: String?) throws(ServiceError) -> Upload {
        guard let contentType, let boundary = boundary(in: contentType) else {
            throw ServiceError(.badRequest, Texts.Service.notMultipart)
        }
        let form: Form
        do {
            form = try FormDataDecoder().decode(Form.self, from: body, boundary: boundary)
        } catch DecodingError.keyNotFound {
            throw ServiceError(.badRequest, Texts.Service.noFileField)
        } catch {
            throw ServiceError(.badRequest, Texts.Service.badMultipart(String(describing: error).prefix(200).description))
        }
        return form.file
    }

    /// The form a browser sends: one field, `file`.
    private struct Form: Decodable {
        let file: Upload
    }

    /// The upload a form-data part holds: its bytes, and the file name from its
    /// `Content-Disposition` (MultipartKit gives a part's `name` but not its
    /// `filename`, which ``parameter(_:in:)`` reads, quotes and escapes included).
    public init?(multipart part: MultipartPart) {
        let sent = part.headers.first(name: "Content-Disposition").flatMap { Upload.parameter("filename", in: $0) } ?? ""
        let name = sent.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        self.init(filename: name.isEmpty ? Upload.unnamed : name, bytes: Array(part.body.readableBytesView))
    }

    public var multipart: MultipartPart? { nil }

    /// Never called: form-data decoding builds an upload from its part (``init(multipart:)``).
    public init(from decoder: any Decoder) throws {
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "an upload is read from its part"))
    }

    /// The `boundary` parameter of a `multipart/form-data` Content-Type.
    static func boundary(in contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        guard let boundary = parameter("boundary", in: contentType), !boundary.isEmpty, boundary.utf8.count <= 70 else { return nil }
        return boundary
    }

    /// A parameter of a header value such as `form-data; name="file"; filename="a.docx"`:
    /// quoted (with `\"` escapes) or a bare token. Parameter names are case-insensitive.
    static func parameter(_ wanted: String, in value: String) -> String? {
        var rest = Substring(value)
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop(while: { $0 == " " || $0 == "\t" })
            guard let equals = rest.firstIndex(of: "=") else { return nil }
            let name = rest[..<equals].trimmingSuffix(" ").lowercased()
            rest = rest[rest.index(after: equals)...]
            var found = ""
            if rest.first == "\"" {
                var escaped = false
                rest = rest.dropFirst()
                while let c = rest.first {
                    rest = rest.dropFirst()
                    if escaped { found.append(c); escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { break } else { found.append(c) }
                }
            } else {
                let end = rest.firstIndex(of: ";") ?? rest.endIndex
                found = String(rest[..<end]).trimmingSuffix(" ")
                rest = rest[end...]
            }
            if name == wanted { return found }
        }
        return nil
    }
}

private extension StringProtocol {
    func trimmingSuffix(_ c: Character) -> String {
        var s = String(self)
        while s.last == c { s.removeLast() }
        return s
    }
}
