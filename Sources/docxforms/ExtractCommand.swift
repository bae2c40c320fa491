import ArgumentParser
import Docx
import FeedbackForm
import FormExport
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
                subfolders too), in name order; Word's lock files (~$…) and hidden files are \
                skipped. Forms are converted on all cores (--jobs) a few at a time, so memory \
                stays flat however many there are, and written in input order whatever the \
                scheduling. A file that cannot be read, or a Word document that is no form \
                (not-a-form), is reported on standard error and as an entry in the output (in CSV a row with the reason in its error column), and the run goes on. Exit codes: 0 all \
                converted, 1 some files failed, 64 usage, 15 output not writable, 16 invalid \
                plugin or map file. A progress bar shows on a terminal; a summary line ends the run.
                """)

        @Argument(help: "Files and folders.", completion: .file(extensions: ["docx", "docm", "dotx"]))
        var paths: [String]

        @Flag(name: .shortAndLong, help: "Look in subfolders too.")
        var recursive = false

        @Option(help: "How many forms to convert at once (default: the number of cores).")
        var jobs: Int?

        @OptionGroup var output: OutputOptions
        @OptionGroup var limits: LimitOptions
        @OptionGroup var plugins: PluginOptions

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        }

        func run() throws {
            let start = ContinuousClock.now
            let files = InputFiles.expand(paths, recursive: recursive)
            let batch = BatchConverter(reader: DocxReader(limits: limits.limits), converter: FormConverter(plugins: try plugins.load()),
                                       jobs: jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
            let stream = try output.stream(single: false)
            let progress = Progress(total: files.count)
            var failures = 0
            try batch.run(files) { index, entry in
                if case .failure(let error) = entry {
                    failures += 1
                    progress.clear()
                    StandardError.report(error)
                }
                try stream.add(entry)
                progress.show(index + 1)
            }
            try stream.finish()
            progress.clear()
            let seconds = Double((ContinuousClock.now - start).components.attoseconds / 10_000_000_000_000_000) / 100
                + Double((ContinuousClock.now - start).components.seconds)
            FileDescriptorWriter.write("docxforms: \(files.count) files, \(files.count - failures) forms, \(failures) failed, "
                                       + "\(String(format2: seconds)) s\n", to: 2)
            if failures > 0 { throw ExitCode(1) }
        }
    }
}

/// A progress bar on standard error, drawn only when it is a terminal.
final class Progress {
    private let total: Int
    private let visible = isatty(2) == 1
    private var last = -1

    init(total: Int) {
        self.total = total
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
