import Messages
import MultipartKit

/// The form a student sent: the `file` field of a `multipart/form-data` body,
/// as a browser's form or `curl -F file=@form.docx` sends it.
public struct Upload: Sendable, Equatable {
    /// The file's name as sent, without any folders (never a path on this machine).
    public var filename: String
    public var bytes: [UInt8]

    public init(filename: String, bytes: [UInt8]) {
        self.filename = filename
        self.bytes = bytes
    }

    /// The name used when the browser sends none.
    static let unnamed = "formulier.docx"

    /// Reads the `file` field from a request body with the given Content-Type.
    public static func parse(_ body: [UInt8], contentType: String?) throws(ServiceError) -> Upload {
        guard let contentType, let boundary = boundary(in: contentType) else {
            throw ServiceError(.badRequest, Texts.Service.notMultipart)
        }
        let parser = MultipartParser(boundary: boundary)
        var parts: [(disposition: String, body: [UInt8])] = []
        var disposition = "", bytes: [UInt8] = []
        parser.onHeader = { name, value in
            if name.lowercased() == "content-disposition" { disposition = value }
        }
        parser.onBody = { buffer in bytes += buffer.readableBytesView }
        parser.onPartComplete = {
            parts.append((disposition, bytes))
            disposition = ""
            bytes = []
        }
        do {
            try parser.execute(body)
        } catch {
            throw ServiceError(.badRequest, Texts.Service.badMultipart("\(error)"))
        }
        guard let part = parts.first(where: { parameter("name", in: $0.disposition) == "file" }) else {
            throw ServiceError(.badRequest, Texts.Service.noFileField)
        }
        let sent = parameter("filename", in: part.disposition) ?? ""
        let name = sent.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return Upload(filename: name.isEmpty ? unnamed : name, bytes: part.body)
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
