// `ejournal map init`: a map file written from a live template, its fields
// matched to record values by title. A skeleton for a person to check: what
// matched is written as YAML, what did not as a comment that says why.
public import FeedbackForm
public import Messages

extension EJournalMap {
    /// The map text for `template` of an assignment, with comments in `language`.
    public static func skeleton(template: EJournalTemplate, courseID: Int, assignmentID: Int,
                                catalogue: Catalogue, language: Language) -> String {
        var lines = [
            "# " + Texts.EJournal.skeletonHeader(template: template.name)(language),
            "# " + Texts.EJournal.skeletonCheck(language),
            "course_id: \(courseID)",
            "assignment_id: \(assignmentID)",
            "template_id: \(template.id)",
            "fields:",
        ]
        for field in template.fields.sorted(by: { $0.location < $1.location }) {
            let heading = "  # \(quoted(field.title)) (\(field.type)\(field.required ? ", " + Texts.EJournal.requiredWord(language) : ""))"
            guard let type = FieldType.allCases.first(where: { $0.code == field.type }) else {
                lines += [heading, "  # " + Texts.EJournal.skeletonTypeNotFilled(language)]
                continue
            }
            guard let path = RecordValueTitles.path(forTitle: field.title, catalogue: catalogue) else {
                lines += [heading, "  # " + Texts.EJournal.skeletonNoMatch(language),
                          "  # - id: \(field.id)", "  #   type: \(type.rawValue)", "  #   value: ..."]
                continue
            }
            let choices = RecordValueTitles.choices(for: path)
            var body = ["  - id: \(field.id)", "    type: \(type.rawValue)", "    value: \(path)"]
            var notes: [String] = []
            switch type {
            case .selection:
                guard let choices else {
                    lines += [heading, "  # " + Texts.EJournal.skeletonNotAChoice(path)(language)]
                    continue
                }
                var matched: [String] = []
                for choice in choices {
                    let options = field.options.filter { RecordValueTitles.option($0, means: choice.spellings) }
                    if options.count == 1 { matched.append("      \(choice.value): \(quoted(options[0]))") } else {
                        notes.append("      # \(choice.value): " + Texts.EJournal.skeletonNoOption(field.options)(language))
                    }
                }
                guard !matched.isEmpty else {
                    lines += [heading, "  # " + Texts.EJournal.skeletonNoOption(field.options)(language)]
                    continue
                }
                body += ["    options:"] + matched + notes
            case .date where path != "date":
                lines += [heading, "  # " + Texts.EJournal.skeletonNotADate(path)(language)]
                continue
            case .text, .richText, .date:
                break
            }
            lines += [heading] + body
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for c in text.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out += c.value < 0x20 ? "\\x" + String(c.value, radix: 16).leftPadded(2) : String(c)
            }
        }
        return out + "\""
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: Swift.max(0, width - count)) + self }
}
