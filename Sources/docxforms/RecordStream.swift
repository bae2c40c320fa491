import ArgumentParser
import Docx
import FeedbackForm
import FormExport
import EJournal
import JSONOutput
import Messages
import WholeFiles
#if canImport(Glibc)
import Glibc
#endif

/// The formats records are written in.
enum RecordFormat: String, ExpressibleByArgument, CaseIterable {
    /// One JSON record for one file given to `convert`; otherwise an array.
    case json
    /// One compact JSON record (or error entry) per line, for streams.
    case ndjson
    /// One row per form and outcome (or indicator); see `--layout`.
    case csv
    /// eJournal entry payloads, one per line; needs `--map`.
    case ejournal
}

/// Writes records as they come, in one format, to an ``OutputSink``;
/// every record that leaves is pseudonymised first when that was asked.
final class RecordStream {
    private let format: RecordFormat
    private let sink: OutputSink
    private let csv: CSVWriter
    private let ejournal: EJournalMap?
    private let pseudonymiser: Pseudonymiser?
    private let single: Bool
    private var count = 0

    init(format: RecordFormat, sink: OutputSink, csv: CSVWriter, bom: Bool, ejournal: EJournalMap?, pseudonymiser: Pseudonymiser?,
         single: Bool) throws {
        self.format = format
        self.sink = sink
        self.csv = csv
        self.ejournal = ejournal
        self.pseudonymiser = pseudonymiser
        self.single = single
        switch format {
        case .json where !single: try sink.write("[\n")
        case .csv: try sink.write((bom ? "\u{FEFF}" : "") + csv.headerLine())
        default: break
        }
    }

    func add(_ entry: ConvertEntry) throws {
        defer { count += 1 }
        var entry = entry
        if let pseudonymiser, case .record(let record) = entry { entry = .record(pseudonymiser.apply(record)) }
        switch format {
        case .json:
            let text = try JSONOutput(pretty: true).encode(entry)
            try sink.write(single ? text + "\n" : (count > 0 ? ",\n" : "") + text)
        case .ndjson:
            try sink.writeLine(entry)
        case .csv:
            switch entry {
            case .record(let record): try sink.write(csv.rows(record))
            case .failure(let error, _): try sink.write(csv.errorRow(error))
            }
        case .ejournal:
            guard let ejournal else { return }
            switch entry {
            case .record(let record):
                // Each value left out is said on standard error, beside the file; the payload holds values only.
                let payload = ejournal.payload(for: record)
                for value in payload.leftOut { Speech.report(Phrase.verbatim("\(record.source): ") + value.message) }
                try sink.writeLine(payload.entry)
            case .failure: break   // payloads only: the file's error is on standard error
            }
        }
    }

    func finish() throws {
        if format == .json && !single { try sink.write("\n]\n") }
        try sink.finish()
    }
}

/// Standard output, or a file written whole or not at all (``WholeFile``). A
/// failure is reported on standard error and ends the run with exit status
/// ``ExitStatus/outputNotWritable``. Nothing is written to the file before
/// ``open()`` (a run that fails first leaves no file).
final class OutputSink {
    private let path: String?
    private let file: WholeFile?
    private var buffer: [UInt8] = []

    init(path: String?) throws {
        self.path = path
        guard let path else {
            file = nil
            return
        }
        do throws(WholeFileError) {
            file = try WholeFile(path: path)
        } catch {
            throw OutputSink.failure(.verbatim(path), error)
        }
    }

    func write(_ text: String) throws {
        buffer += text.utf8
        try flushIfFull()
    }

    /// Writes `value` as one line of compact JSON, encoded straight into the buffer.
    func writeLine(_ value: some Encodable) throws {
        try JSONOutput(pretty: false).append(value, to: &buffer)
        buffer.append(UInt8(ascii: "\n"))
        try flushIfFull()
    }

    /// Writes the buffer out once it holds 64 KiB.
    private func flushIfFull() throws {
        if buffer.count >= 1 << 16 { try flush() }
    }

    func finish() throws {
        try flush()
        guard let file, let path else { return }
        do throws(WholeFileError) {
            try file.commit()
        } catch {
            throw OutputSink.failure(.verbatim(path), error)
        }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        do throws(WholeFileError) {
            try WholeFile.write(buffer, to: file?.descriptor ?? 1)
        } catch {
            throw OutputSink.failure(path.map(Phrase.verbatim) ?? Texts.Commands.standardOutput, error)
        }
    }

    /// Reports the system's reason for `target` and returns the exit to take.
    static func failure(_ target: Phrase, _ error: WholeFileError) -> ExitCode {
        Speech.report(Texts.Commands.cannotWrite(target, reason: Texts.Reading.systemReason(error.code)))
        return ExitCode(.outputNotWritable)
    }
}
