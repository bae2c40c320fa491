public import ArgumentParser
import EJournal
import FeedbackForm
import FormExport
import PluginFiles
import YAMLFiles

/// How records are written: shared by `convert` and `extract`.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: json, ndjson (one record per line), csv, or ejournal (entry payloads; needs --map).")
    var format = RecordFormat.json

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file (whole or not at all) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "CSV layout: long (a row per form and outcome) or indicator (a row per form and kijkkader indicator).")
    var layout = CSVWriter.Layout.long

    @Option(help: ArgumentHelp("CSV field separator: , or ; (Dutch Excel) or tab.", valueName: "char"))
    var delimiter = ","

    @Flag(help: "Start CSV with a UTF-8 byte order mark, so Excel reads accents right.")
    var bom = false

    @Option(help: ArgumentHelp("eJournal field map (YAML) for --format ejournal.", valueName: "file"))
    var map: String?

    @Option(help: ArgumentHelp("Replace names and student numbers with stable pseudonyms keyed by this secret.", valueName: "key"))
    var pseudonymise: String?

    func validate() throws {
        guard [",", ";", "\t", "tab"].contains(delimiter) else { throw ValidationError("--delimiter must be , or ; or tab") }
        if format == .ejournal && map == nil { throw ValidationError("--format ejournal needs --map FILE") }
        if pseudonymise?.isEmpty == true { throw ValidationError("--pseudonymise needs a non-empty key") }
    }

    /// A stream to write records to; `single` for one JSON object instead of an array.
    func stream(single: Bool) throws -> RecordStream {
        var ejournal: EJournalMap?
        if let map {
            do {
                ejournal = try EJournalMap.parse(try YAMLFile.read(map), file: map)
            } catch {
                FileDescriptorWriter.write("docxforms: \(error)\n", to: 2)
                throw ExitCode(PluginOptions.invalidPluginFile)
            }
        }
        let separator: Character = delimiter == "tab" || delimiter == "\t" ? "\t" : Character(delimiter)
        return try RecordStream(format: format, sink: try OutputSink(path: output), csv: CSVWriter(layout: layout, delimiter: separator),
                                bom: bom, ejournal: ejournal, pseudonymiser: pseudonymise.map(Pseudonymiser.init(key:)), single: single)
    }
}

extension RecordFormat: CustomStringConvertible {
    var description: String { rawValue }
}

extension CSVWriter.Layout: ExpressibleByArgument {}
