import ArgumentParser
import Messages
#if canImport(Glibc)
import Glibc
#endif

/// The `docxforms` command: reads Word feedback-and-assessment forms.
@main
struct DocxForms: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docxforms",
        abstract: "Read filled-in Word (.docx) forms into structured records.",
        discussion: """
            Reads .docx, .docm and .dotx files with libzip and libxml2, offline. \
            Legacy .doc files, password-protected documents and damaged archives \
            are refused with a message that names the file and an exit status per \
            kind of failure (README, "Exit statuses"). Messages in Dutch or English \
            (--lang, else the locale). Shell completion: \
            docxforms --generate-completion-script bash|zsh|fish.
            """,
        version: "0.1.0",
        subcommands: commands)

    /// The commands; `ejournal` where the package is built with posting (its default trait).
    static var commands: [any ParsableCommand.Type] {
        var commands: [any ParsableCommand.Type] = [Dump.self, ConvertCommand.self, ExtractCommand.self, CatalogueCommand.self,
                                                    TemplateCommand.self, ValidateCommand.self, PluginsCommand.self,
                                                    SchemaCommand.self, ServeCommand.self]
        #if EJournalPosting
        commands.append(EJournalCommand.self)
        #endif
        return commands
    }

    /// Runs the command line; a mistyped command gets the nearest one suggested.
    static func main() async {
        HeapTuning.keepFreedMemory()
        let arguments = Array(CommandLine.arguments.dropFirst())
        let commands = configuration.subcommands.map { $0._commandName } + ["help"]
        if let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first) {
            Speech.report(Texts.Commands.unknownCommand(first, suggestion: CommandSuggestion.nearest(to: first, among: commands)))
            Glibc.exit(ExitStatus.usage.rawValue)
        }
        await main(arguments)
    }
}

/// The known command nearest to a mistyped one: at most two edits away
/// (or the only command it begins), else none.
enum CommandSuggestion {
    static func nearest(to typed: String, among commands: [String]) -> String? {
        let typed = typed.lowercased()
        let scored = commands.map { ($0, distance(typed, $0)) }.filter { $0.1 <= 2 }.sorted { $0.1 < $1.1 }
        if let best = scored.first, scored.dropFirst().first?.1 != best.1 { return best.0 }
        let prefixed = commands.filter { $0.hasPrefix(typed) }
        return typed.count >= 2 && prefixed.count == 1 ? prefixed[0] : nil
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous + (a[i - 1] == b[j - 1] ? 0 : 1)
                previous = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, substitution)
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
