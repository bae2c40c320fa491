public import Docx
public import FeedbackForm
internal import JSONOutput

/// The outcome of one validation run: per file its findings, or why it could
/// not be read; and the rules that ran. Written for people (grouped per file,
/// optionally coloured) and for machines (JSON, JUnit XML, GitHub workflow
/// annotations, SARIF 2.1.0), every text in the report's ``language``.
public struct ValidationReport: Sendable {
    /// One file's result.
    public struct FileResult: Sendable {
        public var file: String
        /// The rules that ran on it, at their configured severity.
        public var rules: [Rule]
        public var findings: [Finding]
        /// Why the file could not be read; nil when it was.
        public var error: DocxError?

        public init(file: String, rules: [Rule], findings: [Finding] = [], error: DocxError? = nil) {
            self.file = file
            self.rules = rules
            self.findings = findings
            self.error = error
        }
    }

    public var files: [FileResult] = []
    /// The language of every message in the report.
    public var language: Language

    public init(files: [FileResult] = [], language: Language = .nl) {
        self.files = files
        self.language = language
    }

    /// Every rule that ran on some file (the first file's severity where settings differ).
    public var rules: [Rule] {
        var seen: Set<String> = []
        return files.flatMap(\.rules).filter { seen.insert($0.id).inserted }
    }

    /// Whether some finding is at or above `severity`.
    public func fails(at severity: Severity) -> Bool {
        files.contains { $0.findings.contains { $0.severity >= severity } }
    }

    public var unreadable: Bool { files.contains { $0.error != nil } }

    /// How the run ends: the unreadable files' status (``ExitStatus/of(failures:)``),
    /// else ``ExitStatus/findings`` when some finding is at or above `failOn`.
    public func exitStatus(failOn: Severity) -> ExitStatus {
        ExitStatus.of(failures: files.compactMap { $0.error?.exitStatus }) ?? (fails(at: failOn) ? .findings : .success)
    }

    private func count(_ severity: Severity) -> Int {
        files.reduce(0) { $0 + $1.findings.filter { $0.severity == severity }.count }
    }

    // MARK: for people

    /// The rules, one a line: id, scope, severity and summary, in `language`.
    public static func ruleList(_ language: Language) -> String {
        let width = Severity.allCases.map { $0.word(language).count }.max()! + 1
        return Rule.all.map { rule in
            let scope = (rule.scope == .template ? Texts.Validation.templateScope : Texts.Validation.formScope)(language)
            return "\(rule.id.padded(30)) \(scope.padded(11)) \(rule.severity.word(language).padded(width)) \(rule.summary(language))"
        }.joined(separator: "\n") + "\n"
    }

