// EJournalClient: the part of eJournal's API docxforms uses, over HTTPS with
// AsyncHTTPClient. Tokens are JSON Web Tokens from `POST /token/` (access two
// hours, refresh two days); an access token that expired is refreshed once
// with `POST /token/refresh/` and the request made again. Nothing of a
// request or an answer is logged: forms and tokens are personal.
#if EJournalPosting
import AsyncHTTPClient
public import EJournal
import Foundation
import JSONOutput
public import Messages
import NIOCore
import NIOHTTP1

/// A login: the API's address and the tokens eJournal gave.
public struct EJournalLogin: Sendable, Codable, Equatable {
    /// The API's address, without a trailing slash.
    public var server: String
    public var access: String
    /// Nil for a token given by `EJOURNAL_TOKEN` (it cannot be refreshed).
    public var refresh: String?

    public init(server: String, access: String, refresh: String?) {
        self.server = server
        self.access = access
        self.refresh = refresh
    }
}

/// What went wrong talking to eJournal.
public enum EJournalError: Error, Sendable, Equatable {
    /// No connection, or no answer in time.
    case unreachable(server: String, reason: String)
    /// `POST /token/` said no (its `detail`).
    case loginRefused(String)
    /// The access token is not valid and could not be refreshed.
    case loginExpired
    /// A 4xx answer with eJournal's `description`: this request was refused, others may go.
    case refused(status: Int, description: String)
    /// An answer that is no JSON of the expected shape, or a server error.
    case unexpectedAnswer(status: Int, path: String)

    /// The message, in both languages.
    public var message: Phrase {
        switch self {
        case .unreachable(let server, let reason): Texts.EJournal.unreachable(server, reason)
        case .loginRefused(let detail): Texts.EJournal.loginRefused(detail)
        case .loginExpired: Texts.EJournal.loginExpired
        case .refused(let status, let description): Texts.EJournal.refused(status, description)
        case .unexpectedAnswer(let status, let path): Texts.EJournal.unexpectedAnswer(status, path: path)
        }
    }
}

