import ArgumentParser
import Docx
import FeedbackForm
import FormExport
import JSONOutput
import Messages

extension DocxForms {
    /// `docxforms convert`: filled forms into records.
    struct ConvertCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "convert",
            abstract: "Convert filled forms into records (JSON, NDJSON, CSV or eJournal payloads).",
            discussion: """
                Reads the tagged template, the template after LibreOffice or Word saved it, and \
                forms built as plain tables: fields are found by tag, alias, label and position; \
                choices by deletion, strike-through, marks (☒ ✓ X) and emphasis. Every value \
                says where it came from (sources); a value that cannot be read for sure is null with \
                a diagnostic naming the field and saying why (its code is stable). A Word document \
                that is no feedback-and-assessment form is refused (exit 18); a blank form gives a \
                record of kind blank-form. JSON: one record for one file, an array for \
                several; a file that cannot be read gives an entry with its error (and a line on \
                standard error) and the run goes on; one file alone that fails writes no -o file. \
                Exit: the failed file's status (README, "Exit statuses"), 2 when several failed \
                differently. Diagnostics and errors in --lang's language. CSV long layout columns: \
                \(CSVWriter.columns(.long).joined(separator: ", ")). For folders and many files \
                on all cores, use extract.
                """)

        @Argument(help: "The filled forms (- for standard input).", completion: .file(extensions: ["docx", "docm"]))
        var files: [String]

        @OptionGroup var output: OutputOptions
        @OptionGroup var limits: LimitOptions
        @OptionGroup var plugins: PluginOptions

        func run() throws {
            let forms = FormReader(reader: DocxReader(limits: limits.limits), converter: FormConverter(plugins: try plugins.load()),
                                   language: Speech.language)
            let stream = try output.stream(single: files.count == 1)
            var failures: [ExitStatus] = []
            for file in files {
                let entry = Input.entry(file, with: forms)
                if case .failure(let error, _) = entry {
                    Speech.report(error)
                    failures.append(error.exitStatus)
                    // One file alone that failed: the message says it all, and no output file is left behind.
                    if files.count == 1 && output.output != nil { throw ExitCode(error.exitStatus) }
                }
                try stream.add(entry)
            }
            try stream.finish()
            if let status = ExitStatus.of(failures: failures) { throw ExitCode(status) }
        }
    }
}
