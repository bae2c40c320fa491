// A stand-in for eJournal on loopback: the part of its API docxforms uses,
// answering as eJournal's own code does (src/django/VLE: views/entry.py,
// views/teacher_entry.py, utils/entry_utils.py `check_fields`, validators.py
// `validate_entry_content`, utils/responses.py, simplejwt's token views), with
// the same refusals and the same `description`s. State lives in memory; a
// test sets it up, runs docxforms against it, and reads what was posted.
#if EJournalPosting
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization

final class FakeEJournal: Sendable {
    struct User: Sendable { var id: Int; var username: String; var password: String; var fullName: String; var teacher: Bool }
    struct Field: Sendable { var id: Int; var type: String; var title: String; var options: [String]?; var required: Bool; var location: Int }
    struct Template: Sendable { var id: Int; var assignment: Int; var name: String; var presetOnly = false; var archived = false; var fields: [Field] }
    struct Journal: Sendable { var id: Int; var assignment: Int; var authors: [String] }
    struct Entry: Sendable { var id: Int; var journal: Int; var template: Int; var content: [String: String]; var teacherEntry: Int? }

    struct State: Sendable {
        var users: [User] = []
        var course = (id: 3, name: "Werkplekleren 2")
        var assignment = (id: 12, name: "Feedback- en beoordelingsformulieren")
        var templates: [Template] = []
        var journals: [Journal] = []
        var entries: [Entry] = []
        var access: [String: String] = [:]     // token → username
        var refresh: [String: String] = [:]
        var nextID = 500
        var requests: [String] = []           // "POST /entries/" ..., for the tests
        var bodies: [[String: String]] = []   // the posted bodies' top-level values, as text
        /// Journals eJournal refuses entries for, with its description (an assignment
        /// locked, an LTI link to renew: views/entry.py answers these with 403).
        var refusing: [Int: String] = [:]
    }

    let state = Mutex(State())
    private let task = Mutex<Task<Void, any Error>?>(nil)
    private let boundPort = Mutex<Int?>(nil)

    /// The API's address, once started.
    var url: String { "http://127.0.0.1:\(boundPort.withLock { $0 } ?? 0)" }

    /// A course with one assignment, a template like the handbook's form and a
    /// preset-only one, four students with a journal each (Noor el Amrani by the
    /// student number of Fixtures/forms/tagged-1, Lotte Bakker by name only, two
    /// namesakes Daan Vermeulen), and a teacher. Every password is "geheim".
    static func standard() -> FakeEJournal {
        let fake = FakeEJournal()
        fake.state.withLock { state in
            state.users = [
                User(id: 1, username: "2087741", password: "geheim", fullName: "Noor el Amrani", teacher: false),
                User(id: 2, username: "lbakker", password: "geheim", fullName: "Lotte Bakker", teacher: false),
                User(id: 3, username: "dvermeulen", password: "geheim", fullName: "Daan Vermeulen", teacher: false),
                User(id: 4, username: "dvermeulen2", password: "geheim", fullName: "Daan Vermeulen", teacher: false),
                User(id: 9, username: "docent", password: "geheim", fullName: "Docent", teacher: true),
            ]
            state.journals = [Journal(id: 71, assignment: 12, authors: ["2087741"]), Journal(id: 72, assignment: 12, authors: ["lbakker"]),
                              Journal(id: 73, assignment: 12, authors: ["dvermeulen"]), Journal(id: 74, assignment: 12, authors: ["dvermeulen2"])]
            state.templates = [
                Template(id: 56, assignment: 12, name: "Feedbackformulier", fields: [
                    Field(id: 101, type: "t", title: "Naam student", options: nil, required: true, location: 0),
                    Field(id: 102, type: "d", title: "Datum", options: nil, required: true, location: 1),
                    Field(id: 103, type: "s", title: "Moment", options: ["Startgesprek", "Tussenevaluatie", "Eindbeoordeling"], required: false, location: 2),
                    Field(id: 104, type: "s", title: "Oordeel – Afstemmen", options: ["Voldaan", "Niet voldaan"], required: true, location: 3),
                    Field(id: 105, type: "rt", title: "Feedback – Afstemmen", options: nil, required: false, location: 4),
                    Field(id: 106, type: "f", title: "Bijlage", options: nil, required: false, location: 5),
                ]),
                Template(id: 57, assignment: 12, name: "Deadline", presetOnly: true, fields: [
                    Field(id: 111, type: "t", title: "Tekst", options: nil, required: true, location: 0),
                ]),
            ]
        }
        return fake
    }

