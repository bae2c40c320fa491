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
            abstract: "Convert filled forms into records (JSON or CSV).",
            discussion: """
                Reads the tagged template, the template after LibreOffice or Word saved it, and \
                forms built as plain tables: fields are found by tag, alias, label and position; \
                choices by deletion, strike-through, marks (☒ ✓ X) and emphasis. Every value \
                says where it came from (sources). JSON: one record for one file, an array for \
                several; a file that cannot be read gives an entry with its error and the run \
                goes on. CSV: one row per form and outcome (columns: \
                \(CSVWriter.columns(.long).joined(separator: ", "))).
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, csv
        }

        @Argument(help: "The filled forms (- for standard input).", completion: .file(extensions: ["docx", "docm"]))
        var files: [String]

        @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: " or ")).")
        var format = Format.json

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        @OptionGroup var limits: LimitOptions
        @OptionGroup var plugins: PluginOptions

        func run() throws {
            let reader = DocxReader(limits: limits.limits)
            let converter = FormConverter(plugins: try plugins.load())
            var records: [FormRecord] = []
            var entries: [ConvertEntry] = []
            var failure: DocxError?
            for file in files {
                do {
                    let record = converter.convert(try Input.read(file, with: reader), source: file)
                    records.append(record)
                    entries.append(.record(record))
                } catch let error as DocxError {
                    StandardError.report(error)
                    entries.append(.failure(error))
                    failure = error
                }
            }
            let text: String
            switch format {
            case .json:
                text = try JSONOutput(pretty: true).encode(entries, single: files.count == 1) + "\n"
            case .csv:
                text = CSVWriter().write(records)
            }
            try OutputFile.write(text, to: output)
            if let failure { throw ExitCode(files.count == 1 ? failure.exitCode : 1) }
        }
    }
}

/// A record, or the error of a file that could not be read.
enum ConvertEntry: Encodable {
    case record(FormRecord)
    case failure(DocxError)

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .record(let record): try record.encode(to: encoder)
        case .failure(let error):
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(error.file, forKey: .source)
            try c.encode(ErrorEntry(code: error.code, message: "\(error)"), forKey: .error)
        }
    }

    private enum CodingKeys: String, CodingKey { case source, error }

    private struct ErrorEntry: Encodable {
        let code: String
        let message: String
    }
}

extension JSONOutput {
    /// One file: its entry; several: an array.
    func encode(_ entries: [ConvertEntry], single: Bool) throws -> String {
        single ? try encode(entries[0]) : try encode(entries)
    }
}
