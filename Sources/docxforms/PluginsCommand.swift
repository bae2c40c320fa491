import ArgumentParser
import FeedbackForm
import JSONOutput
import Messages

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
        @OptionGroup var language: LanguageOption

        func run() throws {
            let subjects = try plugins.load().map(\.subject)
            switch format {
            case .json:
                StandardOutput().write(try JSONOutput(pretty: true).encode(["plugins": subjects]) + "\n")
            case .text:
                typealias L = Texts.Listing
                let say = Speech.language
                var out = ""
                for subject in subjects {
                    let source = subject.source == "built-in" ? L.builtIn(say) : subject.source
                    out += "\(subject.code)  \(subject.name)  [\(source)]  \(L.aliases(say)): \(subject.aliases.joined(separator: ", "))\n"
                    for outcome in subject.outcomes {
                        let pilot = outcome.pilotRole.map { ", \(L.pilot(say)): \($0.rawValue)" } ?? ""
                        out += "    \(outcome.id)  \(outcome.name)  \(outcome.ects) EC\(outcome.starred ? L.starred(say) : "")"
                            + ", \(L.role(say)): \(outcome.role.rawValue)\(pilot)\n"
                    }
                }
                StandardOutput().write(out)
            }
        }
    }
}
