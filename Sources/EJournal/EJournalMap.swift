// EJournal: entry payloads for the eJournal portfolio. eJournal takes entries
// through `POST /entries/` with `journal_id`, `template_id` and `content`
// = {field id: value}. A map file says which record value goes to which
// field, as which type; docxforms writes the payloads, it never posts them.
public import FeedbackForm
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
    }

    /// One field of the template.
    public struct Field: Sendable {
        public var id: String
        public var type: FieldType
        /// The record value: `student.name`, `moment`, `outcomes.afstemmen.judgement`...
        public var value: String
        /// For selections: record value → option text.
        public var options: [String: String]
    }

    public var journalID: Int
    public var templateID: Int
    public var fields: [Field]

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

    /// The payload for one record: `journal_id`, `template_id` and `content`,
    /// and the record's `source` (so a script knows whose line it posts);
    /// fields whose value is absent or empty are left out of `content` (eJournal
    /// counts `""` as absent, and refuses it on a required field).
    public func entry(for record: FormRecord) -> Entry {
        var content: [String: String] = [:]
        for field in fields {
            guard let raw = EJournalMap.value(field.value, in: record), raw.contains(where: { !$0.isWhitespace }) else { continue }
            switch field.type {
            case .text: content[field.id] = raw
            case .richText: content[field.id] = EJournalMap.html(raw)
            case .date: if let date = FormRecord.isoDate(raw) { content[field.id] = date }
            case .selection: if let option = field.options[raw] { content[field.id] = option }
            }
        }
        return Entry(source: record.source, journalID: journalID, templateID: templateID, content: content)
    }

    /// One entry payload, ready to post, with the form it came from. eJournal's
    /// ids are numbers (the map holds nothing else).
    public struct Entry: Sendable, Encodable {
        public var source: String
        public var journalID: Int
        public var templateID: Int
        public var content: [String: String]

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
    /// Reads a map file:
    ///
    /// ```yaml
    /// journal_id: 1234
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
        guard let mapping = root.mapping else { throw fail(root, Texts.Files.expectedKeys(["journal_id", "template_id", "fields"])) }
        var top: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string, ["journal_id", "template_id", "fields"].contains(name) else {
                throw fail(key, Texts.Files.unknownKey(key.string ?? "?", expected: ["journal_id", "template_id", "fields"]))
            }
            top[name] = value
        }
        guard let journalNode = top["journal_id"], let templateNode = top["template_id"] else {
            throw fail(root, Texts.Files.required(["journal_id", "template_id"]))
        }
        // eJournal's ids are whole numbers; anything else makes its server fail (500), so it is refused here.
        func id(_ node: Node, _ key: String) throws(EJournalMapError) -> Int {
            guard let text = node.string, let number = Int(text), number > 0 else { throw fail(node, Texts.Files.mustBeWholeNumber(key)) }
            return number
        }
        let journal = try id(journalNode, "journal_id"), template = try id(templateNode, "template_id")
        guard let list = top["fields"]?.sequence, !list.isEmpty else { throw fail(top["fields"] ?? root, Texts.Files.mustBeList("fields")) }
        var fields: [Field] = []
        for item in list {
            guard let entry = item.mapping else { throw fail(item, Texts.Files.itemNeeds("fields", ["id", "type", "value"])) }
            var values: [String: Node] = [:]
            for (key, value) in entry {
                guard let name = key.string, ["id", "type", "value", "options"].contains(name) else {
                    throw fail(key, Texts.Files.unknownKey(key.string ?? "?", expected: ["id", "type", "value", "options"]))
                }
                values[name] = value
            }
            guard let idNode = values["id"] else { throw fail(item, Texts.Files.itemNeeds("fields", ["id", "type", "value"])) }
            let fieldID = String(try id(idNode, "id"))
            guard let typeName = values["type"]?.string, let type = FieldType(rawValue: typeName) else {
                throw fail(values["type"] ?? item, Texts.Files.mustBeOneOf("type", FieldType.allCases.map(\.rawValue)))
            }
            guard let path = values["value"]?.string, recordValues[path] != nil || isOutcomePath(path) else {
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
            fields.append(Field(id: fieldID, type: type, value: path, options: options))
        }
        return EJournalMap(journalID: journal, templateID: template, fields: fields)
    }

    private static func isOutcomePath(_ path: String) -> Bool {
        let parts = path.split(separator: ".", maxSplits: 2)
        return parts.count == 3 && parts[0] == "outcomes" && outcomeValues[String(parts[2])] != nil
    }
}
