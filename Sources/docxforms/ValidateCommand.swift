import ArgumentParser
import Docx
import FeedbackForm
import FormValidation
import Messages
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
                the --lang language (JSON also keeps messageEnglish).

                Settings: a file \(ValidationConfig.fileName) next to the files checked (or \
                --config FILE) switches rules off or changes their severity:
                  rules:
                    tag-unknown: off
                    global-judgement: error

                Exit: 0 no findings at or above --fail-on; 1 some; a file that cannot be read \
                gives the status convert gives it (2 when several failed differently); 19 the \
                settings file is not valid; 16 a plugin file is not valid (README, "Exit statuses").
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
                                   valueName: "code"),
                completion: .list(builtInSubjectCodes))
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
                help: ArgumentHelp("A settings file to use instead of \(ValidationConfig.fileName) next to each file.", valueName: "file"),
                completion: .file(extensions: ["yaml", "yml"]))
        var config: String?

        @Flag(name: .customLong("english"), help: "The same as --lang en (kept for scripts that use it).")
        var english = false

        @OptionGroup var language: LanguageOption

        @Flag(name: .customLong("no-color"), help: "Text format: no colours, even on a terminal.")
        var noColor = false

        @Flag(name: .customLong("list-rules"), help: "List the rules with their id, scope, severity and summary, and exit.")
        var listRules = false

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the report to this file (whole or not at all).", valueName: "file"),
                completion: .file())
        var output: String?

        @OptionGroup var limits: LimitOptions
        @OptionGroup var plugins: PluginOptions

        func validate() throws {
            if !listRules && files.isEmpty { throw Speech.usage(Texts.Commands.filesOrListRules) }
            if subject != nil && !template { throw Speech.usage(Texts.Commands.subjectWithTemplate) }
        }

        func run() throws {
            let language = english ? .en : Speech.language
            if listRules {
                StandardOutput().write(ValidationReport.ruleList(language))
                return
            }
            let all = try plugins.load()
            var variant: (any SubjectPlugin)?
            if let subject {
                guard let plugin = all.first(where: { $0.subject.isNamed(subject) }) else {
                    throw Speech.usage(Texts.Commands.unknownSubject(subject, known: all.map(\.subject.code)))
                }
                variant = plugin
            }
            // Only the check that runs is made (the template check works out every subject's template).
            let templateCheck = template ? TemplateCheck(plugins: all) : nil
            let forms = FormReader(reader: DocxReader(limits: limits.limits), converter: FormConverter(plugins: all), language: language)
            let formCheck = FormCheck()
            var settings = Settings(explicit: config, language: language)
            let scope: Rule.Scope = template ? .template : .form
            var report = ValidationReport(language: language)
            for file in files {
                let config = try settings.config(for: file)
                do throws(DocxError) {
                    let findings: [Finding]
                    if let templateCheck {
                        findings = templateCheck.findings(in: try Input.read(file, with: forms.reader), subject: variant)
                    } else {
                        switch Input.entry(file, with: forms) {
                        case .record(let record): findings = formCheck.findings(in: record)
                        case .failure(let error, _): throw error
                        }
                    }
                    report.files.append(.init(file: file, rules: config.rules(scope), findings: config.apply(findings)))
                } catch {
                    report.files.append(.init(file: file, rules: config.rules(scope), error: error))
                }
            }
            let text: String
            switch format {
            case .text: text = report.text(colour: output == nil && !noColor && isatty(1) == 1 && getenv("NO_COLOR") == nil)
            case .json: text = try report.json()
            case .junit: text = report.junit(failOn: failOn.severity)
            case .github: text = report.github()
            case .sarif: text = try report.sarif(version: DocxForms.configuration.version)
            }
            let sink = try OutputSink(path: output)
            try sink.write(text)
            try sink.finish()
            let status = report.exitStatus(failOn: failOn.severity)
            if status != .success { throw ExitCode(status) }
        }
    }
}

/// The settings file for each checked file: the one given, else the one next
/// to it (read once per folder), else the defaults.
private struct Settings {
    let explicit: String?
    let language: Language
    private var byFolder: [String: ValidationConfig] = [:]

    init(explicit: String?, language: Language) {
        self.explicit = explicit
        self.language = language
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
                FileDescriptorWriter.write("docxforms: \(error.message(language))\n", to: 2)
                throw ExitCode(.invalidSettings)
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
