import ArgumentParser
import FeedbackForm

extension DocxForms {
    /// `docxforms schema`: the JSON Schema of a record.
    struct SchemaCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Print the JSON Schema of the records convert and extract write (one record or error entry).")

        @OptionGroup var language: LanguageOption

        func run() {
            StandardOutput().write(FormRecord.jsonSchema + "\n")
        }
    }
}
