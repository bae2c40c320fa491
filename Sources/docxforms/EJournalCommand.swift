#if EJournalPosting
import ArgumentParser
import EJournal
import EJournalClient
import FeedbackForm
import Foundation
import Messages
import YAMLFiles
#if canImport(Glibc)
import Glibc
#endif

extension DocxForms {
    /// `docxforms ejournal`: into the eJournal portfolio, for real.
    struct EJournalCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ejournal",
            abstract: "Post forms to eJournal: log in, see an assignment's templates, write a map, post.",
            discussion: """
                The way in: 'login' once (the tokens are kept in your configuration folder, \
                readable by you only; the password is never kept), 'fields' to see an \
                assignment's templates and their fields, 'map init' to write a map of record \
                values to fields (check it), then 'post' forms with it: a dry run first, --yes to \
                post. Each form is posted once: receipts beside the map say what went in. The \
                address of eJournal's API comes from --server, EJOURNAL_URL or the login; a token \
                may come from EJOURNAL_TOKEN instead of a login. Nothing is sent anywhere else.
                """,
            subcommands: [Login.self, Fields.self, MapCommand.self, Post.self])
    }
}

/// Which eJournal, and as whom: the options every `ejournal` command but `login` shares.
struct ServerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The address of eJournal's API (default: $EJOURNAL_URL, else the login's).", valueName: "url"))
    var server: String?

    @OptionGroup var language: LanguageOption

    /// The conversation: a token from `EJOURNAL_TOKEN`, else the saved login (refreshed tokens are kept).
    func session() throws -> EJournalSession {
        let environment = ProcessInfo.processInfo.environment
        let file = LoginFile.path(environment: environment)
        let saved = LoginFile.read(file)
        guard let address = server ?? environment["EJOURNAL_URL"].flatMap({ $0.isEmpty ? nil : $0 }) ?? saved?.server else {
            Speech.report(Texts.EJournal.noServer)
            throw ExitCode(.usage)
        }
        let url = try ServerOptions.normalised(address)
        if let token = environment["EJOURNAL_TOKEN"], !token.isEmpty {
            return EJournalSession(login: EJournalLogin(server: url, access: token, refresh: nil))
        }
        guard let saved, saved.server == url else {
            Speech.report(Texts.EJournal.notLoggedIn)
            throw ExitCode(.eJournalUnavailable)
        }
        return EJournalSession(login: saved) { renewed in _ = LoginFile.write(renewed, to: file) }
    }

    /// An https address (http only to this computer: a stand-in, a tunnel) without its trailing slash.
    static func normalised(_ address: String) throws -> String {
        let loopback = ["http://127.0.0.1", "http://localhost", "http://[::1]"].contains { prefix in
            address == prefix || address.hasPrefix(prefix + ":") || address.hasPrefix(prefix + "/")
        }
        guard address.hasPrefix("https://") || loopback else {
            Speech.report(Texts.EJournal.serverNotHTTPS(address))
            throw ExitCode(.usage)
        }
        return address.hasSuffix("/") ? String(address.dropLast()) : address
    }
}

extension EJournalError {
    /// Said on standard error; the run ends with exit 22.
    func stop() -> ExitCode {
        Speech.report(message)
        return ExitCode(.eJournalUnavailable)
    }
}

