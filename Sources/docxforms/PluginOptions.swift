import ArgumentParser
import FeedbackForm
import Messages
import PluginFiles
import PluginRegistry
import YAMLFiles
#if canImport(Glibc)
import Glibc
#endif

/// `--plugins DIR`: subject plugin files to add to, or override, the built-in plugins.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugins"),
            help: ArgumentHelp("A folder of subject plugin files (*.yaml) that add subjects or override built-in facts "
                               + "(default: $\(PluginFiles.environmentVariable)).", valueName: "dir"),
            completion: .directory)
    var folder: String?

    /// The built-in plugins with the folder's files applied.
    func load() throws -> [any SubjectPlugin] {
        guard let folder = folder ?? getenv(PluginFiles.environmentVariable).map({ String(cString: $0) }), !folder.isEmpty else {
            return builtInPlugins
        }
        do {
            return try PluginFiles.load(folder, over: builtInPlugins)
        } catch {
            FileDescriptorWriter.write("docxforms: \(error.message(Speech.language))\n", to: 2)
            throw ExitCode(.invalidPluginOrMap)
        }
    }
}

/// The built-in subjects' codes, offered by shell completion for `--subject`.
let builtInSubjectCodes = builtInPlugins.map(\.subject.code)
