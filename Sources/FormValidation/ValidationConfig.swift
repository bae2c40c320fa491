public import FeedbackForm
import Yams
public import YAMLFiles

/// Which rules run and how severe their findings are, from a file:
///
/// ```yaml
/// # .docxforms.yaml, next to the templates (or given with --config)
/// rules:
///   tag-unknown: off          # off, info, warning or error
///   global-judgement: error
/// ```
public struct ValidationConfig: Sendable, Equatable {
    /// The file name looked for next to the files checked.
    public static let fileName = ".docxforms.yaml"

    /// A rule's severity, or nil when the rule is switched off; rules not
    /// named keep their own severity.
    public var overrides: [String: Severity?] = [:]

    public init(overrides: [String: Severity?] = [:]) {
        self.overrides = overrides
    }

    /// The findings as configured: those of rules switched off dropped, the
    /// rest at their configured severity.
    public func apply(_ findings: [Finding]) -> [Finding] {
        findings.compactMap { finding in
            guard let override = overrides[finding.rule] else { return finding }
            guard let severity = override else { return nil }
            var changed = finding
            changed.severity = severity
            return changed
        }
    }

    /// The rules of `scope` that run, at their configured severity.
    public func rules(_ scope: Rule.Scope) -> [Rule] {
        Rule.all.compactMap { rule in
            guard rule.scope == scope else { return nil }
            guard let override = overrides[rule.id] else { return rule }
            return override.map { rule.with(severity: $0) }
        }
    }

    /// Reads a settings file; unknown rules and values are errors with their line.
    public static func parse(_ text: String, file: String) throws(YAMLFileError) -> ValidationConfig {
        let root = try YAMLFile.compose(text, file: file)
        guard let top = root.mapping else { throw YAMLFileError(file: file, at: root, Texts.Files.expectedRules) }
        var config = ValidationConfig()
        for (key, value) in top {
            guard key.string == "rules" else { throw YAMLFileError(file: file, at: key, Texts.Files.unknownKey(key.string ?? "?", expected: ["rules"])) }
            guard let rules = value.mapping else { throw YAMLFileError(file: file, at: value, Texts.Files.rulesMap) }
            for (id, level) in rules {
                guard let name = id.string, Rule.all.contains(where: { $0.id == name }) else {
                    throw YAMLFileError(file: file, at: id, Texts.Files.unknownRule(id.string ?? "?"))
                }
                // YAML 1.1 reads a bare `off` as false.
                let text = level.bool == false ? "off" : level.string ?? ""
                if text == "off" {
                    config.overrides[name] = .some(nil)
                } else if let severity = Severity(rawValue: text) {
                    config.overrides[name] = severity
                } else {
                    throw YAMLFileError(file: file, at: level, Texts.Files.notASeverity(text))
                }
            }
        }
        return config
    }
}
