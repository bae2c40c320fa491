#if EJournalPosting
import Foundation
import Messages
import Synchronization
import TestSupport
import Testing

/// `docxforms ejournal` against the stand-in eJournal (FakeEJournal) on loopback:
/// login and refresh, discovery, a map from the live template, both posting
/// routes, eJournal's refusals, and a second run that posts nothing.
@Suite struct EJournalCommandTests {
    /// A stand-in eJournal, a home of its own (the login file), and the example map copied there (receipts go beside it).
    struct Setup {
        let fake: FakeEJournal
        let home: URL
        let map: String

        init() async throws {
            fake = FakeEJournal.standard()
            try await fake.start()
            home = FileManager.default.temporaryDirectory.appendingPathComponent("docxforms-ejournal-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            map = home.appendingPathComponent("map.yaml").path
            try FileManager.default.copyItem(atPath: repositoryRoot.appendingPathComponent("Fixtures/ejournal/map.yaml").path, toPath: map)
        }

        var environment: [String: String] { ["XDG_CONFIG_HOME": home.path, "EJOURNAL_URL": fake.url] }
        var loginFile: String { home.appendingPathComponent("docxforms/ejournal-login.json").path }

        /// docxforms on a thread of its own: the stand-in answers on the test process's threads meanwhile.
        func run(_ arguments: [String], stdin: String? = nil, locale: String? = "en_GB.UTF-8", environment more: [String: String] = [:]) async throws -> Run {
            let environment = self.environment.merging(more) { $1 }
            return try await withCheckedThrowingContinuation { continuation in
                Thread {
                    continuation.resume(with: Result { try docxforms(arguments, stdin: stdin.map { Data($0.utf8) }, locale: locale, environment: environment) })
                }.start()
            }
        }

        func login(_ user: String = "2087741") async throws {
            let run = try await self.run(["ejournal", "login", "--username", user], stdin: "geheim\n")
            #expect(run.status == 0, "\(run.stderr)")
        }

        func finish() {
            fake.stop()
            try? FileManager.default.removeItem(at: home)
        }
    }

    @Test func loginKeepsTheTokensForTheUserOnlyAndNeverThePassword() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        let wrong = try await setup.run(["ejournal", "login", "--username", "2087741"], stdin: "fout\n")
        #expect(wrong.status == 22)
        #expect(wrong.stderr.contains("eJournal refused the login: «No active account found with the given credentials»"))
        #expect(!FileManager.default.fileExists(atPath: setup.loginFile))

        let right = try await setup.run(["ejournal", "login", "--username", "2087741"], stdin: "geheim\n")
        #expect(right.status == 0, "\(right.stderr)")
        #expect(right.stderr.contains("logged in to \(setup.fake.url) as 2087741"))
        let attributes = try FileManager.default.attributesOfItem(atPath: setup.loginFile)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let saved = try String(contentsOfFile: setup.loginFile, encoding: .utf8)
        #expect(!saved.contains("geheim"), "the password is never kept")
        #expect(saved.contains("access-") && !right.stdout.contains("access-") && !right.stderr.contains("access-"), "tokens are kept, never printed")
    }

    @Test func fieldsListsTemplatesWithTheirFieldsAndExactOptions() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        try await setup.login()
        let run = try await setup.run(["ejournal", "fields", "--assignment", "12"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("template 56 'Feedbackformulier'\n"))
        #expect(run.stdout.contains("  104\ts\trequired\tOordeel – Afstemmen  [Voldaan | Niet voldaan]\n"))
        #expect(run.stdout.contains("  106\tf\toptional\tBijlage\n"), "a file field's extensions are no options")
        #expect(run.stdout.contains("template 57 'Deadline' (for deadlines and teachers only)"))
        let dutch = try await setup.run(["ejournal", "fields", "--assignment", "12", "--lang", "nl"])
        #expect(dutch.stdout.contains("sjabloon 56 ‘Feedbackformulier’") && dutch.stdout.contains("\tverplicht\t"))
    }

