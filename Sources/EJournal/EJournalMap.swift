// EJournal: entry payloads for the eJournal portfolio. eJournal takes entries
// through `POST /entries/` (a student, into their journal) and
// `POST /teacher_entries/` (a teacher, into students' journals), each with a
// `template_id` and `content` = {field id: value}. A map file says which record
// value goes to which field of the template, as which type.
public import FeedbackForm
public import Messages
import Yams
public import YAMLFiles

/// How one eJournal template's fields are filled from a record.
public struct EJournalMap: Sendable {
    /// The eJournal field types docxforms can fill.
    public enum FieldType: String, Sendable, CaseIterable {
        case text
        /// HTML: paragraphs in `<p>`, text escaped.
        case richText = "rich_text"
        /// `YYYY-MM-DD`.
        case date
        /// One of the field's options; `options` maps record values to them.
        case selection

        /// eJournal's own code for the type (`Field.TEXT` = `t`, ...).
        public var code: String {
            switch self {
            case .text: "t"
            case .richText: "rt"
            case .date: "d"
            case .selection: "s"
            }
        }
    }

    /// One field of the template.
    public struct Field: Sendable {
        public var id: Int
        public var type: FieldType
        /// The record value: `student.name`, `moment`, `outcomes.afstemmen.judgement`...
        public var value: String
        /// For selections: record value → option text.
        public var options: [String: String]
        /// The map file's line of the field (for messages).
        public var line: Int?
    }

    /// The course and assignment the template belongs to (needed to post; an
    /// offline `extract --format ejournal` does without).
    public var courseID: Int?
    public var assignmentID: Int?
    /// One fixed journal (offline payloads); posting finds each form's journal.
    public var journalID: Int?
    public var templateID: Int
    /// The record value that titles a teacher's entry (`moment`, say); none: the template's name.
    public var title: String?
    public var fields: [Field]
    /// The map file, for messages.
    public var file: String

    /// The record values a map may name, each with how to read it.
    static let recordValues: [String: @Sendable (FormRecord) -> String?] = [
        "source": { $0.source }, "student.name": { $0.student.name }, "student.number": { $0.student.number },
        "subject.code": { $0.subject?.code }, "subject.name": { $0.subject?.name }, "moment": { $0.moment },
        "date": { $0.date }, "school": { $0.school }, "supervisor": { $0.supervisor },
        "schoolTeacherEducator": { $0.schoolTeacherEducator }, "instituteTeacherEducator": { $0.instituteTeacherEducator },
        "lessonsGiven": { $0.lessonsGiven },
    ]

    /// The fields of an outcome a map may name as `outcomes.<id>.<field>`.
    static let outcomeValues: [String: @Sendable (OutcomeRecord) -> String?] = [
        "judgement": { $0.judgement }, "confidence": { $0.confidence.map(OutcomeRecord.word(for:)) },
        "selfReflection": { $0.selfReflection }, "feedback": { $0.feedback },
        "indicatorsSeenFeedback": { $0.indicatorsSeenFeedback }, "developmentMade": { $0.developmentMade },
        "developmentToMake": { $0.developmentToMake }, "goal": { $0.goal },
        "learningActivities": { $0.learningActivities }, "successCriteria": { $0.successCriteria },
        "indicatorsSeen": { $0.indicators.filter { $0.seen == true }.map(\.text).joined(separator: "\n") },
    ]

