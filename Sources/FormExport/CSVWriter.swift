// FormExport: records for spreadsheets and portfolios. CSV in two layouts
// with a documented, stable column order, RFC 4180 quoting and cells that a
// spreadsheet would run as a formula neutralised; pseudonyms for bulk exports;
// one call that reads a file into its entry (a record, or why not).
public import FeedbackForm

/// Writes form records as CSV.
public struct CSVWriter: Sendable {
    /// One row per form and outcome, or per form and kijkkader indicator.
    public enum Layout: String, Sendable, CaseIterable {
        case long, indicator
    }

    /// What the header line holds: the columns' names in the language (for
    /// people), or their stable machine keys (for scripts).
    public enum Header: String, Sendable, CaseIterable {
        case words, keys
    }

    public var layout: Layout
    /// The field separator (`,`; `;` for Dutch Excel).
    public var delimiter: Character
    public var header: Header
    /// The language of the header words, the warnings and the errors.
    public var language: Language

    public init(layout: Layout = .long, delimiter: Character = ",", header: Header = .words, language: Language = .nl) {
        self.layout = layout
        self.delimiter = delimiter
        self.header = header
        self.language = language
    }

    /// The columns' keys of each layout, in order. Stable: scripts read them by key or position.
    public static func columns(_ layout: Layout) -> [String] {
        switch layout {
        case .long:
            return ["source", "student_name", "student_number", "subject_code", "subject_name", "moment", "date",
                    "outcome_id", "outcome_name", "assessment", "supervisor_role", "judgement", "confidence",
                    "indicators_seen", "indicators_listed", "self_reflection", "feedback",
                    "feedback_indicators_seen", "development_made", "development_to_make", "warnings", "error"]
        case .indicator:
            return ["source", "student_name", "student_number", "subject_code", "moment", "date",
                    "outcome_id", "indicator_id", "indicator_text", "seen", "warnings", "error"]
        }
    }

    /// The header line, ending in CRLF.
    public func headerLine() -> String {
        let keys = CSVWriter.columns(layout)
        return line(header == .keys ? keys : keys.map { Texts.Columns.header($0)(language) })
    }

    /// The lines of one record, each ending in CRLF.
    public func rows(_ record: FormRecord) -> String {
        var out = ""
        let form = [record.source, record.student.name ?? "", record.student.number ?? "", record.subject?.code ?? ""]
        for outcome in record.outcomes {
            let warnings = self.warnings(record, outcome)
            switch layout {
            case .long:
                out += line(form + [
                    record.subject?.name ?? "", record.moment ?? "", record.date ?? "", outcome.id, outcome.name,
                    outcome.assessment ?? "", outcome.role ?? "", outcome.judgement ?? "",
                    outcome.confidence.map(OutcomeRecord.word(for:)) ?? "",
                    outcome.indicators.filter { $0.seen == true }.compactMap(\.id).joined(separator: " "), String(outcome.indicators.count),
                    outcome.selfReflection ?? "", outcome.feedback ?? "",
                    outcome.indicatorsSeenFeedback ?? "", outcome.developmentMade ?? "", outcome.developmentToMake ?? "", warnings, "",
                ])
            case .indicator:
                for indicator in outcome.indicators {
                    out += line(form + [record.moment ?? "", record.date ?? "", outcome.id, indicator.id ?? "", indicator.text,
                                        indicator.seen.map(OutcomeRecord.word(for:)) ?? "", warnings, ""])
                }
            }
        }
        return out
    }

    /// The line of a file that could not be read: its source, the reason in
    /// the last column (`error`), the rest empty.
    public func errorRow(_ error: DocxError) -> String {
        let width = CSVWriter.columns(layout).count
        return line([error.file] + Array(repeating: "", count: width - 2) + [error.message(language)])
    }

    /// The header and every record's lines.
    public func write(_ records: [FormRecord]) -> String {
        headerLine() + records.map(rows).joined()
    }

    /// What the form says is wanting (warnings and errors) about the form as a
    /// whole and about `outcome`, one message a line.
    private func warnings(_ record: FormRecord, _ outcome: OutcomeRecord) -> String {
        let ids = Set(outcome.indicators.compactMap(\.id))
        return record.diagnostics.filter { diagnostic in
            guard diagnostic.severity >= .warning else { return false }
            let steps = diagnostic.where.split(separator: ".", maxSplits: 1)
            switch steps.first {
            case "outcomes": return steps.count == 1 || steps[1] == outcome.id || steps[1].hasPrefix(outcome.id + ".")
            case "indicators", "seen": return steps.count > 1 && ids.contains(String(steps[1]))
            default: return true
            }
        }.map { $0.message(language) }.joined(separator: "\n")
    }

    private func line(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: String(delimiter)) + "\r\n"
    }

    /// RFC 4180: quoted when it holds the delimiter, a quote or a line break,
    /// quotes doubled. A cell starting with `=`, `+`, `-` or `@` gets a leading
    /// apostrophe so no spreadsheet runs it as a formula.
    func quote(_ field: String) -> String {
        var value = field
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
