import ArgumentParser

/// The `docxforms` command: reads Word feedback-and-assessment forms.
@main
struct DocxForms: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docxforms",
        abstract: "Read filled-in Word (.docx) forms into structured records.",
        discussion: """
            Reads .docx, .docm and .dotx files with libzip and libxml2, offline. \
            Legacy .doc files, password-protected documents and damaged archives \
            are refused with a message that names the file and an exit status per \
            kind of failure (README, "Exit statuses"). Messages in Dutch or English \
            (--lang, else the locale). Shell completion: \
            docxforms --generate-completion-script bash|zsh|fish.
            """,
        version: "0.1.0",
        subcommands: [Dump.self, ConvertCommand.self, ExtractCommand.self, CatalogueCommand.self, TemplateCommand.self,
                      ValidateCommand.self, PluginsCommand.self, SchemaCommand.self, ServeCommand.self])
}
