// PluginFiles: declarative subject plugins. A YAML file states a subject's
// facts (a new subject), or overrides a built-in plugin's facts (which
// outcomes the institute gives wholly this year). Validated on load, with
// errors that name the file, the line and what is wrong.
public import FeedbackForm
import Yams
public import YAMLFiles

/// Loads plugin files and merges them with built-in plugins.
public enum PluginFiles {
    /// The environment variable naming a plugin folder when `--plugins` is absent.
    public static let environmentVariable = "DOCXFORMS_PLUGINS"

    /// The built-in plugins, with the facts of every `*.yaml` / `*.yml` file in
    /// `folder` applied: a file with an existing code overrides that plugin's
    /// facts, any other adds a subject. Files are read in name order.
    ///
    /// - Throws: ``PluginFileError`` for the first file that is not valid.
    public static func load(_ folder: String, over builtIn: [any SubjectPlugin]) throws(PluginFileError) -> [any SubjectPlugin] {
        var plugins = builtIn
        for path in try yamlFiles(in: folder) {
            let text = try YAMLFile.read(path)
            let facts = try SubjectFile(path: path, text: text).parse()
            if let index = plugins.firstIndex(where: { $0.subject.code.lowercased() == facts.code.lowercased() }) {
                let merged = try facts.applied(to: plugins[index].subject, path: path)
                plugins[index] = plugins[index].with(merged)
            } else {
                plugins.append(FactsPlugin(subject: try facts.newSubject(path: path)))
            }
        }
        return plugins
    }
}

/// A plugin file that is not valid: where, and what is wrong.
public typealias PluginFileError = YAMLFileError
