#if EJournalPosting
import ArgumentParser
import Docx
import EJournal
import EJournalClient
import FeedbackForm
import Foundation
import Messages
import YAMLFiles

extension DocxForms.EJournalCommand {
    /// `docxforms ejournal post`.
    struct Post: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "post",
            abstract: "Post filled forms to eJournal with a map: a dry run unless --yes.",
            discussion: """
                Reads each form, makes its entry with the map and checks it against the live \
                template as eJournal would (fields, types, required fields, exact option texts, \
                dates): per form, what would be posted, or what would be refused and why. With \
                --yes the entries are posted: as a student into your own journal of the map's \
                assignment; as a teacher (--as teacher) into the journal of the form's student, \
                found by student number (username) or full name; none or several: not posted. A \
                value the form does not give for sure is left out and said, never guessed. Each \
                form is posted once: its receipt (the form's content, the entry's id) is kept in \
                --receipts, and a second run skips it. A refusal by eJournal is said with \
                eJournal's own description and the rest go on. Exit 21 when a form was not posted, \
                16 when the map does not fit the template (or the template is archived), 22 when \
                eJournal cannot be reached or the login expired.
                """)

        enum Role: String, ExpressibleByArgument, CaseIterable { case student, teacher }

        @Argument(help: "The filled forms.", completion: .file(extensions: ["docx", "docm"]))
        var files: [String]

        @Option(help: ArgumentHelp("The eJournal map (YAML), as 'map init' writes it.", valueName: "file"),
                completion: .file(extensions: ["yaml", "yml"]))
        var map: String

        @Option(name: .customLong("as"), help: ArgumentHelp("Post as a student (into your own journal) or as a teacher.", valueName: "student|teacher"))
        var role: Role = .student

        @Flag(help: "Post for real (without it: a dry run that posts nothing).")
        var yes = false

        @Flag(help: "Post nothing: say per form what would be posted or refused, and why (the default).")
        var dryRun = false

        @Option(help: ArgumentHelp("The receipts file (default: beside the map, <map>.receipts.json).", valueName: "file"))
        var receipts: String?

        @OptionGroup var server: ServerOptions
        @OptionGroup var limits: LimitOptions
        @OptionGroup var plugins: PluginOptions

        func validate() throws {
            if yes && dryRun { throw Speech.usage(Texts.EJournal.yesOrDryRun) }
        }

        func run() async throws {
            let language = Speech.language
            let map = try readMap()
            guard let course = map.courseID, let assignment = map.assignmentID else {
                Speech.report(Phrase.verbatim("\(self.map): ") + Texts.EJournal.mapNeedsAssignment)
                throw ExitCode(.invalidPluginOrMap)
            }
            let session = try server.session()
            let template = try await liveTemplate(session, map: map, assignment: assignment)
            let target = try await Target.find(role, session: session, course: course, assignment: assignment)
            var kept: Receipts
            let receiptsPath = receipts ?? Post.receiptsPath(beside: self.map)
            do { kept = try Receipts(path: receiptsPath) } catch {
                Speech.report(Texts.EJournal.receiptsUnreadable(receiptsPath))
                throw ExitCode(.invalidPluginOrMap)
            }
            let forms = FormReader(reader: DocxReader(limits: limits.limits), converter: FormConverter(plugins: try plugins.load()),
                                   language: language)
            var tally = Tally()
            let out = StandardOutput()
            var stop: ExitCode?
            for file in files where stop == nil {
                switch await post(file, map: map, template: template, target: target, forms: forms,
                                  assignment: assignment, session: session, receipts: &kept) {
                case .done(let kind, let text):
                    tally.count(kind)
                    out.write(text.map { $0(language) }.joined(separator: "\n") + "\n")
                case .stop(let error):
                    stop = error
                }
            }
            // The summary also when the run stopped: what was posted so far.
            out.write(Tally.line(tally, forms: files.count, dryRun: !yes)(language) + "\n")
            if let stop { throw stop }
            if tally.refused > 0 { throw ExitCode(.notPosted) }
        }

        private func readMap() throws -> EJournalMap {
            do {
                return try EJournalMap.parse(try YAMLFile.read(map), file: map)
            } catch {
                Speech.report(Phrase.verbatim(error.message(Speech.language)))
                throw ExitCode(.invalidPluginOrMap)
            }
        }

        /// The map's template as eJournal has it now: archived templates (edited
        /// after entries were made) are gone, and with them the map's field ids.
        private func liveTemplate(_ session: EJournalSession, map: EJournalMap, assignment: Int) async throws -> EJournalTemplate {
            let templates: [EJournalTemplate]
            do { templates = try await session.templates(assignment: assignment) } catch { throw error.stop() }
            guard let template = templates.first(where: { $0.id == map.templateID }) else {
                Speech.report(Phrase.verbatim("\(self.map): ")
                              + Texts.EJournal.templateNotAvailable(map.templateID, assignment: assignment, available: templates.map { ($0.id, $0.name) }))
                throw ExitCode(.invalidPluginOrMap)
            }
            if role == .student && template.presetOnly {
                Speech.report(Phrase.verbatim("\(self.map): ") + Texts.EJournal.templateForDeadlinesOnly(template.id))
                throw ExitCode(.invalidPluginOrMap)
            }
            let problems = template.problems(with: map)
            guard problems.isEmpty else {
                for problem in problems { Speech.report(problem) }
                throw ExitCode(.invalidPluginOrMap)
            }
            return template
        }

        /// What became of one form: lines to print and how to count it, or the end of the run.
        enum Outcome {
            case done(Tally.Kind, [Phrase])
            case stop(ExitCode)
        }

        private func post(_ file: String, map: EJournalMap, template: EJournalTemplate, target: Target, forms: FormReader,
                          assignment: Int, session: EJournalSession, receipts: inout Receipts) async -> Outcome {
            func unreadable(_ error: DocxError) -> Outcome {
                let why = error.part == nil ? error.explanation(Speech.language) : error.message(Speech.language)
                return .done(.refused, [Texts.EJournal.notPosted(file, why: Texts.EJournal.unreadableForm(why))])
            }
            // Read once: the bytes are converted and make the receipt's key.
            let bytes: [UInt8]
            do { bytes = try InputFile.read(file, maxBytes: limits.limits.maxFileSize) } catch { return unreadable(error) }
            let record: FormRecord
            switch forms.entry(bytes: bytes, name: file) {
            case .failure(let error, _): return unreadable(error)
            case .record(let read): record = read
            }
            guard record.kind == .form else { return .done(.refused, [Texts.EJournal.notPosted(file, why: Texts.EJournal.notAFilledForm)]) }
            let key = Receipts.key(form: bytes, assignment: assignment)
            if let receipt = receipts.receipt(for: key) {
                return .done(.skipped, [Texts.EJournal.alreadyPosted(file, entry: receipt.entryID, journal: receipt.journalID,
                                                                     on: String(receipt.posted.prefix(10)))])
            }
            let payload = map.payload(for: record)
            // A required field's value left out is said with the refusal it causes; the others here.
            let required = Set(template.fields.filter(\.required).map(\.id))
            let notes = payload.leftOut.filter { !required.contains($0.field.id) }.map { Phrase.verbatim("  ") + $0.message }
            var refusals = template.refusals(of: payload)
            let journal: Int?
            switch target.journal(for: record.student) {
            case .success(let id): journal = id
            case .failure(let why):
                journal = nil
                refusals.insert(why.phrase, at: 0)
            }
            guard let journal, refusals.isEmpty else {
                let head = yes ? Texts.EJournal.notPostedBecause(file) : Texts.EJournal.wouldBeRefused(file)
                return .done(.refused, [head] + refusals.map { Phrase.verbatim("  ") + $0 } + notes)
            }
            guard yes else {
                let values = template.fields.sorted { $0.location < $1.location }.compactMap { field in
                    payload.entry.content[String(field.id)].map { Phrase.verbatim("  \(field.label): \(Post.shown($0))") }
                }
                return .done(.wouldPost, [Texts.EJournal.wouldPost(file, journal: journal, template: template.name, fields: values.count)] + values + notes)
            }
            let entry: Int
            do {
                switch role {
                case .student:
                    entry = try await session.postEntry(journal: journal, template: template.id, content: payload.entry.content)
                case .teacher:
                    entry = try await session.postTeacherEntry(title: payload.title ?? template.name, assignment: assignment, template: template.id,
                                                               journal: journal, content: payload.entry.content)
                }
            } catch {
                if case .refused(_, let description) = error {
                    return .done(.refused, [Texts.EJournal.notPosted(file, why: Texts.EJournal.refusedByEJournal(description))] + notes)
                }
                return .stop(error.stop())
            }
            let said = role == .teacher ? Texts.EJournal.postedAsTeacher(file, entry: entry, journal: journal)
                : Texts.EJournal.posted(file, entry: entry, journal: journal)
            let receipt = Receipts.Receipt(entryID: entry, journalID: journal, templateID: template.id,
                                           posted: Date().formatted(.iso8601), source: file)
            do { try receipts.record(receipt, for: key) } catch {
                Speech.report(said)
                Speech.report(Texts.EJournal.receiptsUnwritable(receipts.path))
                return .stop(ExitCode(.outputNotWritable))
            }
            return .done(.posted, [said] + notes)
        }

        /// `map.yaml` → `map.receipts.json`.
        static func receiptsPath(beside map: String) -> String {
            let url = URL(fileURLWithPath: map)
            return url.deletingPathExtension().path + ".receipts.json"
        }

        /// A value on one line, at most 80 characters.
        static func shown(_ value: String) -> String {
            let line = value.split(whereSeparator: \.isNewline).joined(separator: " ⏎ ")
            return line.count > 80 ? String(line.prefix(79)) + "…" : line
        }
    }
}

