// FormExport: records for spreadsheets and portfolios. CSV in two layouts
// with a documented, stable column order, RFC 4180 quoting and cells that a
// spreadsheet would run as a formula neutralised; pseudonyms for bulk exports.
public import FeedbackForm

/// Writes form records as CSV.
public struct CSVWriter: Sendable {
    /// One row per form and outcome, or per form and kijkkader indicator.
    public enum Layout: String, Sendable, CaseIterable {
        case long, indicator
    }

    public var layout: Layout
    /// The field separator (`,`; `;` for Dutch Excel).
    public var delimiter: Character

    public init(layout: Layout = .long, delimiter: Character = ",") {
        self.layout = layout
        self.delimiter = delimiter
    }

    /// The columns of each layout, in order. Stable: scripts read them by position.
    public static func columns(_ layout: Layout) -> [String] {
        switch layout {
        case .long:
            return ["source", "student_name", "student_number", "subject_code", "subject_name", "moment", "date",
                    "outcome_id", "outcome_name", "assessment", "supervisor_role", "judgement", "confidence",
                    "indicators_seen", "indicators_listed", "self_reflection", "feedback", "error"]
        case .indicator:
            return ["source", "student_name", "student_number", "subject_code", "moment", "date",
                    "outcome_id", "indicator_id", "indicator_text", "seen", "error"]
        }
    }

    /// The header line, ending in CRLF.
    public func header() -> String {
        line(CSVWriter.columns(layout))
    }

    /// The lines of one record, each ending in CRLF.
    public func rows(_ record: FormRecord) -> String {
        var out = ""
        let form = [record.source, record.student.name ?? "", record.student.number ?? "", record.subject?.code ?? ""]
        for outcome in record.outcomes {
            switch layout {
            case .long:
                let feedback = outcome.feedback
                    ?? [outcome.indicatorsSeenFeedback, outcome.developmentMade, outcome.developmentToMake].compactMap { $0 }
                        .joined(separator: "\n")
                out += line(form + [
                    record.subject?.name ?? "", record.moment ?? "", record.date ?? "", outcome.id, outcome.name,
                    outcome.assessment ?? "", outcome.role ?? "", outcome.judgement ?? "",
                    outcome.confidence.map(OutcomeRecord.word(for:)) ?? "",
                    String(outcome.indicators.filter { $0.seen == true }.count), String(outcome.indicators.count),
                    outcome.selfReflection ?? "", feedback, "",
                ])
            case .indicator:
                for indicator in outcome.indicators {
                    out += line(form + [record.moment ?? "", record.date ?? "", outcome.id, indicator.id ?? "", indicator.text,
                                        indicator.seen.map(OutcomeRecord.word(for:)) ?? "", ""])
                }
            }
        }
        return out
    }

    /// The line of a file that could not be read: its source, the reason in
    /// the last column (`error`), the rest empty.
    public func errorRow(source: String, message: String) -> String {
        let width = CSVWriter.columns(layout).count
        return line([source] + Array(repeating: "", count: width - 2) + [message])
    }

    /// The header and every record's lines.
    public func write(_ records: [FormRecord]) -> String {
        header() + records.map(rows).joined()
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
