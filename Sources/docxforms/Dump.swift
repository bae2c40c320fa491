import ArgumentParser
import Docx
import JSONOutput
import Messages

extension DocxForms {
    /// `docxforms dump`: the document model as JSON, or as plain text.
    struct Dump: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dump",
            abstract: "Print the document model of .docx files as JSON (or plain text).",
            discussion: """
                JSON keys: blocks (the tree, in order), stories, controls (every content \
                control, flat, with kind, tag, alias, value, checked), formFields (legacy \
                fields), comments, trackedChanges, diagnostics. Keys are sorted. With \
                several files, prints one compact JSON object per line (NDJSON). \
                --text prints one paragraph a line, table cells separated by tabs, \
                deleted text left out. Use - to read standard input.
                """)

        @Argument(help: "The .docx files to read (- for standard input).", completion: .file(extensions: ["docx", "docm", "dotx"]))
        var files: [String]

        @Flag(help: "Print plain text instead of JSON.")
        var text = false

        @Flag(help: "Print JSON on one line.")
        var compact = false

        @OptionGroup var limits: LimitOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let reader = DocxReader(limits: limits.limits)
            let output = StandardOutput()
            var failures: [ExitStatus] = []
            for file in files {
                do {
                    let document = try Input.read(file, with: reader)
                    if text {
                        output.write(PlainText.render(document))
                    } else {
                        let pretty = files.count == 1 && !compact
                        output.write(try JSONOutput(pretty: pretty).encode(DumpReport(file: file, document: document)) + "\n")
                    }
                } catch let error as DocxError {
                    Speech.report(error)
                    failures.append(error.exitStatus)
                }
            }
            if let status = ExitStatus.of(failures: failures) { throw ExitCode(status) }
        }
    }
}

/// The JSON envelope of one dumped document.
struct DumpReport: Encodable {
    let file: String
    let document: Document

    enum CodingKeys: String, CodingKey {
        case file, mainPart, blocks, stories, controls, formFields, comments, trackedChanges, diagnostics
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(document.mainPart, forKey: .mainPart)
        try c.encode(document.body, forKey: .blocks)
        try c.encode(document.stories, forKey: .stories)
        try c.encode(document.contentControls, forKey: .controls)
        try c.encode(document.formFields, forKey: .formFields)
        try c.encode(document.comments, forKey: .comments)
        try c.encode(document.trackedChanges, forKey: .trackedChanges)
        try c.encode(document.diagnostics.map { Diagnostic.Said($0, in: Speech.language) }, forKey: .diagnostics)
    }
}
