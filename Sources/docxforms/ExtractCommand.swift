import ArgumentParser
import Docx
import FeedbackForm
import Messages
#if canImport(Glibc)
import Glibc
#endif

extension DocxForms {
    /// `docxforms extract`: many forms at once, on all cores.
    struct ExtractCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Extract records from many forms at once: files and folders, in parallel, in input order.",
            discussion: """
                Folders give their .docx, .docm and .dotx files (with -r, those of their \
                subfolders too), in name order, and their .doc, .pdf, .odt and .rtf files, \
                which fail with what to do ("save as .docx"); other files, Word's lock files \
                (~$…) and hidden files are counted as skipped in the summary. Forms are \
                converted on all cores (--jobs) a few at a time, so memory stays flat however \
                many there are, and written in input order whatever the scheduling. A file that \
                cannot be read, or a Word document that is no form (not-a-form), is reported on \
                standard error and as an entry in the output (in CSV a row with the reason in its \
                error column), and the run goes on. Exit: 0 all converted; the failed files' \
                status when all failed alike (the one convert gives), 2 when they failed \
                differently; 20 nothing to read; see README, "Exit statuses". A progress bar \
                shows when standard error is a terminal (and the output is not on it); a summary \
                line ends the run.
                """)

        @Argument(help: "Files and folders.", completion: .file())
        var paths: [String]

        @Flag(name: .shortAndLong, help: "Look in subfolders too.")
        var recursive = false

        @Option(help: "How many forms to convert at once (default: the number of cores).")
        var jobs: Int?

        @OptionGroup var output: OutputOptions
        @OptionGroup var limits: LimitOptions
        @OptionGroup var plugins: PluginOptions

        func validate() throws {
            if let jobs, jobs < 1 { throw Speech.usage(Texts.Commands.jobsAtLeastOne) }
        }

        func run() throws {
            let start = ContinuousClock.now
            let input = InputFiles(paths, recursive: recursive)
            guard !input.files.isEmpty else {
                Speech.report(Texts.Commands.nothingToRead(paths))
                throw ExitCode(.nothingToRead)
            }
            let files = input.files
            let forms = FormReader(reader: DocxReader(limits: limits.limits), converter: FormConverter(plugins: try plugins.load()),
                                   language: Speech.language)
            let batch = BatchConverter(forms: forms, jobs: jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
            let stream = try output.stream(single: false)
            let progress = Progress(total: files.count, outputOnTerminal: output.output == nil && isatty(1) == 1)
            var failures: [DocxError] = []
            try batch.run(files) { index, entry in
                if case .failure(let error, _) = entry {
                    failures.append(error)
                    progress.clear()
                    Speech.report(error)
                }
                try stream.add(entry)
                progress.show(index + 1)
            }
            try stream.finish()
            progress.clear()
            let seconds = Double((ContinuousClock.now - start).components.attoseconds / 10_000_000_000_000_000) / 100
                + Double((ContinuousClock.now - start).components.seconds)
            Speech.report(Texts.Commands.extractSummary(files: files.count, forms: files.count - failures.count, failed: failures.count,
                                                         skipped: input.skipped, seconds: String(format2: seconds)))
            if !failures.isEmpty {
                let counts = Dictionary(grouping: failures, by: \.exitStatus).map { (status: $0.key, count: $0.value.count) }
                Speech.report(Texts.Commands.failedBy(counts.sorted { $0.status.rawValue < $1.status.rawValue }))
            }
            if let status = ExitStatus.of(failures: failures.map(\.exitStatus)) { throw ExitCode(status) }
        }
    }
}

/// A progress bar on standard error, drawn only when that is a terminal and
/// the output is not written on it too (where bar and records would mix).
final class Progress {
    private let total: Int
    private let visible: Bool
    private var last = -1

    init(total: Int, outputOnTerminal: Bool) {
        self.total = total
        visible = isatty(2) == 1 && !outputOnTerminal
    }

    func show(_ done: Int) {
        guard visible, total > 0 else { return }
        let width = 30
        let filled = done * width / total
        guard filled != last || done == total else { return }
        last = filled
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileDescriptorWriter.write("\r[\(bar)] \(done)/\(total)", to: 2)
    }

    func clear() {
        guard visible, last >= 0 else { return }
        FileDescriptorWriter.write("\r\u{1B}[K", to: 2)
        last = -1
    }
}

extension String {
    /// A number with two decimals.
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        self = "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
