// FormExport: records as CSV for spreadsheets. One row per form and outcome,
// a documented and stable column order, RFC 4180 quoting, and cells that a
// spreadsheet would run as a formula neutralised.
public import FeedbackForm

/// Writes form records as CSV.
public struct CSVWriter: Sendable {
    /// The field separator (`,`; `;` for Dutch Excel).
    public var delimiter: Character

    public init(delimiter: Character = ",") {
        self.delimiter = delimiter
    }

    /// The columns, in order. Stable: scripts read them by position.
    public static let columns = [
        "source", "student_name", "student_number", "subject_code", "subject_name", "moment", "date",
        "outcome_id", "outcome_name", "judgement", "confidence", "indicators_seen", "indicators_listed",
        "self_reflection", "feedback",
    ]

    /// The header line and one line per form and outcome, each ending in CRLF.
    public func write(_ records: [FormRecord]) -> String {
        var out = line(CSVWriter.columns)
        for record in records {
            for outcome in record.outcomes {
                let feedback = outcome.feedback
                    ?? [outcome.indicatorsSeenFeedback, outcome.developmentMade, outcome.developmentToMake].compactMap { $0 }
                        .joined(separator: "\n")
                out += line([
                    record.source, record.student.name ?? "", record.student.number ?? "", record.subject?.code ?? "",
                    record.subject?.name ?? "", record.moment ?? "", record.date ?? "", outcome.id, outcome.name,
                    outcome.judgement ?? "", outcome.confidence.map { $0 ? "ja" : "nee" } ?? "",
                    String(outcome.indicators.filter(\.seen).count), String(outcome.indicators.count),
                    outcome.selfReflection ?? "", feedback,
                ])
            }
        }
        return out
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
