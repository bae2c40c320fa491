import ArgumentParser
import Docx
import DocxWriter
import FeedbackForm

extension DocxForms {
    /// `docxforms template`: the blank form, written from the catalogue.
    struct TemplateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template",
            abstract: "Write the blank feedback-and-assessment form as a .docx.",
            discussion: """
                The form holds a header (student, number, subject, school, supervisors, moment, \
                date, lessons), per learning outcome the startgesprek plan, the student's \
                self-reflection, the supervisor's feedback (in three parts for the formative \
                outcomes), the judgement and the confidence statement where the handbook asks for \
                them, the kijkkader with a checkbox per indicator, the table of complex skills with \
                a checkbox per phase, and signatures. Every field is a tagged content control with \
                a readable alias and a visible label. The file is written whole or not at all.
                """)

        @Option(name: .customLong("subject"), help: ArgumentHelp("Fill in the subject: a code such as NE or WI, or its name.", valueName: "code"))
        var subject: String?

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write the form.", valueName: "file"))
        var output = "feedback-en-beoordelingsformulier.docx"

        func validate() throws {
            if let subject, !FormTemplate.subjects.contains(where: { $0.code.lowercased() == subject.lowercased()
                || $0.name.lowercased() == subject.lowercased() }) {
                let known = FormTemplate.subjects.map(\.code).joined(separator: ", ")
                throw ValidationError("unknown subject '\(subject)'; known: \(known)")
            }
        }

        func run() throws {
            let document = FormTemplate(subject: subject).document()
            do {
                try DocxWriter(title: FormTemplate.title).write(document, to: output)
            } catch {
                FileDescriptorWriter.write("docxforms: \(error)\n", to: 2)
                throw ExitCode(OutputFile.exitCode)
            }
        }
    }
}