/// Where the entries go: the student's own journal (for their own forms), or a
/// teacher's choice among the assignment's.
enum Target {
    /// The student's journal, with the student's name and username as its author's.
    case own(EJournalJournal)
    case students([EJournalJournal])

    static func find(_ role: DocxForms.EJournalCommand.Post.Role, session: EJournalSession, course: Int, assignment: Int) async throws -> Target {
        do {
            switch role {
            case .student:
                let assignments = try await session.assignments(course: course)
                guard let journal = assignments.first(where: { $0.id == assignment })?.journal else {
                    Speech.report(Texts.EJournal.noJournalOfYours)
                    throw ExitCode(.notPosted)
                }
                let me = try await session.user()
                return .own(EJournalJournal(id: journal, fullNames: me.fullName, usernames: me.username))
            case .teacher:
                return .students(try await session.journals(assignment: assignment, course: course))
            }
        } catch let error as EJournalError {
            throw error.stop()
        }
    }

    struct NoJournal: Error { var phrase: Phrase }

    /// The journal for a form's student: as a student, the own journal when the
    /// form is the student's (by number or name, as a teacher's match), never another's.
    func journal(for student: FormRecord.Student) -> Result<Int, NoJournal> {
        let who = [student.name, student.number].compactMap { $0 }.joined(separator: ", ")
        switch self {
        case .own(let mine):
            switch JournalMatch.of(student, among: [mine]) {
            case .found, .ambiguous: return .success(mine.id)
            case .missing:
                let you = "\(mine.fullNames ?? "") (\(mine.usernames ?? ""))"
                return .failure(NoJournal(phrase: Texts.EJournal.notYourForm(student: who, you: you)))
            case .noStudent: return .failure(NoJournal(phrase: Texts.EJournal.noStudent))
            }
        case .students(let journals):
            switch JournalMatch.of(student, among: journals) {
            case .found(let id): return .success(id)
            case .missing: return .failure(NoJournal(phrase: Texts.EJournal.noJournal(student: who)))
            case .ambiguous(let ids): return .failure(NoJournal(phrase: Texts.EJournal.severalJournals(student: who, journals: ids)))
            case .noStudent: return .failure(NoJournal(phrase: Texts.EJournal.noStudent))
            }
        }
    }
}

/// How many forms went which way.
struct Tally {
    enum Kind { case posted, wouldPost, refused, skipped }
    var posted = 0, wouldPost = 0, refused = 0, skipped = 0

    mutating func count(_ kind: Kind) {
        switch kind {
        case .posted: posted += 1
        case .wouldPost: wouldPost += 1
        case .refused: refused += 1
        case .skipped: skipped += 1
        }
    }

    static func line(_ tally: Tally, forms: Int, dryRun: Bool) -> Phrase {
        Texts.EJournal.summary(forms: forms, posted: tally.posted, wouldPost: tally.wouldPost, refused: tally.refused,
                               skipped: tally.skipped, dryRun: dryRun)
    }
}
#endif
