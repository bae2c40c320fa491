import ArgumentParser
import FeedbackForm
import JSONOutput

extension DocxForms {
    /// `docxforms plugins`: the subject plugins, built in and loaded.
    struct PluginsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plugins",
            abstract: "List the subject plugins: built in, and loaded from plugin files.",
            discussion: """
                JSON: {"plugins": [...]}, each with code, name, aliases, source (built-in or the \
                file), headings and outcomes[] (id, name, ects, starred, role, pilotRole).
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, text
        }

        @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: " or ")).")
        var format = Format.text

        @OptionGroup var plugins: PluginOptions

        func run() throws {
            let subjects = try plugins.load().map(\.subject)
            switch format {
            case .json:
                StandardOutput().write(try JSONOutput(pretty: true).encode(["plugins": subjects]) + "\n")
            case .text:
                var out = ""
                for subject in subjects {
                    out += "\(subject.code)  \(subject.name)  [\(subject.source)]  aliases: \(subject.aliases.joined(separator: ", "))\n"
                    for outcome in subject.outcomes {
                        let pilot = outcome.pilotRole.map { ", pilot: \($0.rawValue)" } ?? ""
                        out += "    \(outcome.id)  \(outcome.name)  \(outcome.ects) EC\(outcome.starred ? ", starred" : "")"
                            + ", role: \(outcome.role.rawValue)\(pilot)\n"
                    }
                }
                StandardOutput().write(out)
            }
        }
    }
}