    @Test func mapInitMatchesTitlesAndTheSkeletonPostsInADryRun() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        try await setup.login()
        let skeleton = setup.home.appendingPathComponent("skeleton.yaml").path
        let made = try await setup.run(["ejournal", "map", "init", "--course", "3", "--assignment", "12", "-o", skeleton])
        #expect(made.status == 0, "\(made.stderr)")
        let text = try String(contentsOfFile: skeleton, encoding: .utf8)
        #expect(text.contains("  - id: 101\n    type: text\n    value: student.name\n"))
        #expect(text.contains("  - id: 102\n    type: date\n    value: date\n"))
        #expect(text.contains("  - id: 104\n    type: selection\n    value: outcomes.afstemmen.judgement\n    options:\n      voldaan: \"Voldaan\"\n      niet-voldaan: \"Niet voldaan\"\n"))
        #expect(text.contains("  - id: 105\n    type: rich_text\n    value: outcomes.afstemmen.feedback\n"))
        #expect(text.contains("  # \"Bijlage\" (f)\n  # docxforms does not fill this type of field\n"), "what is not matched is said, not guessed")
        let dry = try await setup.run(["ejournal", "post", "Fixtures/forms/tagged-1.docx", "--map", skeleton])
        #expect(dry.status == 0, "\(dry.stdout)\(dry.stderr)")
        #expect(dry.stdout.contains("Fixtures/forms/tagged-1.docx: would be posted to journal 71, template 'Feedbackformulier', 5 fields:"))
    }

    @Test func aDryRunSaysPerFormWhatWouldBePostedOrRefusedAndPostsNothing() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        try await setup.login()
        let run = try await setup.run(["ejournal", "post", "Fixtures/forms/tagged-1.docx", "Fixtures/forms/tagged-2.docx",
                                       "Fixtures/forms/template.docx", "Fixtures/bad/empty.docx", "--map", setup.map])
        #expect(run.status == 21, "\(run.stderr)")
        #expect(run.stdout.contains("""
            Fixtures/forms/tagged-1.docx: would be posted to journal 71, template 'Feedbackformulier', 5 fields:
              Naam student (101): Noor el Amrani
              Datum (102): 2026-01-20
              Moment (103): Eindbeoordeling
              Oordeel – Afstemmen (104): Voldaan
              Feedback – Afstemmen (105): <p>Analyseert
            """))
        #expect(run.stdout.contains("""
            Fixtures/forms/tagged-2.docx: would be refused:
              the form is of student 'Daan Vermeulen, 2114903', you are logged in as 'Noor el Amrani (2087741)': a student posts their own forms only
              required field Oordeel – Afstemmen (104) has no value (field 104 (outcomes.afstemmen.judgement) left out: the form gives no sure value there: No judgement on ‘Afstemmen op de lerende’ found, though the form has this outcome's section.)
            Fixtures/forms/template.docx
            """), "a judgement the form does not give is never guessed")
        #expect(run.stdout.contains("Fixtures/forms/template.docx: not posted: it is a blank form"))
        #expect(run.stdout.contains("Fixtures/bad/empty.docx: not posted: the form cannot be read: the file is empty (0 bytes)."))
        #expect(run.stdout.contains("4 forms: 1 would be posted, 3 refused, 0 already posted. Nothing was posted; post with --yes."))
        #expect(setup.fake.entries.isEmpty && !setup.fake.requests.contains("POST /entries/"), "a dry run posts nothing")
        let explicit = try await setup.run(["ejournal", "post", "Fixtures/forms/tagged-1.docx", "--map", setup.map, "--dry-run"])
        #expect(explicit.status == 0 && explicit.stdout.contains("Nothing was posted") && setup.fake.entries.isEmpty)
        let both = try await setup.run(["ejournal", "post", "Fixtures/forms/tagged-1.docx", "--map", setup.map, "--dry-run", "--yes"])
        #expect(both.status == 64 && both.stderr.contains("--yes or --dry-run, not both"))
    }

    /// A receipt that cannot be written stops the run at once: the entry is in, and posting on could post twice later.
    @Test func aReceiptThatCannotBeWrittenStopsTheRun() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        try await setup.login()
        let receipts = setup.home.appendingPathComponent("no-such-folder/receipts.json").path
        let run = try await setup.run(["ejournal", "post", "Fixtures/forms/tagged-1.docx", "Fixtures/forms/plain-table.docx",
                                       "--map", setup.map, "--yes", "--receipts", receipts])
        #expect(run.status == 15)
        #expect(run.stderr.contains("Fixtures/forms/tagged-1.docx: posted as entry") && run.stderr.contains("cannot write the receipts to \(receipts)"))
        #expect(setup.fake.entries.count == 1, "nothing more was posted")
    }

    /// A judgement typed as "deels voldaan" is no option: the entry is not sent as "Voldaan", and the form's own diagnostic says why.
    @Test func aQualifiedJudgementIsNeverSentAsTheNearestOption() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        try await setup.login()
        let run = try await setup.run(["ejournal", "post", "Fixtures/wild/judgement-spellings.docx", "--map", setup.map, "--yes"])
        #expect(run.status == 21)
        #expect(run.stdout.contains("required field Oordeel – Afstemmen (104) has no value (field 104 (outcomes.afstemmen.judgement) left out: "
                                    + "the form gives no sure value there: The judgement on ‘Afstemmen op de lerende’ reads ‘deels voldaan’"), "\(run.stdout)")
        #expect(setup.fake.entries.isEmpty)
    }

    /// Everything docxforms says itself is in the run's language; the values (the form's, the template's titles) are as they are.
    @Test func aDutchRunSpeaksDutch() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        try await setup.login()
        let run = try await setup.run(["ejournal", "post", "Fixtures/forms/tagged-1.docx", "Fixtures/forms/tagged-2.docx", "--map", setup.map],
                                      locale: nil)
        #expect(run.stdout.contains("Fixtures/forms/tagged-1.docx: zou geplaatst worden in journal 71, sjabloon ‘Feedbackformulier’, 5 velden:"))
        #expect(run.stdout.contains("2 formulieren: 1 zou geplaatst worden, 1 geweigerd, 0 al geplaatst. Er is niets geplaatst; plaats met --yes."))
        for line in run.stdout.split(separator: "\n") where !line.hasPrefix("  ") {
            #expect(LanguageCheck.foreignWords(in: String(line), for: .nl).isEmpty, "\(line)")
        }
        let english = try await setup.run(["ejournal", "post", "Fixtures/forms/tagged-2.docx", "--map", setup.map, "--lang", "en"], locale: nil)
        for line in english.stdout.split(separator: "\n") where !line.hasPrefix("  ") {
            #expect(LanguageCheck.foreignWords(in: String(line), for: .en).isEmpty, "\(line)")
        }
    }

    @Test func passwordsAndTokensCrossTheNetworkEncryptedOnly() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        let run = try await setup.run(["ejournal", "login", "--server", "http://ejournal.example.nl", "--username", "u"], stdin: "geheim\n")
        #expect(run.status == 64)
        #expect(run.stderr.contains("'http://ejournal.example.nl' is not an https address"))
    }

    @Test func postingAsAStudentPostsOnceAndASecondRunPostsNothing() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        try await setup.login()
        let first = try await setup.run(["ejournal", "post", "Fixtures/forms/tagged-1.docx", "--map", setup.map, "--yes"])
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let entries = setup.fake.entries
        #expect(entries.count == 1)
        #expect(first.stdout.contains("Fixtures/forms/tagged-1.docx: posted as entry \(entries.first?.id ?? 0) in journal 71"))
        #expect(entries.first?.journal == 71 && entries.first?.template == 56)
        #expect(entries.first?.content["101"] == "Noor el Amrani" && entries.first?.content["102"] == "2026-01-20")
        #expect(entries.first?.content["104"] == "Voldaan" && entries.first?.content["103"] == "Eindbeoordeling")
        #expect(setup.fake.bodies.last?["source"] == nil, "the record's source is not sent to eJournal")
        let receipts = try String(contentsOfFile: setup.home.appendingPathComponent("map.receipts.json").path, encoding: .utf8)
        #expect(receipts.contains("\"entry_id\": \(entries.first?.id ?? 0)") && receipts.contains("\"12:sha256:"))

        let second = try await setup.run(["ejournal", "post", "Fixtures/forms/tagged-1.docx", "--map", setup.map, "--yes"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("Fixtures/forms/tagged-1.docx: already posted as entry \(entries.first?.id ?? 0) in journal 71"))
        #expect(second.stdout.contains("1 form: 0 posted, 0 not posted, 1 already posted."))
        #expect(setup.fake.entries.count == 1, "the second run posted nothing")

        // Receipts that cannot be read stop the run before anything is posted: else a form could go in twice.
        try "{not json".write(toFile: setup.home.appendingPathComponent("map.receipts.json").path, atomically: true, encoding: .utf8)
        let broken = try await setup.run(["ejournal", "post", "Fixtures/forms/tagged-1.docx", "--map", setup.map, "--yes"])
        #expect(broken.status == 16)
        #expect(broken.stderr.contains("map.receipts.json cannot be read: repair or move the file (else entries could be posted twice)"))
        #expect(setup.fake.entries.count == 1)
    }

    /// A student's forms go into the student's own journal; another student's form never does (by number or name, as a teacher's match).
    @Test func aStudentPostsTheirOwnFormsOnly() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        try await setup.login("lbakker")
        let dutch = try await setup.run(["ejournal", "post", "Fixtures/forms/tagged-1.docx", "--map", setup.map], locale: nil)
        #expect(dutch.stdout.contains("het formulier is van student ‘Noor el Amrani, 2087741’, je bent ingelogd als ‘Lotte Bakker (lbakker)’: "
                                      + "een student plaatst alleen eigen formulieren"), "\(dutch.stdout)")
        let run = try await setup.run(["ejournal", "post", "Fixtures/forms/plain-table.docx", "Fixtures/forms/tagged-1.docx", "--map", setup.map, "--yes"])
        #expect(run.status == 21, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("Fixtures/forms/plain-table.docx: posted as entry"), "Lotte Bakker's form, by her full name")
        #expect(run.stdout.contains("""
            Fixtures/forms/tagged-1.docx: not posted:
              the form is of student 'Noor el Amrani, 2087741', you are logged in as 'Lotte Bakker (lbakker)': a student posts their own forms only
            """), "\(run.stdout)")
        #expect(setup.fake.entries.map(\.journal) == [72])
        #expect(setup.fake.requests.contains("GET /users/0/"))
    }

    @Test func postingAsATeacherFindsEachStudentsJournalOrSaysWhyNot() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        try await setup.login("docent")
        let run = try await setup.run(["ejournal", "post", "--as", "teacher", "--yes", "--map", setup.map,
                                       "Fixtures/forms/tagged-1.docx", "Fixtures/forms/plain-table.docx", "Fixtures/forms/plain-grid.docx"])
        #expect(run.status == 21, "\(run.stdout)\(run.stderr)")
        let journals = Set(setup.fake.entries.map(\.journal))
        #expect(journals == [71, 72], "Noor by student number (username), Lotte by full name")
        #expect(run.stdout.contains("Fixtures/forms/plain-grid.docx: not posted:\n  no journal of the assignment has student 'Mees Jansen, 1998877' as author"))
        #expect(setup.fake.bodies.allSatisfy { $0["title"] == "Feedbackformulier" && $0["journals"]?.contains("\"published\":false") == true })
    }

    @Test func namesakesAreNeverGuessed() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        // Two journals by a Noor el Amrani, neither with the form's student number as username.
        setup.fake.state.withLock { state in
            state.users[0].username = "namrani"
            state.journals[0].authors = ["namrani"]
            state.users[1].fullName = "Noor el Amrani"
        }
        try await setup.login("docent")
        let run = try await setup.run(["ejournal", "post", "--as", "teacher", "--map", setup.map, "Fixtures/forms/tagged-1.docx"])
        #expect(run.status == 21)
        #expect(run.stdout.contains("several journals fit student 'Noor el Amrani, 2087741' (71, 72): none chosen"), "\(run.stdout)")
    }

    @Test func aRefusalIsSaidWithEJournalsDescriptionAndTheRestGoOn() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        setup.fake.state.withLock { $0.refusing[71] = "The assignment is locked, entries can no longer be edited/changed." }
        try await setup.login("docent")
        let run = try await setup.run(["ejournal", "post", "--as", "teacher", "--yes", "--map", setup.map,
                                       "Fixtures/forms/tagged-1.docx", "Fixtures/forms/plain-table.docx"])
        #expect(run.status == 21)
        #expect(run.stdout.contains(
            "Fixtures/forms/tagged-1.docx: not posted: eJournal refused the entry: «The assignment is locked, entries can no longer be edited/changed.»"))
        #expect(run.stdout.contains("Fixtures/forms/plain-table.docx: posted as teacher entry"))
        #expect(setup.fake.entries.map(\.journal) == [72])
    }

    @Test func anExpiredAccessTokenIsRefreshedAndKept() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        try await setup.login()
        let before = try String(contentsOfFile: setup.loginFile, encoding: .utf8)
        setup.fake.expireAccessTokens()
        let run = try await setup.run(["ejournal", "fields", "--assignment", "12"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(setup.fake.requests.contains("POST /token/refresh/"))
        #expect(try String(contentsOfFile: setup.loginFile, encoding: .utf8) != before, "the new access token is kept for the next run")
        // A refresh token that expired too: log in again.
        setup.fake.state.withLock { $0.refresh = [:]; $0.access = [:] }
        let expired = try await setup.run(["ejournal", "fields", "--assignment", "12"])
        #expect(expired.status == 22)
        #expect(expired.stderr.contains("log in again with 'docxforms ejournal login'"))
    }

    @Test func aTokenFromTheEnvironmentNeedsNoLogin() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        setup.fake.state.withLock { $0.access["given-token"] = "2087741" }
        let run = try await setup.run(["ejournal", "fields", "--assignment", "12"], environment: ["EJOURNAL_TOKEN": "given-token"])
        #expect(run.status == 0, "\(run.stderr)")
        let none = try await setup.run(["ejournal", "fields", "--assignment", "12"])
        #expect(none.status == 22 && none.stderr.contains("not logged in"))
    }

    @Test func anArchivedTemplateIsDetectedWithTheCure() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        try await setup.login()
        let newID = setup.fake.editTemplate(56)
        let run = try await setup.run(["ejournal", "post", "Fixtures/forms/tagged-1.docx", "--map", setup.map, "--yes"])
        #expect(run.status == 16)
        #expect(run.stderr.contains("template 56 is not (or no longer) available in assignment 12"))
        #expect(run.stderr.contains("'docxforms ejournal map init'") && run.stderr.contains("\(newID) 'Feedbackformulier'"))
        #expect(setup.fake.entries.isEmpty)
    }

    @Test func aMapThatDoesNotFitTheLiveTemplateIsRefusedWithItsLine() async throws {
        let setup = try await Setup()
        defer { setup.finish() }
        try await setup.login()
        var text = try String(contentsOfFile: setup.map, encoding: .utf8)
        text = text.replacingOccurrences(of: "voldaan: Voldaan,", with: "voldaan: voldaan,")
        try text.write(toFile: setup.map, atomically: true, encoding: .utf8)
        let run = try await setup.run(["ejournal", "post", "Fixtures/forms/tagged-1.docx", "--map", setup.map])
        #expect(run.status == 16)
        #expect(run.stderr.contains("map.yaml:20: 'voldaan' is not an option of field Oordeel – Afstemmen (104) (exactly, case and spaces too)"),
                "\(run.stderr)")
        // Field 101 (required) left out of the map, and 102 mapped as text though eJournal has a date there.
        let other = try write(setup, """
            course_id: 3
            assignment_id: 12
            template_id: 56
            fields:
              - {id: 102, type: text, value: date}
              - {id: 104, type: selection, value: outcomes.afstemmen.judgement, options: {voldaan: Voldaan}}
            """)
        let unfit = try await setup.run(["ejournal", "post", "Fixtures/forms/tagged-1.docx", "--map", other])
        #expect(unfit.status == 16)
        #expect(unfit.stderr.contains("other.yaml:5: field Datum (102) has type 'd' in eJournal, the map says 'text'"), "\(unfit.stderr)")
        #expect(unfit.stderr.contains("other.yaml: required field Naam student (101) is not in the map: eJournal would refuse every form"))
        #expect(setup.fake.requests.allSatisfy { !$0.hasPrefix("POST /entries") })
        let preset = try await setup.run(["ejournal", "post", "Fixtures/forms/tagged-1.docx", "--map",
                                          try write(setup, "template_id: 57\ncourse_id: 3\nassignment_id: 12\nfields:\n  - {id: 111, type: text, value: school}\n")])
        #expect(preset.status == 16 && preset.stderr.contains("template 57 is for deadlines and teachers only"))
    }

    /// The stand-in refuses what eJournal refuses, with its words: so the tests above
    /// prove that docxforms never sends these.
    @Test func theStandInRefusesAsEJournalDoes() {
        let template = FakeEJournal.standard().state.withLock { $0.templates[0] }
        var content: [String: Any] = ["101": "Noor", "102": "2026-01-20", "104": "Voldaan"]
        #expect(FakeEJournal.checkFields(template, content) == nil)
        content["102"] = "2026-02-31"
        #expect(FakeEJournal.checkFields(template, content) == "day is out of range for month")
        content["102"] = "31-2-2026"
        #expect(FakeEJournal.checkFields(template, content) == "time data '31-2-2026' does not match format '%Y-%m-%d'")
        content["102"] = "2026-01-20"
        content["104"] = "voldaan"
        #expect(FakeEJournal.checkFields(template, content) == "Selected option is not in the given options.")
        content["104"] = ""
        #expect(FakeEJournal.checkFields(template, content) == "Missing required field: Oordeel – Afstemmen (104)", "\"\" counts as absent")
        content["104"] = "Voldaan"
        content["999"] = "x"
        #expect(FakeEJournal.checkFields(template, content) == "Passed field is not from template.")
    }

    private func write(_ setup: Setup, _ text: String) throws -> String {
        let path = setup.home.appendingPathComponent("other.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
#endif
