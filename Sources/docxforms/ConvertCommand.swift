import ArgumentParser
import Docx
import FeedbackForm
import FormExport
import JSONOutput

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
                standard error) and the run goes on. CSV long layout columns: \
                \(CSVWriter.columns(.long).joined(separator: ", ")). For folders and many files \
                on all cores, use extract.
                """)

        @Argument(help: "The filled forms (- for standard input).", completion: .file(extensions: ["docx", "docm"]))
        var files: [String]

        @OptionGroup var output: OutputOptions
        @OptionGroup var limits: LimitOptions
        @OptionGroup var plugins: PluginOptions

        func run() throws {
            let reader = DocxReader(limits: limits.limits)
            let converter = FormConverter(plugins: try plugins.load())
            let stream = try output.stream(single: files.count == 1)
            var failure: DocxError?
            for file in files {
                do {
                    let record = try converter.record(of: try Input.read(file, with: reader), source: file)
                    try stream.add(.record(record))
                } catch let error as DocxError {
                    StandardError.report(error)
                    try stream.add(.failure(error))
                    failure = error
                }
            }
            try stream.finish()
            if let failure { throw ExitCode(files.count == 1 ? failure.exitCode : 1) }
        }
    }
}