    /// The payload for one record: the values of `content`, and each value left out
    /// with why. A value absent or empty is left out (eJournal counts `""` as
    /// absent, and refuses it on a required field), and so is a date that is no
    /// day of the calendar and a selection the map has no option for: never the
    /// nearest option.
    public func payload(for record: FormRecord) -> Payload {
        var content: [String: String] = [:]
        var leftOut: [LeftOut] = []
        for field in fields {
            guard let raw = EJournalMap.value(field.value, in: record), raw.contains(where: { !$0.isWhitespace }) else {
                // The record says why, where it has a diagnostic for the value ("reads ‘deels voldaan’, which is not one of its options").
                leftOut.append(LeftOut(field: field, reason: .noValue(record.diagnostics.first { $0.where == field.value }?.message)))
                continue
            }
            switch field.type {
            case .text: content[String(field.id)] = raw
            case .richText: content[String(field.id)] = EJournalMap.html(raw)
            case .date:
                if let date = FormRecord.isoDate(raw) { content[String(field.id)] = date } else {
                    leftOut.append(LeftOut(field: field, reason: .notADate(raw)))
                }
            case .selection:
                if let option = field.options[raw] { content[String(field.id)] = option } else {
                    leftOut.append(LeftOut(field: field, reason: .noOption(raw)))
                }
            }
        }
        let title = self.title.flatMap { EJournalMap.value($0, in: record) }?.trimmed
        return Payload(entry: Entry(source: record.source, journalID: journalID, templateID: templateID, content: content),
                       title: title?.isEmpty == false ? title : nil, leftOut: leftOut)
    }

    /// What a record gives the template: the entry, and the values left out.
    public struct Payload: Sendable {
        public var entry: Entry
        /// For a teacher's entry: the record's value named by the map's `title`.
        public var title: String?
        public var leftOut: [LeftOut]
    }

    /// A mapped value not in the payload, and why.
    public struct LeftOut: Sendable {
        public var field: Field
        public var reason: Reason

        public enum Reason: Sendable, Equatable {
            /// The record has no value there: empty, or null with the record's diagnostic saying why.
            case noValue(Phrase?)
            /// The record's text is no day of the calendar.
            case notADate(String)
            /// The map names no option for the record's value.
            case noOption(String)
        }

        /// "field 105 (outcomes.afstemmen.feedback) left out: ..."
        public var message: Phrase {
            let why: Phrase = switch reason {
            case .noValue(nil): Texts.EJournal.noValue
            case .noValue(let diagnostic?): Texts.EJournal.noValueBecause(diagnostic)
            case .notADate(let text): Texts.EJournal.notADate(text)
            case .noOption(let value): Texts.EJournal.noOption(value)
            }
            return Texts.EJournal.leftOut(field: field.id, value: field.value, why: why)
        }
    }

    /// One entry payload, ready to post, with the form it came from. eJournal's
    /// ids are numbers (the map holds nothing else); `journal_id` only where the
    /// map fixes one.
    public struct Entry: Sendable, Encodable {
        public var source: String
        public var journalID: Int?
        public var templateID: Int
        public var content: [String: String]

        public init(source: String, journalID: Int?, templateID: Int, content: [String: String]) {
            self.source = source
            self.journalID = journalID
            self.templateID = templateID
            self.content = content
        }

        enum CodingKeys: String, CodingKey {
            case source, journalID = "journal_id", templateID = "template_id", content
        }
    }

    static func value(_ path: String, in record: FormRecord) -> String? {
        if let read = recordValues[path] { return read(record) }
        let parts = path.split(separator: ".", maxSplits: 2).map(String.init)
        guard parts.count == 3, parts[0] == "outcomes", let read = outcomeValues[parts[2]],
              let outcome = record.outcomes.first(where: { $0.id == parts[1] }) else { return nil }
        return read(outcome)
    }

    static func html(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            var escaped = ""
            for c in line {
                switch c {
                case "&": escaped += "&amp;"
                case "<": escaped += "&lt;"
                case ">": escaped += "&gt;"
                case "\"": escaped += "&quot;"
                default: escaped.append(c)
                }
            }
            return "<p>\(escaped)</p>"
        }.joined()
    }
}

/// A map file that is not valid: where, and what is wrong.
public typealias EJournalMapError = YAMLFileError

extension EJournalMap {
    static let keys = ["course_id", "assignment_id", "journal_id", "template_id", "title", "fields"]
    static let fieldKeys = ["id", "type", "value", "options"]