extension DocxForms.EJournalCommand {
    /// `docxforms ejournal login`.
    struct Login: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "login",
            abstract: "Log in to eJournal and keep the tokens for the next commands.",
            discussion: """
                Asks for the username (unless --username) and the password (not shown; from \
                standard input when it is no terminal, one line). The password is sent to eJournal \
                only, never kept, never on the command line. The tokens go to \
                $XDG_CONFIG_HOME/docxforms/ejournal-login.json (else ~/.config/...), mode 0600; \
                the access token lasts two hours and is refreshed for two days, then log in again.
                """)

        @Option(help: ArgumentHelp("The address of eJournal's API (default: $EJOURNAL_URL).", valueName: "url"))
        var server: String?

        @Option(help: ArgumentHelp("Your eJournal username (default: asked).", valueName: "name"))
        var username: String?

        @OptionGroup var language: LanguageOption

        func run() async throws {
            guard let address = server ?? ProcessInfo.processInfo.environment["EJOURNAL_URL"].flatMap({ $0.isEmpty ? nil : $0 }) else {
                Speech.report(Texts.EJournal.noServer)
                throw ExitCode(.usage)
            }
            let url = try ServerOptions.normalised(address)
            let user = try username ?? Prompt.line(Texts.EJournal.usernamePrompt(Speech.language), hidden: false)
            let password = try Prompt.line(Texts.EJournal.passwordPrompt(Speech.language), hidden: true)
            guard !password.isEmpty else {
                Speech.report(Texts.EJournal.noPassword)
                throw ExitCode(.usage)
            }
            let login: EJournalLogin
            do { login = try await EJournalSession.logIn(server: url, username: user, password: password) } catch { throw error.stop() }
            let file = LoginFile.path(environment: ProcessInfo.processInfo.environment)
            guard LoginFile.write(login, to: file) else {
                Speech.report(Texts.EJournal.loginFileUnwritable(file))
                throw ExitCode(.outputNotWritable)
            }
            Speech.report(Texts.EJournal.loggedIn(url, user: user, file: file))
        }
    }

    /// `docxforms ejournal fields`.
    struct Fields: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fields",
            abstract: "List an assignment's entry templates and their fields (ids, types, options).",
            discussion: """
                One template per paragraph: its id and name, then per field its id, type (t text, \
                rt rich text, d date, s selection, ...), whether it is required, its title and, for \
                a selection, its options exactly as eJournal compares them.
                """)

        @Option(help: ArgumentHelp("The assignment's id (in eJournal's address of the assignment).", valueName: "id"))
        var assignment: Int

        @OptionGroup var server: ServerOptions

        func run() async throws {
            let session = try server.session()
            let templates: [EJournalTemplate]
            do { templates = try await session.templates(assignment: assignment) } catch { throw error.stop() }
            let language = Speech.language
            var text = ""
            for template in templates {
                text += Texts.EJournal.templateLine(template.id, name: template.name, presetOnly: template.presetOnly)(language) + "\n"
                for field in template.fields.sorted(by: { $0.location < $1.location }) {
                    let required = (field.required ? Texts.EJournal.requiredWord : Texts.EJournal.optionalWord)(language)
                    let options = field.options.isEmpty ? "" : "  [" + field.options.joined(separator: " | ") + "]"
                    text += "  \(field.id)\t\(field.type)\t\(required)\t\(field.title)\(options)\n"
                }
                text += "\n"
            }
            StandardOutput().write(text)
        }
    }

    /// `docxforms ejournal map`.
    struct MapCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "map", abstract: "Write a map of record values to a template's fields.", subcommands: [Init.self])

        /// `docxforms ejournal map init`.
        struct Init: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "init",
                abstract: "Write a map skeleton from a live template, its fields matched to record values by title.",
                discussion: """
                    Fields whose title is one of the form's labels ("Naam student", "Datum", \
                    "Oordeel – Afstemmen"...) are filled in, selections with the options that mean \
                    each record value; the rest is written as comments saying why. Check the map, \
                    then try it with 'post' (a dry run).
                    """)

            @Option(help: ArgumentHelp("The course's id.", valueName: "id"))
            var course: Int
            @Option(help: ArgumentHelp("The assignment's id.", valueName: "id"))
            var assignment: Int
            @Option(help: ArgumentHelp("The template's id (default: the assignment's only template a student can post with).", valueName: "id"))
            var template: Int?
            @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write the map (default: standard output).", valueName: "file"),
                    completion: .file(extensions: ["yaml"]))
            var output: String?

            @OptionGroup var server: ServerOptions

            func run() async throws {
                let session = try server.session()
                let templates: [EJournalTemplate]
                do { templates = try await session.templates(assignment: assignment) } catch { throw error.stop() }
                let postable = templates.filter { !$0.presetOnly }
                let chosen = template.map { id in templates.first { $0.id == id } } ?? (postable.count == 1 ? postable.first : nil)
                guard let chosen else {
                    Speech.report(Texts.EJournal.chooseTemplate(templates.map { ($0.id, $0.name) }))
                    throw ExitCode(.usage)
                }
                let text = EJournalMap.skeleton(template: chosen, courseID: course, assignmentID: assignment,
                                                catalogue: .handbook2025, language: Speech.language)
                let sink = try OutputSink(path: output)
                try sink.write(text)
                try sink.finish()
                if let output { Speech.report(Texts.Commands.wrote(output)) }
            }
        }
    }
}

/// Asking the person at the terminal.
enum Prompt {
    /// One line: from the terminal (echo off when `hidden`), else from standard input.
    static func line(_ prompt: String, hidden: Bool) throws -> String {
        let terminal = isatty(0) == 1
        if terminal { FileDescriptorWriter.write(prompt, to: 2) }
        var saved = termios()
        let quiet = terminal && hidden && tcgetattr(0, &saved) == 0
        if quiet {
            var silent = saved
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(0, TCSANOW, &silent)
        }
        defer {
            if quiet {
                tcsetattr(0, TCSANOW, &saved)
                FileDescriptorWriter.write("\n", to: 2)
            }
        }
        guard let line = readLine(strippingNewline: true) else { return "" }
        return line
    }
}
#endif
