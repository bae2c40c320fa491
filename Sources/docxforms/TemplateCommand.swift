import ArgumentParser
import Docx
import DocxWriter
import FeedbackForm
import Messages

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
                a readable alias and a visible label. The file is written whole or not at all, and \
                its name said on standard error.
                """)

        @Option(name: .customLong("subject"), help: ArgumentHelp("Write this subject's variant: a code such as NE or WI, or a name.", valueName: "code"),
                completion: .list(builtInSubjectCodes))
        var subject: String?

        @OptionGroup var plugins: PluginOptions
        @OptionGroup var language: LanguageOption

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write the form.", valueName: "file"), completion: .file(extensions: ["docx"]))
        var output = "feedback-en-beoordelingsformulier.docx"

        func run() throws {
            let all = try plugins.load()
            var chosen: (any SubjectPlugin)?
            if let subject {
                guard let plugin = all.first(where: { $0.subject.isNamed(subject) }) else {
                    throw Speech.usage(Texts.Commands.unknownSubject(subject, known: all.map(\.subject.code)))
                }
                chosen = plugin
            }
            let document = FormTemplate(plugins: all, subject: chosen).document()
            do {
                try DocxWriter(title: FormTemplate.title).write(document, to: output)
            } catch {
                Speech.report(Texts.Commands.cannotWrite(.verbatim(output), reason: .verbatim(error.reason)))
                throw ExitCode(.outputNotWritable)
            }
            Speech.report(Texts.Commands.wrote(output))
        }
    }
}
