public import ArgumentParser
import Docx
public import Messages
#if canImport(Glibc)
import Glibc
#endif

/// The language this run speaks: `--lang nl|en` (read before the commands
/// are parsed, so that usage errors speak it too), else the locale
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`), else Dutch.
enum Speech {
    static let language: Language = {
        let arguments = CommandLine.arguments
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang="), let chosen = Language(rawValue: String(argument.dropFirst(7))) { return chosen }
            if argument == "--lang", index + 1 < arguments.count, let chosen = Language(rawValue: arguments[index + 1]) { return chosen }
        }
        var environment: [String: String] = [:]
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = getenv(name).map { String(cString: $0) } }
        return Language.of(environment: environment)
    }()

    /// A line on standard error, after the tool's name.
    static func report(_ phrase: Phrase) {
        FileDescriptorWriter.write("docxforms: \(phrase(language))\n", to: 2)
    }

    /// A file's error on standard error; a limit's message names the flag that raises it.
    static func report(_ error: DocxError) {
        var line = error.message(language)
        if case .limitExceeded(let limit, _, _) = error.kind { line += " " + Texts.Commands.raiseWith(LimitOptions.flag(limit))(language) }
        FileDescriptorWriter.write("docxforms: \(line)\n", to: 2)
    }

    /// A usage error in the run's language (exit 64).
    static func usage(_ phrase: Phrase) -> ValidationError {
        ValidationError(phrase(language))
    }
}

/// `--lang`: on every command, so that `--help` shows it and the parser takes it
/// (``Speech/language`` has read it already).
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: ArgumentHelp("The language of messages, reports and CSV headers: nl or en (default: the locale, else nl).",
                               valueName: "nl|en"))
    var language: Language?
}

extension Language: ExpressibleByArgument {}

extension ExitCode {
    /// The exit of the one table (README's "Exit statuses").
    init(_ status: ExitStatus) {
        self.init(status.rawValue)
    }
}