    /// Reads a map file:
    ///
    /// ```yaml
    /// course_id: 3
    /// assignment_id: 12
    /// template_id: 56
    /// fields:
    ///   - id: 101
    ///     type: text
    ///     value: student.name
    ///   - id: 102
    ///     type: selection
    ///     value: outcomes.afstemmen.judgement
    ///     options: {voldaan: Voldaan, niet-voldaan: Niet voldaan}
    /// ```
    public static func parse(_ text: String, file: String) throws(EJournalMapError) -> EJournalMap {
        func fail(_ node: Node?, _ message: Phrase) -> EJournalMapError {
            EJournalMapError(file: file, line: node?.mark?.line, message: message)
        }
        let root = try YAMLFile.compose(text, file: file)
        guard let mapping = root.mapping else { throw fail(root, Texts.Files.expectedKeys(keys)) }
        var top: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string, keys.contains(name) else { throw fail(key, Texts.Files.unknownKey(key.string ?? "?", expected: keys)) }
            top[name] = value
        }
        guard let templateNode = top["template_id"] else { throw fail(root, Texts.Files.required(["template_id"])) }
        // eJournal's ids are whole numbers; anything else makes its server fail (500), so it is refused here.
        func id(_ node: Node, _ key: String) throws(EJournalMapError) -> Int {
            guard let text = node.string, let number = Int(text), number > 0 else { throw fail(node, Texts.Files.mustBeWholeNumber(key)) }
            return number
        }
        func optionalID(_ key: String) throws(EJournalMapError) -> Int? {
            guard let node = top[key] else { return nil }
            return try id(node, key)
        }
        var title: String?
        if let node = top["title"] {
            guard let path = node.string, isRecordValue(path) else { throw fail(node, Texts.Files.mustBeRecordValue) }
            title = path
        }
        guard let list = top["fields"]?.sequence, !list.isEmpty else { throw fail(top["fields"] ?? root, Texts.Files.mustBeList("fields")) }
        var fields: [Field] = []
        for item in list {
            guard let entry = item.mapping else { throw fail(item, Texts.Files.itemNeeds("fields", ["id", "type", "value"])) }
            var values: [String: Node] = [:]
            for (key, value) in entry {
                guard let name = key.string, fieldKeys.contains(name) else {
                    throw fail(key, Texts.Files.unknownKey(key.string ?? "?", expected: fieldKeys))
                }
                values[name] = value
            }
            guard let idNode = values["id"] else { throw fail(item, Texts.Files.itemNeeds("fields", ["id", "type", "value"])) }
            let fieldID = try id(idNode, "id")
            if fields.contains(where: { $0.id == fieldID }) { throw fail(idNode, Texts.Files.givenTwice("id: \(fieldID)")) }
            guard let typeName = values["type"]?.string, let type = FieldType(rawValue: typeName) else {
                throw fail(values["type"] ?? item, Texts.Files.mustBeOneOf("type", FieldType.allCases.map(\.rawValue)))
            }
            guard let path = values["value"]?.string, isRecordValue(path) else {
                throw fail(values["value"] ?? item, Texts.Files.mustBeRecordValue)
            }
            var options: [String: String] = [:]
            if let node = values["options"] {
                guard let pairs = node.mapping else { throw fail(node, Texts.Files.optionsMap) }
                for (key, value) in pairs {
                    guard let k = key.string, let v = value.string else { throw fail(key, Texts.Files.optionsText) }
                    options[k] = v
                }
            }
            if type == .selection && options.isEmpty { throw fail(item, Texts.Files.selectionNeedsOptions) }
            fields.append(Field(id: fieldID, type: type, value: path, options: options, line: item.mark?.line))
        }
        return EJournalMap(courseID: try optionalID("course_id"), assignmentID: try optionalID("assignment_id"),
                           journalID: try optionalID("journal_id"), templateID: try id(templateNode, "template_id"),
                           title: title, fields: fields, file: file)
    }

    /// Whether a map may name `path`: a record value, or an outcome's.
    static func isRecordValue(_ path: String) -> Bool {
        if recordValues[path] != nil { return true }
        let parts = path.split(separator: ".", maxSplits: 2)
        return parts.count == 3 && parts[0] == "outcomes" && outcomeValues[String(parts[2])] != nil
    }
}
