// What eJournal says about an assignment, as its API gives it (its
// serializers: TemplateSerializer, FieldSerializer, JournalSerializer), and the
// checks eJournal makes of an entry (utils/entry_utils.py `check_fields`,
// validators.py `validate_entry_content`), made before posting so that a
// refusal is said per form, in the user's language, and nothing half-posted.
public import Messages
import FeedbackForm
import Foundation

/// An entry template of an assignment: `GET /templates/?assignment_id=`.
public struct EJournalTemplate: Sendable, Decodable, Equatable {
    public var id: Int
    public var name: String
    /// Only for deadlines and teachers' entries: a student cannot post with it.
    public var presetOnly: Bool
    public var fields: [TemplateField]

    public init(id: Int, name: String, presetOnly: Bool, fields: [TemplateField]) {
        self.id = id
        self.name = name
        self.presetOnly = presetOnly
        self.fields = fields
    }

    enum CodingKeys: String, CodingKey {
        case id, name, presetOnly = "preset_only", fields = "field_set"
    }
}

/// One field of a template.
public struct TemplateField: Sendable, Decodable, Equatable {
    public var id: Int
    /// eJournal's type code: `t`, `rt`, `d`, `dt`, `s`, `u`, `f`, `v`, `n`.
    public var type: String
    public var title: String
    /// For a selection, the options (eJournal keeps them as a JSON list in a string).
    public var options: [String]
    public var required: Bool
    public var location: Int

    public init(id: Int, type: String, title: String, options: [String], required: Bool, location: Int) {
        self.id = id
        self.type = type
        self.title = title
        self.options = options
        self.required = required
        self.location = location
    }

    enum CodingKeys: String, CodingKey {
        case id, type, title, options, required, location
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int.self, forKey: .id)
        type = try c.decode(String.self, forKey: .type)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        required = try c.decodeIfPresent(Bool.self, forKey: .required) ?? false
        location = try c.decodeIfPresent(Int.self, forKey: .location) ?? 0
        let text = try c.decodeIfPresent(String.self, forKey: .options)
        // A file field keeps its extensions here ("pdf, docx"), not a list: no options then.
        options = text.flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
    }

    /// "Oordeel afstemmen (105)": as eJournal names a field in its own messages.
    public var label: String { "\(title) (\(id))" }
}

/// A student's journal, as a teacher sees it: `GET /journals/?assignment_id=&course_id=`.
public struct EJournalJournal: Sendable, Decodable, Equatable {
    public var id: Int
    /// The authors' full names, joined by ", ".
    public var fullNames: String?
    /// The authors' usernames, joined by ", " (only for who may view all journals).
    public var usernames: String?

    public init(id: Int, fullNames: String?, usernames: String?) {
        self.id = id
        self.fullNames = fullNames
        self.usernames = usernames
    }

    enum CodingKeys: String, CodingKey {
        case id, fullNames = "full_names", usernames
    }
}

/// The user logged in: `GET /users/0/` (eJournal's own-user serializer).
public struct EJournalUser: Sendable, Decodable, Equatable {
    public var username: String
    public var fullName: String

    public init(username: String, fullName: String) {
        self.username = username
        self.fullName = fullName
    }

    enum CodingKeys: String, CodingKey {
        case username, fullName = "full_name"
    }
}

/// An assignment as a student sees it: `GET /assignments/?course_id=` (with their journal's id).
public struct EJournalAssignment: Sendable, Decodable, Equatable {
    public var id: Int
    public var name: String
    public var journal: Int?

    public init(id: Int, name: String, journal: Int?) {
        self.id = id
        self.name = name
        self.journal = journal
    }
}

/// A course: `GET /courses/`.
public struct EJournalCourse: Sendable, Decodable, Equatable {
    public var id: Int
    public var name: String
}

extension EJournalTemplate {
    /// What in `map` does not fit this template: fields it does not have, types
    /// that differ, option texts it does not offer (selections match exactly),
    /// required fields the map fills from nothing. Each names the map's line.
    public func problems(with map: EJournalMap) -> [Phrase] {
        var problems: [Phrase] = []
        for field in map.fields {
            let at = Phrase.verbatim("\(map.file):\(field.line.map(String.init) ?? "1"): ")
            guard let live = fields.first(where: { $0.id == field.id }) else {
                problems.append(at + Texts.EJournal.fieldNotInTemplate(field.id, template: name))
                continue
            }
            if live.type != field.type.code {
                problems.append(at + Texts.EJournal.typeDiffers(live.label, mapped: field.type.rawValue, live: live.type))
            }
            for option in Set(field.options.values).sorted() where field.type == .selection && !live.options.contains(option) {
                problems.append(at + Texts.EJournal.optionNotOffered(option, field: live.label, offered: live.options))
            }
        }
        for live in fields where live.required && live.type != "n" && !map.fields.contains(where: { $0.id == live.id }) {
            problems.append(Phrase.verbatim("\(map.file): ") + Texts.EJournal.requiredNotMapped(live.label))
        }
        return problems
    }

    /// Why eJournal would refuse `payload`'s entry, as `check_fields` decides:
    /// each required field without a value (with why the form gave none), a
    /// value for a field of another template, an option it does not offer, a
    /// date it cannot read. Empty: eJournal takes it.
    public func refusals(of payload: EJournalMap.Payload) -> [Phrase] {
        var refusals: [Phrase] = []
        for (key, value) in payload.entry.content.sorted(by: { $0.key < $1.key }) {
            guard let live = fields.first(where: { String($0.id) == key }) else {
                refusals.append(Texts.EJournal.fieldNotInTemplate(Int(key) ?? 0, template: name))
                continue
            }
            if live.type == "s" && !live.options.contains(value) { refusals.append(Texts.EJournal.optionRefused(value, field: live.label)) }
            if live.type == "d" && !EJournalTemplate.isDate(value) { refusals.append(Texts.EJournal.dateRefused(value, field: live.label)) }
        }
        for live in fields where live.required && payload.entry.content[String(live.id)] == nil {
            let why = payload.leftOut.first { $0.field.id == live.id }
            refusals.append(Texts.EJournal.requiredMissing(live.label, why: why?.message))
        }
        return refusals
    }

    /// `YYYY-MM-DD` naming a day of the calendar (Python's `strptime('%Y-%m-%d')` takes no other).
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return FormRecord.isDay(day, of: month, year)
    }
}