/// A logged-in conversation with one eJournal.
public actor EJournalSession {
    public private(set) var login: EJournalLogin
    private let refreshed: @Sendable (EJournalLogin) -> Void

    /// `refreshed` is told each new access token (to keep it for the next run).
    public init(login: EJournalLogin, refreshed: @escaping @Sendable (EJournalLogin) -> Void = { _ in }) {
        self.login = login
        self.refreshed = refreshed
    }

    /// Logs in with a username and password: `POST /token/`.
    public static func logIn(server: String, username: String, password: String) async throws(EJournalError) -> EJournalLogin {
        struct Credentials: Encodable { var username, password: String }
        struct Tokens: Decodable { var access, refresh: String }
        let answer = try await send(server: server, "POST", "/token/", body: Credentials(username: username, password: password), token: nil)
        if answer.status == 401 || answer.status == 400 { throw .loginRefused(answer.detail ?? "HTTP \(answer.status)") }
        let tokens: Tokens = try answer.decode(path: "/token/")
        return EJournalLogin(server: server, access: tokens.access, refresh: tokens.refresh)
    }

    /// The courses of the user: `GET /courses/`.
    public func courses() async throws(EJournalError) -> [EJournalCourse] {
        struct List: Decodable { var courses: [EJournalCourse] }
        let list: List = try await get("/courses/")
        return list.courses
    }

    /// The user logged in: `GET /users/0/`.
    public func user() async throws(EJournalError) -> EJournalUser {
        struct Own: Decodable { var user: EJournalUser }
        let own: Own = try await get("/users/0/")
        return own.user
    }

    /// The assignments of a course, each with the user's journal in it: `GET /assignments/?course_id=`.
    public func assignments(course: Int) async throws(EJournalError) -> [EJournalAssignment] {
        struct List: Decodable { var assignments: [EJournalAssignment] }
        let list: List = try await get("/assignments/?course_id=\(course)")
        return list.assignments
    }

    /// The assignment's templates that are not archived: `GET /templates/?assignment_id=`.
    public func templates(assignment: Int) async throws(EJournalError) -> [EJournalTemplate] {
        struct List: Decodable { var templates: [EJournalTemplate] }
        let list: List = try await get("/templates/?assignment_id=\(assignment)")
        return list.templates
    }

    /// The students' journals of an assignment, for a teacher: `GET /journals/?assignment_id=&course_id=`.
    public func journals(assignment: Int, course: Int) async throws(EJournalError) -> [EJournalJournal] {
        struct List: Decodable { var journals: [EJournalJournal] }
        let list: List = try await get("/journals/?assignment_id=\(assignment)&course_id=\(course)")
        return list.journals
    }

    /// Posts an entry into the user's own journal: `POST /entries/`; the new entry's id.
    public func postEntry(journal: Int, template: Int, content: [String: String]) async throws(EJournalError) -> Int {
        struct Body: Encodable {
            var journal_id: Int, template_id: Int, content: [String: String]
        }
        struct Created: Decodable { struct Entry: Decodable { var id: Int }; var entry: Entry }
        let created: Created = try await post("/entries/", Body(journal_id: journal, template_id: template, content: content))
        return created.entry.id
    }

    /// Posts a teacher's entry into a student's journal (ungraded, unpublished
    /// grade): `POST /teacher_entries/`; the teacher entry's id.
    public func postTeacherEntry(title: String, assignment: Int, template: Int, journal: Int,
                                 content: [String: String]) async throws(EJournalError) -> Int {
        struct Journal: Encodable { var journal_id: Int; var grade: Double?; var published: Bool }
        struct Body: Encodable {
            var title: String, show_title_in_timeline: Bool, assignment_id: Int, template_id: Int
            var category_ids: [Int], journals: [Journal], content: [String: String]
        }
        struct Created: Decodable { struct Entry: Decodable { var id: Int }; var teacher_entry: Entry }
        let body = Body(title: title, show_title_in_timeline: true, assignment_id: assignment, template_id: template,
                        category_ids: [], journals: [Journal(journal_id: journal, grade: nil, published: false)], content: content)
        let created: Created = try await post("/teacher_entries/", body)
        return created.teacher_entry.id
    }

    // MARK: requests

    private func get<T: Decodable>(_ path: String) async throws(EJournalError) -> T {
        try await authorised("GET", path, body: Optional<Empty>.none).decode(path: path)
    }

    private func post<T: Decodable>(_ path: String, _ body: some Encodable & Sendable) async throws(EJournalError) -> T {
        try await authorised("POST", path, body: body).decode(path: path)
    }

    private struct Empty: Encodable, Sendable {}
    private struct Refresh: Encodable, Sendable { var refresh: String }
    private struct Access: Decodable { var access: String; var refresh: String? }

    /// Sends with the access token; on 401, refreshes it once and sends again.
    private func authorised(_ method: String, _ path: String, body: (some Encodable & Sendable)?) async throws(EJournalError) -> Answer {
        var answer = try await EJournalSession.send(server: login.server, method, path, body: body, token: login.access)
        if answer.status == 401 {
            guard let refresh = login.refresh else { throw .loginExpired }
            let renewed = try await EJournalSession.send(server: login.server, "POST", "/token/refresh/", body: Refresh(refresh: refresh), token: nil)
            guard renewed.status == 200, let access = try? JSONDecoder().decode(Access.self, from: renewed.body) else { throw .loginExpired }
            login.access = access.access
            login.refresh = access.refresh ?? refresh
            refreshed(login)
            answer = try await EJournalSession.send(server: login.server, method, path, body: body, token: login.access)
            if answer.status == 401 { throw .loginExpired }
        }
        if (400..<500).contains(answer.status), let description = answer.description, !description.isEmpty {
            throw .refused(status: answer.status, description: description)
        }
        return answer
    }

    /// An answer: its status and body.
    struct Answer: Sendable {
        let status: Int
        let body: Data
        /// eJournal's `description` of a refusal.
        let description: String?
        /// The token views' `detail`.
        let detail: String?

        /// The words of a refusal are read once, from answers that are refusals.
        init(status: Int, body: Data) {
            self.status = status
            self.body = body
            let object = status >= 400 ? (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] : nil
            description = object?["description"] as? String
            detail = object?["detail"] as? String
        }

        func decode<T: Decodable>(path: String) throws(EJournalError) -> T {
            guard (200..<300).contains(status), let value = try? JSONDecoder().decode(T.self, from: body) else {
                throw .unexpectedAnswer(status: status, path: path)
            }
            return value
        }
    }

    /// The most of an answer that is read: eJournal's answers are small JSON.
    static let answerLimit = 16 << 20

    private static func send(server: String, _ method: String, _ path: String, body: (some Encodable & Sendable)?,
                             token: String?) async throws(EJournalError) -> Answer {
        var request = HTTPClientRequest(url: server + path)
        request.method = HTTPMethod(rawValue: method)
        request.headers.add(name: "Accept", value: "application/json")
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let body {
            guard let text = try? JSONOutput(pretty: false).encode(body) else { throw .unexpectedAnswer(status: 0, path: path) }
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: text))
        }
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
            let bytes = try await response.body.collect(upTo: answerLimit)
            return Answer(status: Int(response.status.code), body: Data(bytes.readableBytesView))
        } catch {
            throw .unreachable(server: server, reason: String(describing: error))
        }
    }
}
#endif
