import ArgumentParser
import Docx
import FeedbackForm
import FormValidation
import YAMLFiles
#if canImport(Glibc)
import Glibc
#endif

extension DocxForms {
    /// `docxforms validate`: blank templates in CI, filled forms before upload.
    struct ValidateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check blank form templates, or filled forms before they are sent on.",
            discussion: """
                With --template: every outcome present, every kijkkader indicator with the \
                handbook's exact wording (a changed sentence is shown as a word diff), every \
                field a tagged control of the right kind with the right options, nothing filled \
                in, no tracked changes or comments. Without: what the form's moment requires \
                (judgements and the confidence statement at the eindbeoordeling, three-part \
                feedback on the formative outcomes, a self-reflection per outcome) and the \
                handbook's quality criteria (a motivated, concrete judgement; next development \
                steps toward year 3; feedback that agrees with the judgement). Each finding has \
                a rule id (--list-rules), a severity, the outcome, where it is, and a line in \
                Dutch and English.

                Settings: a file \(ValidationConfig.fileName) next to the files checked (or \
                --config FILE) switches rules off or changes their severity:
                  rules:
                    tag-unknown: off
                    global-judgement: error

                Exit codes: 0 no findings at or above --fail-on; 1 some; 2 a file could not be \
                read (or the settings file is not valid); 16 a plugin file is not valid.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, junit, github, sarif
        }

        @Argument(help: "The .docx or .dotx files to check.", completion: .file(extensions: ["docx", "dotx", "docm"]))
        var files: [String] = []

        @Flag(name: .customLong("template"), help: "Check blank templates instead of filled forms.")
        var template = false

        @Option(name: .customLong("subject"),
                help: ArgumentHelp("With --template: the subject variant the templates are of (a code such as WI); default: the one their subject field names.",
                                   valueName: "code"))
        var subject: String?

        @Option(help: "Report format: text (for people), json, junit (JUnit XML), github (workflow annotations) or sarif.")
        var format: Format = .text

        /// ``Severity`` as an argument.
        enum Level: String, ExpressibleByArgument, CaseIterable {
            case error, warning, info
            var severity: Severity { Severity(rawValue: rawValue)! }
        }

        @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at least this severe: error, warning or info.")
        var failOn: Level = .error

        @Option(name: .customLong("config"),
                help: ArgumentHelp("A settings file to use instead of \(ValidationConfig.fileName) next to each file.", valueName: "file"))
        var config: String?

        @Flag(name: .customLong("english"), help: "Text format: messages in English instead of Dutch.")
        var english = false

        @Flag(name: .customLong("no-color"), help: "Text format: no colours, even on a terminal.")
        var noColor = false

        @Flag(name: .customLong("list-rules"), help: "List the rules with their id, scope, severity and summary, and exit.")
        var listRules = false

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the report to this file (whole or not at all).", valueName: "file"))
        var output: String?

        @OptionGroup var limits: LimitOptions
        @OptionGroup var plugins: PluginOptions

        func validate() throws {
            if !listRules && files.isEmpty { throw ValidationError("give the files to check (or --list-rules)") }
            if subject != nil && !template { throw ValidationError("--subject applies to --template only") }
        }

        func run() throws {
            if listRules {
                StandardOutput().write(ValidationReport.ruleList(english: english))
                return
            }
            let all = try plugins.load()
            var variant: (any SubjectPlugin)?
            if let subject {
                guard let plugin = all.first(where: { $0.subject.isNamed(subject) }) else {
                    throw ValidationError("unknown subject '\(subject)'; known: \(all.map(\.subject.code).joined(separator: ", "))")
                }
                variant = plugin
            }
            let reader = DocxReader(limits: limits.limits)
            // Only the check that runs is made (the template check works out every subject's template).
            let templateCheck = template ? TemplateCheck(plugins: all) : nil
            let formCheck = FormCheck(), converter = FormConverter(plugins: all)
            var settings = Settings(explicit: config)
            let scope: Rule.Scope = template ? .template : .form
            var report = ValidationReport()
            for file in files {
                let config = try settings.config(for: file)
                do {
                    let document = try Input.read(file, with: reader)
                    let findings = try templateCheck?.findings(in: document, subject: variant)
                        ?? formCheck.findings(in: try converter.record(of: document, source: file))
                    report.files.append(.init(file: file, rules: config.rules(scope), findings: config.apply(findings)))
                } catch {
                    report.files.append(.init(file: file, rules: config.rules(scope), error: "\(error)"))
                }
            }
            let text: String
            switch format {
            case .text: text = report.text(colour: output == nil && !noColor && isatty(1) == 1 && getenv("NO_COLOR") == nil, english: english)
            case .json: text = try report.json()
            case .junit: text = try report.junit(failOn: failOn.severity)
            case .github: text = report.github()
            case .sarif: text = try report.sarif(version: DocxForms.configuration.version)
            }
            let sink = try OutputSink(path: output)
            try sink.write(text)
            try sink.finish()
            if report.unreadable { throw ExitCode(2) }
            if report.fails(at: failOn.severity) { throw ExitCode(1) }
        }
    }
}

/// The settings file for each checked file: the one given, else the one next
/// to it (read once per folder), else the defaults.
private struct Settings {
    let explicit: String?
    private var byFolder: [String: ValidationConfig] = [:]

    init(explicit: String?) {
        self.explicit = explicit
    }

    mutating func config(for file: String) throws -> ValidationConfig {
        let folder = explicit == nil ? Settings.folder(of: file) : ""
        if let known = byFolder[folder] { return known }
        let path = explicit ?? (folder.isEmpty ? "" : folder + "/") + ValidationConfig.fileName
        var config = ValidationConfig()
        if explicit != nil || access(path, F_OK) == 0 {
            do {
                config = try ValidationConfig.parse(try YAMLFile.read(path), file: path)
            } catch {
                FileDescriptorWriter.write("docxforms: \(error)\n", to: 2)
                throw ExitCode(2)
            }
        }
        byFolder[folder] = config
        return config
    }

    private static func folder(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "" }
        return slash == file.startIndex ? "/" : String(file[..<slash])
    }
}
