import ArgumentParser
import Docx
import FeedbackForm
import FormExport
import EJournal
import JSONOutput
import Messages
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
            try sink.write(try JSONOutput(pretty: false).encode(entry) + "\n")
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
                try sink.write(try JSONOutput(pretty: false).encode(payload.entry) + "\n")
            case .failure: break   // payloads only: the file's error is on standard error
            }
        }
    }

    func finish() throws {
        if format == .json && !single { try sink.write("\n]\n") }
        try sink.finish()
    }
}

/// Standard output, or a file written whole or not at all: the text goes to a
/// temporary name beside the target, renamed over it when complete. A failure
/// is reported on standard error and ends the run with exit status
/// ``ExitStatus/outputNotWritable``. Nothing is written to the file before
/// ``open()`` (a run that fails first leaves no file).
final class OutputSink {
    private let path: String?
    private let temporary: String?
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var finished = false

    init(path: String?) throws {
        self.path = path
        guard let path else {
            temporary = nil
            fd = 1
            return
        }
        let temporary = "\(path).partial-\(getpid())"
        fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputSink.failure(path) }
        self.temporary = temporary
    }

    deinit {
        if let temporary, !finished {
            close(fd)
            unlink(temporary)
        }
    }

    func write(_ text: String) throws {
        buffer += text.utf8
        if buffer.count >= 1 << 16 { try flush() }
    }

    func finish() throws {
        try flush()
        guard let path, let temporary else { return }
        let synced = fsync(fd) == 0
        close(fd)
        finished = true
        guard synced, rename(temporary, path) == 0 else {
            let error = OutputSink.failure(path)
            unlink(temporary)
            throw error
        }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        let ok = FileDescriptorWriter.write(String(decoding: buffer, as: UTF8.self), to: fd)
        buffer.removeAll(keepingCapacity: true)
        if !ok { throw OutputSink.failure(path ?? "standard output") }
    }

    /// Reports the system's reason for `path` and returns the exit to take.
    static func failure(_ path: String) -> ExitCode {
        Speech.report(Texts.Commands.cannotWrite(path, reason: Texts.Reading.systemReason(errno)))
        return ExitCode(.outputNotWritable)
    }
}
