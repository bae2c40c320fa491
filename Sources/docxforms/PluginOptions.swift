import ArgumentParser
import FeedbackForm
import PluginFiles
import PluginRegistry
#if canImport(Glibc)
import Glibc
#endif

/// `--plugins DIR`: subject plugin files to add to, or override, the built-in plugins.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugins"),
            help: ArgumentHelp("A folder of subject plugin files (*.yaml) that add subjects or override built-in facts "
                               + "(default: $\(PluginFiles.environmentVariable)).", valueName: "dir"))
    var folder: String?

    /// The built-in plugins with the folder's files applied.
    func load() throws -> [any SubjectPlugin] {
        guard let folder = folder ?? getenv(PluginFiles.environmentVariable).map({ String(cString: $0) }), !folder.isEmpty else {
            return builtInPlugins
        }
        do {
            return try PluginFiles.load(folder, over: builtInPlugins)
        } catch {
            FileDescriptorWriter.write("docxforms: \(error)\n", to: 2)
            throw ExitCode(PluginOptions.invalidPluginFile)
        }
    }

    /// The exit code for a plugin file that is not valid.
    static let invalidPluginFile: Int32 = 16
}
