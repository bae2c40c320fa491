public import ArgumentParser
import EJournal
import FeedbackForm
import FormExport
import Messages
import PluginFiles
import YAMLFiles
#if canImport(Glibc)
import Glibc
#endif

/// How records are written: shared by `convert` and `extract`.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: json, ndjson (one record per line), csv, or ejournal (entry payloads; needs --map).")
    var format = RecordFormat.json

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file (whole or not at all) instead of standard output.", valueName: "file"),
            completion: .file())
    var output: String?

    @Option(help: "CSV layout: long (a row per form and outcome) or indicator (a row per form and kijkkader indicator).")
    var layout = CSVWriter.Layout.long

    @Option(help: ArgumentHelp("CSV field separator: , or ; (Dutch Excel) or tab.", valueName: "char"))
    var delimiter = ","

    @Option(help: "CSV header: words (column names in the --lang language, for people) or keys (stable machine names, for scripts).")
    var header = CSVWriter.Header.words

    @Flag(help: "Start CSV with a UTF-8 byte order mark, so Excel reads accents right.")
    var bom = false

    @Option(help: ArgumentHelp("eJournal field map (YAML) for --format ejournal.", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
    var map: String?

    @Option(name: .customLong("pseudonymise-key-file"),
            help: ArgumentHelp("Replace names and student numbers with stable pseudonyms keyed by the secret in this file "
                               + "(or in $DOCXFORMS_PSEUDONYM_KEY).", valueName: "file"),
            completion: .file())
    var pseudonymiseKeyFile: String?

    @Option(help: ArgumentHelp("The pseudonymisation secret itself (shows in ps and the shell history: prefer --pseudonymise-key-file).",
                               valueName: "key"))
    var pseudonymise: String?

    @OptionGroup var language: LanguageOption

    /// The environment variable holding the pseudonymisation key.
    static let keyVariable = "DOCXFORMS_PSEUDONYM_KEY"

    func validate() throws {
        guard [",", ";", "\t", "tab"].contains(delimiter) else { throw Speech.usage(Texts.Commands.delimiter) }
        if format == .ejournal && map == nil { throw Speech.usage(Texts.Commands.ejournalNeedsMap) }
        if pseudonymise != nil && pseudonymiseKeyFile != nil { throw Speech.usage(Texts.Commands.oneKeySource) }
        if pseudonymise?.isEmpty == true { throw Speech.usage(Texts.Commands.emptyKey) }
    }

    /// A stream to write records to; `single` for one JSON object instead of an array.
    func stream(single: Bool) throws -> RecordStream {
        var ejournal: EJournalMap?
        if let map {
            do {
                ejournal = try EJournalMap.parse(try YAMLFile.read(map), file: map)
            } catch {
                FileDescriptorWriter.write("docxforms: \(error.message(Speech.language))\n", to: 2)
                throw ExitCode(.invalidPluginOrMap)
            }
        }
        let separator: Character = delimiter == "tab" || delimiter == "\t" ? "\t" : Character(delimiter)
        let csv = CSVWriter(layout: layout, delimiter: separator, header: header, language: Speech.language)
        return try RecordStream(format: format, sink: try OutputSink(path: output), csv: csv, bom: bom, ejournal: ejournal,
                                pseudonymiser: try pseudonymisationKey().map(Pseudonymiser.init(key:)), single: single)
    }

    /// The key, from the file, the flag (with a warning) or the environment; nil for none.
    private func pseudonymisationKey() throws -> String? {
        if let pseudonymise {
            Speech.report(Texts.Commands.keyOnCommandLine)
            return pseudonymise
        }
        var key: String?
        if let pseudonymiseKeyFile {
            do {
                key = try YAMLFile.read(pseudonymiseKeyFile)
            } catch {
                FileDescriptorWriter.write("docxforms: \(error.message(Speech.language))\n", to: 2)
                throw ExitCode(.usage)
            }
        } else if let value = getenv(OutputOptions.keyVariable) {
            key = String(cString: value)
        }
        // A key file ends in a line break, which is no part of the key.
        guard let key = key.map({ String($0.reversed().drop(while: \.isNewline).reversed()) }) else { return nil }
        guard !key.isEmpty else {
            Speech.report(Texts.Commands.emptyKey)
            throw ExitCode(.usage)
        }
        return key
    }
}

extension RecordFormat: CustomStringConvertible {
    var description: String { rawValue }
}

extension CSVWriter.Layout: ExpressibleByArgument {}
extension CSVWriter.Header: ExpressibleByArgument {}