    /// Grouped per file and outcome, worst first; `colour` for a terminal.
    public func text(colour: Bool) -> String {
        func paint(_ s: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        let codes: [Severity: String] = [.error: "31;1", .warning: "33", .info: "36"]
        var lines: [String] = []
        let width = Severity.allCases.map { $0.word(language).count }.max()!
        for result in files {
            if let error = result.error {
                // The line gives the file's name; the reason says the part and line, if any.
                let part = error.part.map { "\($0): " } ?? ""
                lines.append(paint(result.file, "1") + ": " + paint(Texts.Validation.unreadable(language), "31;1") + ": \(part)\(error.explanation(language))")
                continue
            }
            guard !result.findings.isEmpty else {
                lines.append(paint(result.file, "1") + ": " + paint(Texts.Validation.noFindings(language), "32"))
                continue
            }
            lines.append(paint(result.file, "1"))
            let groups = Dictionary(grouping: result.findings, by: { $0.outcome ?? "" })
            for outcome in groups.keys.sorted() {
                lines.append("  " + (outcome.isEmpty ? Texts.Validation.theForm(language) : outcome))
                for finding in groups[outcome]!.sorted(by: { $0.severity > $1.severity }) {
                    let label = paint(finding.severity.word(language).padded(width), codes[finding.severity]!)
                    lines.append("    \(label) \(finding.message(language))")
                    lines.append("            " + paint("\(finding.rule) · \(finding.location)", "2"))
                }
            }
        }
        lines.append(Texts.Validation.summary(files: files.count, errors: count(.error), warnings: count(.warning), notes: count(.info))(language))
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: for machines

    /// `{"findings": [...], "files": [...], "summary": {...}}`; every finding
    /// carries its file, its `message` in the report's language and (for
    /// scripts that read it) `messageEnglish`; an unreadable file its error's
    /// message, `errorCode` and `exit` status.
    public func json() throws -> String {
        struct Located: Encodable {
            let file: String
            let finding: Finding
            let language: Language
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: Key.self)
                try c.encode(finding.rule, forKey: .rule)
                try c.encode(finding.severity, forKey: .severity)
                try c.encode(finding.outcome, forKey: .outcome)
                try c.encode(finding.location, forKey: .location)
                try c.encode(finding.message(language), forKey: .message)
                try c.encode(finding.message.en, forKey: .messageEnglish)
                try c.encode(file, forKey: .file)
            }
            enum Key: String, CodingKey { case rule, severity, outcome, location, message, messageEnglish, file }
        }
        struct FileEntry: Encodable {
            let file: String
            let findings: Int
            let error: DocxError?
            let language: Language
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: Key.self)
                try c.encode(file, forKey: .file)
                try c.encode(findings, forKey: .findings)
                try c.encode(error?.message(language), forKey: .error)
                if let error {
                    try c.encode(error.code, forKey: .errorCode)
                    try c.encode(Int(error.exitStatus.rawValue), forKey: .exit)
                }
            }
            enum Key: String, CodingKey { case file, findings, error, errorCode, exit }
        }
        struct Document: Encodable {
            let findings: [Located]
            let files: [FileEntry]
            let summary: [String: Int]
        }
        let document = Document(
            findings: files.flatMap { result in result.findings.map { Located(file: result.file, finding: $0, language: language) } },
            files: files.map { FileEntry(file: $0.file, findings: $0.findings.count, error: $0.error, language: language) },
            summary: ["error": count(.error), "warning": count(.warning), "info": count(.info), "unreadable": files.filter { $0.error != nil }.count])
        return try JSONOutput(pretty: true).encode(document) + "\n"
    }

    /// JUnit XML: a test suite per file, a test case per rule that ran; a rule
    /// with findings at or above `failOn` fails, lower ones are its output; an
    /// unreadable file is an error.
    public func junit(failOn: Severity) -> String {
        var writer = XMLText()
        let failures = files.reduce(0) { total, result in
            total + result.rules.filter { rule in result.findings.contains { $0.rule == rule.id && $0.severity >= failOn } }.count
        }
        writer.start("testsuites")
        writer.attribute("name", "docxforms validate")
        writer.attribute("tests", String(files.reduce(0) { $0 + ($1.error == nil ? $1.rules.count : 1) }))
        writer.attribute("failures", String(failures))
        writer.attribute("errors", String(files.filter { $0.error != nil }.count))
        for result in files {
            writer.start("testsuite")
            writer.attribute("name", result.file)
            if let error = result.error {
                writer.attribute("tests", "1")
                writer.attribute("failures", "0")
                writer.attribute("errors", "1")
                writer.start("testcase")
                writer.attribute("classname", result.file)
                writer.attribute("name", "read")
                writer.start("error")
                writer.attribute("message", error.message(language))
                writer.end()
                writer.end()
                writer.end()
                continue
            }
            let failing = result.rules.filter { rule in result.findings.contains { $0.rule == rule.id && $0.severity >= failOn } }
            writer.attribute("tests", String(result.rules.count))
            writer.attribute("failures", String(failing.count))
            writer.attribute("errors", "0")
            for rule in result.rules {
                let found = result.findings.filter { $0.rule == rule.id }
                writer.start("testcase")
                writer.attribute("classname", result.file)
                writer.attribute("name", rule.id)
                let lines = found.map { "\($0.severity.word(language)) · \($0.location): \($0.message(language))" }
                if found.contains(where: { $0.severity >= failOn }) {
                    writer.start("failure")
                    writer.attribute("message", found[0].message(language))
                    writer.attribute("type", found.map(\.severity).max()!.rawValue)
                    writer.text(lines.joined(separator: "\n"))
                    writer.end()
                } else if !found.isEmpty {
                    writer.start("system-out")
                    writer.text(lines.joined(separator: "\n"))
                    writer.end()
                }
                writer.end()
            }
            writer.end()
        }
        writer.end()
        return writer.finish()
    }

    /// GitHub Actions workflow commands: one `::error`, `::warning` or
    /// `::notice` line per finding, on the file.
    public func github() -> String {
        func escape(_ s: String, property: Bool) -> String {
            var out = s.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
            if property { out = out.replacingAll(":", "%3A").replacingAll(",", "%2C") }
            return out
        }
        var lines: [String] = []
        for result in files {
            if let error = result.error {
                lines.append("::error file=\(escape(result.file, property: true)),title=\(escape(error.code, property: true))::"
                             + escape(error.message(language), property: false))
            }
            for finding in result.findings {
                let command = [Severity.error: "error", .warning: "warning", .info: "notice"][finding.severity]!
                lines.append("::\(command) file=\(escape(result.file, property: true)),title=\(escape(finding.rule, property: true))::"
                             + escape("\(finding.message(language)) (\(finding.location))", property: false))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// SARIF 2.1.0, for code-scanning views: the rules with their default
    /// level, a result per finding with the file and the place in it.
    public func sarif(version: String) throws -> String {
        func level(_ severity: Severity) -> String { [Severity.error: "error", .warning: "warning", .info: "note"][severity]! }
        let rules = self.rules
        let index = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let log = Sarif.Log(runs: [Sarif.Run(
            tool: Sarif.Tool(driver: Sarif.Driver(name: "docxforms", version: version, rules: rules.map {
                Sarif.RuleDescriptor(id: $0.id, shortDescription: Sarif.Text(text: $0.summary(language)),
                                     defaultConfiguration: Sarif.Configuration(level: level($0.severity)))
            })),
            artifacts: files.map { Sarif.Artifact(location: Sarif.ArtifactLocation(uri: Sarif.uri($0.file))) },
            results: files.flatMap { result in
                result.findings.map { finding in
                    Sarif.Result(ruleId: finding.rule, ruleIndex: index[finding.rule], level: level(finding.severity),
                                 message: Sarif.Text(text: finding.message(language)),
                                 locations: [Sarif.Location(physicalLocation: Sarif.PhysicalLocation(artifactLocation: Sarif.ArtifactLocation(uri: Sarif.uri(result.file))),
                                                            logicalLocations: [Sarif.LogicalLocation(fullyQualifiedName: finding.location)])])
                }
            },
            invocations: [Sarif.Invocation(executionSuccessful: !unreadable,
                                           toolExecutionNotifications: files.compactMap { result in
                                               result.error.map { Sarif.Notification(level: "error", message: Sarif.Text(text: $0.message(language))) }
                                           })])])
        return try JSONOutput(pretty: true).encode(log) + "\n"
    }
}

/// The parts of SARIF 2.1.0 the report uses.
private enum Sarif {
    struct Log: Encodable {
        let version = "2.1.0"
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let runs: [Run]
        enum CodingKeys: String, CodingKey { case version, schema = "$schema", runs }
    }
    struct Run: Encodable {
        let tool: Tool
        let artifacts: [Artifact]
        let results: [Result]
        let invocations: [Invocation]
    }
    struct Tool: Encodable { let driver: Driver }
    struct Driver: Encodable {
        let name: String
        let version: String
        let rules: [RuleDescriptor]
    }
    struct RuleDescriptor: Encodable {
        let id: String
        let shortDescription: Text
        let defaultConfiguration: Configuration
    }
    struct Configuration: Encodable { let level: String }
    struct Text: Encodable { let text: String }
    struct Artifact: Encodable { let location: ArtifactLocation }
    struct ArtifactLocation: Encodable { let uri: String }
    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int?
        let level: String
        let message: Text
        let locations: [Location]
    }
    struct Location: Encodable {
        let physicalLocation: PhysicalLocation
        let logicalLocations: [LogicalLocation]
    }
    struct PhysicalLocation: Encodable { let artifactLocation: ArtifactLocation }
    struct LogicalLocation: Encodable { let fullyQualifiedName: String }
    struct Invocation: Encodable {
        let executionSuccessful: Bool
        let toolExecutionNotifications: [Notification]
    }
    struct Notification: Encodable {
        let level: String
        let message: Text
    }

    /// A path as a URI reference (RFC 3986): relative paths stay relative,
    /// absolute ones become `file://` URIs; every byte but the unreserved
    /// ones and `/` percent-encoded (spaces, `%`, `#`, accents).
    static func uri(_ path: String) -> String {
        let encoded = path.percentEncoded(keeping: "/")
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}

private extension String {
    func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }

    /// Every occurrence of the scalar `target` replaced (Foundation-free;
    /// by scalar, so the "\r" of a "\r\n" is found too).
    func replacingAll(_ target: Unicode.Scalar, _ replacement: String) -> String {
        var out = String.UnicodeScalarView()
        for c in unicodeScalars {
            if c == target { out.append(contentsOf: replacement.unicodeScalars) } else { out.append(c) }
        }
        return String(out)
    }
}
