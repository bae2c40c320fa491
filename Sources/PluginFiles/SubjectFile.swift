import Docx
import Folders
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
        guard let name else { throw PluginFileError(file: path, line: 1, message: Texts.Files.newSubjectNeedsName(code)) }
        guard let outcomes, !outcomes.isEmpty else {
            throw PluginFileError(file: path, line: 1, message: Texts.Files.newSubjectNeedsOutcome(code))
        }
        var list: [SubjectOutcome] = []
        for facts in outcomes { list.append(try facts.newOutcome(path: path)) }
        return Subject(code: code, name: name, aliases: aliases ?? [name], outcomes: list, headings: headings ?? [], source: source)
    }
}

extension SubjectFacts.OutcomeFacts {
    func newOutcome(path: String) throws(PluginFileError) -> SubjectOutcome {
        guard let name else { throw PluginFileError(file: path, line: line, message: Texts.Files.newOutcomeNeedsName(id)) }
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
        guard let mapping = root.mapping else { throw fail(root, Texts.Files.expectedKeys(["code", "name", "aliases", "headings", "outcomes"])) }
        let fields = try keys(of: mapping, allowed: SubjectFile.subjectKeys)
        guard let codeNode = fields["code"] else { throw fail(root, Texts.Files.required(["code"], example: "code: WI")) }
        var facts = SubjectFacts(code: try string(codeNode, "code"), source: path)
        if let node = fields["name"] { facts.name = try string(node, "name") }
        if let node = fields["aliases"] { facts.aliases = try strings(node, "aliases") }
        if let node = fields["headings"] { facts.headings = try strings(node, "headings") }
        if let node = fields["outcomes"] {
            guard let sequence = node.sequence else { throw fail(node, Texts.Files.mustBeList("outcomes")) }
            var outcomes: [SubjectFacts.OutcomeFacts] = []
            for item in sequence {
                guard let outcome = item.mapping else { throw fail(item, Texts.Files.itemNeeds("outcomes", ["id"])) }
                let keys = try keys(of: outcome, allowed: SubjectFile.outcomeKeys)
                guard let id = keys["id"] else { throw fail(item, Texts.Files.itemNeeds("outcomes", ["id"])) }
                var facts = SubjectFacts.OutcomeFacts(id: try string(id, "id"), line: item.mark?.line)
                if let node = keys["name"] { facts.name = try string(node, "name") }
                if let node = keys["ects"] {
                    guard let ects = node.int, ects > 0 else { throw fail(node, Texts.Files.mustBeWholeNumber("ects")) }
                    facts.ects = ects
                }
                if let node = keys["starred"] {
                    guard let starred = node.bool else { throw fail(node, Texts.Files.mustBeTrueOrFalse("starred")) }
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
            guard let name = key.string else { throw fail(key, Texts.Files.keysAreText) }
            guard allowed.contains(name) else {
                throw fail(key, Texts.Files.unknownKey(name, expected: allowed.sorted()))
            }
            guard result[name] == nil else { throw fail(key, Texts.Files.givenTwice(name)) }
            result[name] = value
        }
        return result
    }

    private func string(_ node: Node, _ key: String) throws(PluginFileError) -> String {
        guard let scalar = node.scalar, !scalar.string.trimmed.isEmpty else { throw fail(node, Texts.Files.mustBeText(key)) }
        return scalar.string
    }

    private func strings(_ node: Node, _ key: String) throws(PluginFileError) -> [String] {
        guard let sequence = node.sequence else { throw fail(node, Texts.Files.mustBeTextList(key)) }
        var result: [String] = []
        for item in sequence { result.append(try string(item, key)) }
        return result
    }

    private func role(_ node: Node, _ key: String) throws(PluginFileError) -> SubjectRole {
        guard let text = node.string, let role = SubjectRole(rawValue: text) else {
            throw fail(node, Texts.Files.mustBeOneOf(key, SubjectRole.allCases.map(\.rawValue)))
        }
        return role
    }

    private func fail(_ node: Node?, _ message: Phrase) -> PluginFileError {
        PluginFileError(file: path, at: node, message)
    }
}

extension PluginFiles {
    /// The plugin files in a folder, in name order.
    static func yamlFiles(in folder: String) throws(PluginFileError) -> [String] {
        guard let all = Folder.names(folder) else {
            throw PluginFileError(file: folder, message: Texts.Files.cannotOpenFolder(Texts.Reading.systemReason(errno)))
        }
        let names = all.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        return names.sorted().map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
    }
}
