import Docx
import FeedbackForm
import Yams
import YAMLFiles
#if canImport(Glibc)
import Glibc
#endif

/// What one plugin file says; absent keys are nil, so an override file says
/// only what it changes.
struct SubjectFacts {
    struct OutcomeFacts {
        var id: String
        var name: String?
        var ects: Int?
        var starred: Bool?
        var role: SubjectRole?
        var pilotRole: SubjectRole?
        var line: Int?
    }

    var code: String
    var name: String?
    var aliases: [String]?
    var headings: [String]?
    var outcomes: [OutcomeFacts]?
    var source: String

    /// The built-in facts with these applied: outcomes matched by id are
    /// changed where the file says so; new ids are added.
    func applied(to subject: Subject, path: String) throws(PluginFileError) -> Subject {
        var result = subject
        result.name = name ?? subject.name
        result.aliases = aliases ?? subject.aliases
        result.headings = headings ?? subject.headings
        result.source = source
        for facts in outcomes ?? [] {
            if let index = result.outcomes.firstIndex(where: { $0.id == facts.id }) {
                var outcome = result.outcomes[index]
                outcome.name = facts.name ?? outcome.name
                outcome.ects = facts.ects ?? outcome.ects
                outcome.starred = facts.starred ?? outcome.starred
                outcome.role = facts.role ?? outcome.role
                outcome.pilotRole = facts.pilotRole ?? outcome.pilotRole
                result.outcomes[index] = outcome
            } else {
                result.outcomes.append(try facts.newOutcome(path: path))
            }
        }
        return result
    }

    /// A subject the built-in plugins do not have: name and outcomes required.
    func newSubject(path: String) throws(PluginFileError) -> Subject {
        guard let name else { throw PluginFileError(file: path, line: 1, message: "a new subject '\(code)' needs a 'name'") }
        guard let outcomes, !outcomes.isEmpty else {
            throw PluginFileError(file: path, line: 1, message: "a new subject '\(code)' needs at least one outcome under 'outcomes'")
        }
        var list: [SubjectOutcome] = []
        for facts in outcomes { list.append(try facts.newOutcome(path: path)) }
        return Subject(code: code, name: name, aliases: aliases ?? [name], outcomes: list, headings: headings ?? [], source: source)
    }
}

extension SubjectFacts.OutcomeFacts {
    func newOutcome(path: String) throws(PluginFileError) -> SubjectOutcome {
        guard let name else { throw PluginFileError(file: path, line: line, message: "the new outcome '\(id)' needs a 'name'") }
        return SubjectOutcome(id: id, name: name, ects: ects ?? 5, starred: starred ?? false, role: role ?? .feedback, pilotRole: pilotRole)
    }
}

/// Reads one file into ``SubjectFacts``, checking every key and value.
struct SubjectFile {
    let path: String
    let text: String

    static let subjectKeys: Set<String> = ["code", "name", "aliases", "headings", "outcomes"]
    static let outcomeKeys: Set<String> = ["id", "name", "ects", "starred", "role", "pilotRole"]

    func parse() throws(PluginFileError) -> SubjectFacts {
        let root = try YAMLFile.compose(text, file: path)
        guard let mapping = root.mapping else { throw fail(root, "expected a mapping of keys (code, name, aliases, headings, outcomes)") }
        let fields = try keys(of: mapping, allowed: SubjectFile.subjectKeys)
        guard let codeNode = fields["code"] else { throw fail(root, "'code' is required (e.g. code: WI)") }
        var facts = SubjectFacts(code: try string(codeNode, "code"), source: path)
        if let node = fields["name"] { facts.name = try string(node, "name") }
        if let node = fields["aliases"] { facts.aliases = try strings(node, "aliases") }
        if let node = fields["headings"] { facts.headings = try strings(node, "headings") }
        if let node = fields["outcomes"] {
            guard let sequence = node.sequence else { throw fail(node, "'outcomes' must be a list") }
            var outcomes: [SubjectFacts.OutcomeFacts] = []
            for item in sequence {
                guard let outcome = item.mapping else { throw fail(item, "each outcome must be a mapping with at least an 'id'") }
                let keys = try keys(of: outcome, allowed: SubjectFile.outcomeKeys)
                guard let id = keys["id"] else { throw fail(item, "an outcome needs an 'id'") }
                var facts = SubjectFacts.OutcomeFacts(id: try string(id, "id"), line: item.mark?.line)
                if let node = keys["name"] { facts.name = try string(node, "name") }
                if let node = keys["ects"] {
                    guard let ects = node.int, ects > 0 else { throw fail(node, "'ects' must be a whole number above 0") }
                    facts.ects = ects
                }
                if let node = keys["starred"] {
                    guard let starred = node.bool else { throw fail(node, "'starred' must be true or false") }
                    facts.starred = starred
                }
                if let node = keys["role"] { facts.role = try role(node, "role") }
                if let node = keys["pilotRole"] { facts.pilotRole = try role(node, "pilotRole") }
                outcomes.append(facts)
            }
            facts.outcomes = outcomes
        }
        return facts
    }

    private func keys(of mapping: Node.Mapping, allowed: Set<String>) throws(PluginFileError) -> [String: Node] {
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { throw fail(key, "keys must be text") }
            guard allowed.contains(name) else {
                throw fail(key, "unknown key '\(name)'; expected one of \(allowed.sorted().joined(separator: ", "))")
            }
            guard result[name] == nil else { throw fail(key, "'\(name)' is given twice") }
            result[name] = value
        }
        return result
    }

    private func string(_ node: Node, _ key: String) throws(PluginFileError) -> String {
        guard let scalar = node.scalar, !scalar.string.trimmed.isEmpty else { throw fail(node, "'\(key)' must be a non-empty text") }
        return scalar.string
    }

    private func strings(_ node: Node, _ key: String) throws(PluginFileError) -> [String] {
        guard let sequence = node.sequence else { throw fail(node, "'\(key)' must be a list of texts") }
        var result: [String] = []
        for item in sequence { result.append(try string(item, key)) }
        return result
    }

    private func role(_ node: Node, _ key: String) throws(PluginFileError) -> SubjectRole {
        guard let text = node.string, let role = SubjectRole(rawValue: text) else {
            throw fail(node, "'\(key)' must be one of \(SubjectRole.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return role
    }

    private func fail(_ node: Node?, _ message: String) -> PluginFileError {
        PluginFileError(file: path, at: node, message)
    }
}

extension PluginFiles {
    /// The plugin files in a folder, in name order.
    static func yamlFiles(in folder: String) throws(PluginFileError) -> [String] {
        guard let all = InputFile.names(inFolder: folder) else {
            throw PluginFileError(file: folder, message: "cannot open the plugin folder (\(String(cString: strerror(errno)).lowercased()))")
        }
        let names = all.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        return names.sorted().map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
    }
}