    /// Starts listening on a free loopback port.
    func start() async throws {
        let router = Router()
        router.post("/token/") { request, _ in await self.answer(request, self.token) }
        router.post("/token/refresh/") { request, _ in await self.answer(request, self.refreshToken) }
        router.get("/users/0/") { request, _ in await self.answer(request, self.authorised(self.ownUser)) }
        router.get("/courses/") { request, _ in await self.answer(request, self.authorised(self.courses)) }
        router.get("/assignments/") { request, _ in await self.answer(request, self.authorised(self.assignments)) }
        router.get("/templates/") { request, _ in await self.answer(request, self.authorised(self.templates)) }
        router.get("/journals/") { request, _ in await self.answer(request, self.authorised(self.journals)) }
        router.post("/entries/") { request, _ in await self.answer(request, self.authorised(self.createEntry)) }
        router.post("/teacher_entries/") { request, _ in await self.answer(request, self.authorised(self.createTeacherEntry)) }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) },
                              logger: Logger(label: "fake-ejournal") { _ in SwiftLogNoOpLogHandler() })
        task.withLock { $0 = Task { try await app.run() } }
        for await port in ports {
            boundPort.withLock { $0 = port }
            break
        }
    }

    func stop() {
        task.withLock { $0?.cancel() }
    }

    // MARK: what a test changes

    /// Makes every access token expire (the refresh tokens stay good).
    func expireAccessTokens() {
        state.withLock { $0.access = [:] }
    }

    /// Edits a template that has entries, as eJournal does: the old one is
    /// archived and a copy with new field ids takes its place. The new template's id.
    @discardableResult
    func editTemplate(_ id: Int) -> Int {
        state.withLock { state in
            guard let index = state.templates.firstIndex(where: { $0.id == id }) else { return 0 }
            state.templates[index].archived = true
            var copy = state.templates[index]
            copy.archived = false
            state.nextID += 1
            copy.id = state.nextID
            copy.fields = copy.fields.map { field in
                var field = field
                state.nextID += 1
                field.id = state.nextID
                return field
            }
            state.templates.append(copy)
            return copy.id
        }
    }

    var entries: [Entry] { state.withLock { $0.entries } }
    var requests: [String] { state.withLock { $0.requests } }
    var bodies: [[String: String]] { state.withLock { $0.bodies } }

    // MARK: answers

    struct Reply: @unchecked Sendable {
        var status: Int
        var json: [String: Any]
    }

    typealias Handler = @Sendable (_ user: User?, _ query: [String: String], _ body: [String: Any]?) -> Reply

    private func answer(_ request: Request, _ handler: Handler) async -> Response {
        state.withLock { $0.requests.append("\(request.method.rawValue) \(request.uri.path)") }
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
        let bytes = (try? await request.body.collect(upTo: 1 << 20)).map { Data($0.readableBytesView) } ?? Data()
        let body = bytes.isEmpty ? nil : (try? JSONSerialization.jsonObject(with: bytes)) as? [String: Any]
        if let body, request.method == .post, !request.uri.path.hasPrefix("/token") {
            state.withLock { $0.bodies.append(body.mapValues { Self.text($0) }) }
        }
        let token = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
        let user = state.withLock { state in token.flatMap { state.access[$0] }.flatMap { name in state.users.first { $0.username == name } } }
        let reply = handler(user, query, body)
        let data: Data
        if reply.status == 500 {
            data = Data("<h1>Server Error (500)</h1>".utf8)
        } else {
            data = (try? JSONSerialization.data(withJSONObject: reply.json)) ?? Data()
        }
        return Response(status: .init(code: reply.status),
                        headers: [.contentType: reply.status == 500 ? "text/html" : "application/json"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// responses.json_response: the payload with `description` and `code_version`.
    private static func json(_ status: Int, _ payload: [String: Any] = [:], description: String = "") -> Reply {
        var all = payload
        all["description"] = description
        all["code_version"] = "fake"
        return Reply(status: status, json: all)
    }

    /// simplejwt's answer to a missing or bad token.
    private func authorised(_ handler: @escaping Handler) -> Handler {
        { user, query, body in
            guard user != nil else {
                return Reply(status: 401, json: ["detail": "Given token not valid for any token type", "code": "token_not_valid"])
            }
            return handler(user, query, body)
        }
    }

    private func token(_: User?, _: [String: String], _ body: [String: Any]?) -> Reply {
        let username = body?["username"] as? String, password = body?["password"] as? String
        return state.withLock { state in
            guard let user = state.users.first(where: { $0.username == username && $0.password == password }) else {
                return Reply(status: 401, json: ["detail": "No active account found with the given credentials"])
            }
            state.nextID += 1
            let access = "access-\(state.nextID)", refresh = "refresh-\(state.nextID)"
            state.access[access] = user.username
            state.refresh[refresh] = user.username
            return Reply(status: 200, json: ["access": access, "refresh": refresh])
        }
    }

    private func refreshToken(_: User?, _: [String: String], _ body: [String: Any]?) -> Reply {
        state.withLock { state in
            guard let refresh = body?["refresh"] as? String, let name = state.refresh[refresh] else {
                return Reply(status: 401, json: ["detail": "Token is invalid or expired", "code": "token_not_valid"])
            }
            state.nextID += 1
            let access = "access-\(state.nextID)"
            state.access[access] = name
            return Reply(status: 200, json: ["access": access])
        }
    }

    /// UserView.retrieve with pk 0: the user logged in, by OwnUserSerializer (the fields docxforms reads, and some).
    private func ownUser(_ user: User?, _: [String: String], _: [String: Any]?) -> Reply {
        let user = user!
        return Self.json(200, ["user": ["id": user.id, "username": user.username, "full_name": user.fullName,
                                        "is_teacher": user.teacher, "lti_id": NSNull()]])
    }

    private func courses(_: User?, _: [String: String], _: [String: Any]?) -> Reply {
        let course = state.withLock { $0.course }
        return Self.json(200, ["courses": [["id": course.id, "name": course.name]]])
    }

    private func assignments(_ user: User?, _ query: [String: String], _: [String: Any]?) -> Reply {
        guard let course = query["course_id"].flatMap(Int.init) else { return Self.json(400, description: "Field course_id is required but is missing.") }
        return state.withLock { state in
            guard course == state.course.id else { return Self.json(404, description: "Course does not exist.") }
            let journal = state.journals.first { $0.assignment == state.assignment.id && $0.authors.contains(user!.username) }
            let item: [String: Any] = ["id": state.assignment.id, "name": state.assignment.name, "journal": journal.map { $0.id as Any } ?? NSNull()]
            return Self.json(200, ["assignments": [item]])
        }
    }

    private func templates(_: User?, _ query: [String: String], _: [String: Any]?) -> Reply {
        guard let assignment = query["assignment_id"].flatMap(Int.init) else {
            return Self.json(400, description: "Field assignment_id is required but is missing.")
        }
        return state.withLock { state in
            guard assignment == state.assignment.id else { return Self.json(404, description: "Assignment does not exist.") }
            let list: [[String: Any]] = state.templates.filter { $0.assignment == assignment && !$0.archived }.map { template in
                ["id": template.id, "name": template.name, "format": 1, "preset_only": template.presetOnly, "archived": false,
                 "field_set": template.fields.map { field -> [String: Any] in
                     ["id": field.id, "type": field.type, "title": field.title, "description": "",
                      // A selection's options are a JSON list in a string; a file field's, its extensions.
                      "options": field.type == "f" ? "pdf, docx" : field.options.map { options -> Any in
                          String(decoding: try! JSONSerialization.data(withJSONObject: options), as: UTF8.self)
                      } ?? NSNull(),
                      "location": field.location, "required": field.required]
                 }]
            }
            return Self.json(200, ["templates": list])
        }
    }

    private func journals(_ user: User?, _ query: [String: String], _: [String: Any]?) -> Reply {
        guard let assignment = query["assignment_id"].flatMap(Int.init), query["course_id"].flatMap(Int.init) != nil else {
            return Self.json(400, description: "Fields assignment_id, course_id are required but one or more are missing.")
        }
        guard user!.teacher else { return Self.json(403, description: "User does not have permission can_view_all_journals") }
        return state.withLock { state in
            let list: [[String: Any]] = state.journals.filter { $0.assignment == assignment }.map { journal in
                let authors = journal.authors.compactMap { name in state.users.first { $0.username == name } }
                return ["id": journal.id, "full_names": authors.map(\.fullName).joined(separator: ", "),
                        "usernames": authors.map(\.username).joined(separator: ", "), "name": authors.first?.fullName ?? ""]
            }
            return Self.json(200, ["journals": list])
        }
    }

    /// views/entry.py EntryView.create.
    private func createEntry(_ user: User?, _: [String: String], _ body: [String: Any]?) -> Reply {
        guard let body, let journalValue = body["journal_id"], let templateValue = body["template_id"], let content = body["content"] as? [String: Any] else {
            return Self.json(400, description: "Fields journal_id, template_id, content are required but one or more are missing.")
        }
        // Journal.objects.get(pk='j-12') raises ValueError: not a handled exception, a 500.
        guard let journalID = Self.integer(journalValue), let templateID = Self.integer(templateValue) else { return Reply(status: 500, json: [:]) }
        return state.withLock { state in
            guard let journal = state.journals.first(where: { $0.id == journalID && $0.authors.contains(user!.username) }) else {
                return Self.json(404, description: "Journal does not exist.")
            }
            guard let template = state.templates.first(where: { $0.id == templateID }) else { return Self.json(404, description: "Template does not exist.") }
            if let refusal = state.refusing[journal.id] { return Self.json(403, description: refusal) }
            guard template.assignment == journal.assignment, !template.archived, !template.presetOnly else {
                return Self.json(403, description: "Entry template is not available.")
            }
            // Field.objects.get(pk='naam') raises ValueError: not handled, a 500.
            if content.keys.contains(where: { Int($0) == nil }) { return Reply(status: 500, json: [:]) }
            if let refusal = Self.checkFields(template, content) { return Self.json(400, description: refusal) }
            state.nextID += 1
            state.entries.append(Entry(id: state.nextID, journal: journal.id, template: template.id, content: Self.strings(content)))
            return Self.json(201, ["added": 0, "nodes": [String](), "entry": ["id": state.nextID, "template": ["id": template.id]]])
        }
    }

    /// views/teacher_entry.py TeacherEntryView.create.
    private func createTeacherEntry(_ user: User?, _: [String: String], _ body: [String: Any]?) -> Reply {
        guard let body, let content = body["content"] as? [String: Any], let journals = body["journals"] as? [[String: Any]] else {
            return Self.json(400, description: "Fields content, journals are required but one or more are missing.")
        }
        for key in ["title", "show_title_in_timeline", "assignment_id", "template_id", "category_ids"] where body[key] == nil {
            return Self.json(400, description: "Field \(key) is required but is missing.")
        }
        guard let assignment = Self.integer(body["assignment_id"]!), let templateID = Self.integer(body["template_id"]!) else {
            return Self.json(400, description: "One or more fields are invalid: template_id")
        }
        guard user!.teacher else { return Self.json(403, description: "User does not have permission can_post_teacher_entries") }
        return state.withLock { state in
            let valid = Set(state.journals.filter { $0.assignment == assignment }.map(\.id))
            for journal in journals where !valid.contains(journal["journal_id"].flatMap(Self.integer) ?? -1) {
                return Self.json(400, description: "Journal does not exist in assignment.")
            }
            guard let template = state.templates.first(where: { $0.id == templateID && $0.assignment == assignment && !$0.archived }) else {
                return Self.json(404, description: "Entry template is not available.")
            }
            // Field.objects.get(pk='naam') raises ValueError: not handled, a 500.
            if content.keys.contains(where: { Int($0) == nil }) { return Reply(status: 500, json: [:]) }
            if let refusal = Self.checkFields(template, content) { return Self.json(400, description: refusal) }
            for journal in journals {
                if let refusal = state.refusing[Self.integer(journal["journal_id"]!)!] { return Self.json(403, description: refusal) }
            }
            state.nextID += 1
            let teacherEntry = state.nextID
            for journal in journals {
                state.nextID += 1
                state.entries.append(Entry(id: state.nextID, journal: Self.integer(journal["journal_id"]!)!, template: template.id,
                                           content: Self.strings(content), teacherEntry: teacherEntry))
            }
            return Self.json(201, ["teacher_entry": ["id": teacherEntry, "title": body["title"] as? String ?? ""]])
        }
    }

    /// utils/entry_utils.py check_fields with validators.validate_entry_content: the refusal's description, or nil.
    static func checkFields(_ template: Template, _ content: [String: Any]) -> String? {
        var received: Set<Int> = []
        for (key, value) in content {
            if value is NSNull { continue }
            if let text = value as? String, text.isEmpty { continue }
            let id = Int(key)!   // the handlers answered 500 for another key, as eJournal does
            received.insert(id)
            guard let field = template.fields.first(where: { $0.id == id }) else { return "Passed field is not from template." }
            let text = value as? String ?? ""
            switch field.type {
            case "s": if !(field.options ?? []).contains(text) { return "Selected option is not in the given options." }
            case "d": if let problem = strptimeDate(text) { return problem }
            case "n": return "No submission is allowed for this field."
            default: break
            }
        }
        for field in template.fields.sorted(by: { $0.id < $1.id }) where field.required && !received.contains(field.id) {
            return "Missing required field: \(field.title) (\(field.id))"
        }
        return nil
    }

    /// Python's `datetime.strptime(text, '%Y-%m-%d')`: nil, or its ValueError's words.
    static func strptimeDate(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), day >= 1 else {
            return "time data '\(text)' does not match format '%Y-%m-%d'"
        }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1] ? nil : "day is out of range for month"
    }

    /// Python's int() of a JSON value: a number, or a string of digits.
    static func integer(_ value: Any) -> Int? {
        if let number = value as? Int { return number }
        if let text = value as? String { return Int(text.trimmingCharacters(in: .whitespaces)) }
        return nil
    }

    /// A JSON value as compact text, keys sorted.
    static func text(_ value: Any) -> String {
        if let text = value as? String { return text }
        guard JSONSerialization.isValidJSONObject(value),
              let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }

    static func strings(_ content: [String: Any]) -> [String: String] {
        content.compactMapValues { $0 as? String }
    }
}
#endif
