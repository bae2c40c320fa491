import HTTPTypes
import Hummingbird
import HummingbirdCore
import JSONOutput
import Logging
public import Messages
import NIOCore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The local web server of `docxforms serve`: the page (`GET /`), its API
/// (`POST /api/convert`, `POST /api/validate`, multipart field `file`) and
/// `GET /healthz` for monitors. Uploads are bounded in size, requests in time
/// and connections in number, so memory stays bounded too; nothing is stored.
/// Each request may be logged as one access line (method, path, status, size,
/// duration), never a file name or anything of a form.
public struct WebServer: Sendable {
    /// Where to listen and how much to accept.
    public struct Settings: Sendable {
        public var host = "127.0.0.1"
        /// 0 takes any free port (the one chosen is passed to `onListening`).
        public var port = 8080
        /// The largest upload accepted, in bytes.
        public var maxUpload = 20 << 20
        /// How long one request may take, upload included.
        public var timeout: Duration = .seconds(30)
        /// How many connections are served at once; more wait to be accepted.
        public var maxConnections = 16
        /// Where each request's access line goes (nil: not logged).
        public var accessLog: (@Sendable (String) -> Void)?

        public init() {}
    }

    private let service: FormService
    private let settings: Settings

    public init(service: FormService, settings: Settings) {
        self.service = service
        self.settings = settings
    }

    /// Serves until SIGINT or SIGTERM; `onListening` gets the address and port once bound.
    public func run(onListening: @escaping @Sendable (_ host: String, _ port: Int) -> Void) async throws {
        let router = Router()
        if let log = settings.accessLog { router.add(middleware: AccessLog(write: log)) }
        router.get("/healthz") { _, _ in
            Self.response(WebResponse(status: 200, contentType: "text/plain; charset=utf-8", body: Array("ok\n".utf8)))
        }
        router.get("/") { request, _ in
            Self.response(WebResponse(status: 200, contentType: "text/html; charset=utf-8",
                                      body: Array(Page.html(Self.language(of: request)).utf8)))
        }
        for asset in Page.assets {
            let answer = WebResponse(status: 200, contentType: asset.contentType, body: Array(asset.text.utf8))
            router.get(RouterPath(stringLiteral: asset.path)) { _, _ in Self.response(answer) }
        }
        let service = self.service, settings = self.settings
        for endpoint in FormService.Endpoint.allCases {
            router.post(RouterPath(stringLiteral: endpoint.rawValue)) { request, _ in
                Self.response(await Self.answer(request, endpoint: endpoint, service: service, settings: settings))
            }
        }
        let listening = ListeningFlag()
        let silent = Logger(label: "docxforms.serve") { _ in SwiftLogNoOpLogHandler() }
        let app = Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(settings.timeout.components.seconds) + 1))),
            configuration: .init(address: .hostname(settings.host, port: settings.port),
                                 availableConnectionsDelegate: MaximumAvailableConnections(settings.maxConnections)),
            onServerRunning: { channel in
                listening.set()
                onListening(settings.host, channel.localAddress?.port ?? settings.port)
            },
            logger: silent)
        do {
            try await app.runService()
        } catch where !listening.isSet {
            let reason = (error as? IOError).map { Texts.Reading.systemReason($0.errnoCode) } ?? .verbatim("\(error)")
            throw CannotListen(host: settings.host, port: settings.port, reason: reason)
        }
    }

    /// The request's query parameters.
    private static func query(of request: Request) -> [String: String] {
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
        return query
    }

    /// The language the request asks for (`?lang=`, else `Accept-Language`).
    private static func language(of request: Request, query: [String: String]? = nil) -> Language {
        FormService.language(query: query ?? self.query(of: request), acceptLanguage: request.headers[.acceptLanguage])
    }

    /// Collects the upload (within the size and time limits) and lets the service answer.
    private static func answer(_ request: Request, endpoint: FormService.Endpoint, service: FormService, settings: Settings) async -> WebResponse {
        let query = query(of: request)
        let language = language(of: request, query: query)
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > settings.maxUpload {
            return tooLarge(settings).response(language)
        }
        let body = request.body, limit = settings.maxUpload
        let collected: [UInt8]
        do {
            collected = try await withDeadline(settings.timeout) {
                // Counted here, chunk by chunk, so that a chunked upload (no length given) over the limit is a 413 too.
                var bytes: [UInt8] = []
                for try await chunk in body {
                    guard bytes.count + chunk.readableBytes <= limit else { throw tooLarge(settings) }
                    bytes += chunk.readableBytesView
                }
                return bytes
            }
        } catch let error as ServiceError {
            return error.response(language)
        } catch {
            return ServiceError(.badRequest, Texts.Service.incomplete).response(language)
        }
        return service.respond(to: endpoint, query: query, contentType: request.headers[.contentType], body: collected,
                               language: language)
    }

    private static func tooLarge(_ settings: Settings) -> ServiceError {
        ServiceError(.contentTooLarge, Texts.Service.tooLarge(mebibytes: max(1, settings.maxUpload >> 20)))
    }

    /// `work`'s result, or a 408 error when it takes longer than `limit` (the work is cancelled).
    static func withDeadline<T: Sendable>(_ limit: Duration, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let result = first else {
                throw ServiceError(.requestTimeout, Texts.Service.tooSlow(seconds: limit.components.seconds))
            }
            return result
        }
    }

    private static func response(_ answer: WebResponse) -> Response {
        var headers: HTTPFields = [
            .contentType: answer.contentType,
            .cacheControl: "no-store",
            HTTPField.Name("X-Content-Type-Options")!: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
            HTTPField.Name("Content-Security-Policy")!: "default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
        ]
        if let download = answer.download { headers[.contentDisposition] = attachment(download) }
        return Response(status: .init(code: answer.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
    }

    /// `attachment` with the name in ASCII (others as `_`) and, for names
    /// beyond ASCII, also percent-encoded UTF-8 (RFC 6266's `filename*`).
    static func attachment(_ name: String) -> String {
        let plain = String(name.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        guard plain != name else { return "attachment; filename=\"\(plain)\"" }
        return "attachment; filename=\"\(plain)\"; filename*=UTF-8''\(name.percentEncoded())"
    }
}

/// The server could not start listening (the port is taken, the address is not this machine's...).
public struct CannotListen: Error {
    public let host: String
    public let port: Int
    public let reason: Phrase

    public var message: Phrase { Texts.Commands.cannotListen(host: host, port: port, reason: reason) }
}

/// Whether the server got as far as listening: set once, from the server's task.
private final class ListeningFlag: Sendable {
    private let state = Atomic(false)

    func set() { state.store(true, ordering: .releasing) }
    var isSet: Bool { state.load(ordering: .acquiring) }
}

/// One line per request: `METHOD /path STATUS BYTES MILLISECONDS` — the path
/// without its query, never a file name or anything of a form.
struct AccessLog<Context: RequestContext>: RouterMiddleware {
    let write: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            write(AccessLog.line(request, status: response.status.code, bytes: response.body.contentLength, since: start))
            return response
        } catch let error as HTTPResponseError {
            write(AccessLog.line(request, status: error.status.code, bytes: nil, since: start))
            throw error
        } catch {
            write(AccessLog.line(request, status: 500, bytes: nil, since: start))
            throw error
        }
    }

    static func line(_ request: Request, status: Int, bytes: Int?, since start: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - start
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        return "\(request.method.rawValue) \(request.uri.path) \(status) \(bytes.map(String.init) ?? "-") \(milliseconds)ms"
    }
}
