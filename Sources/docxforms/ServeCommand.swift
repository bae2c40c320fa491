import ArgumentParser
import Messages
import WebService

extension DocxForms {
    /// `docxforms serve`: the web page for students.
    struct ServeCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Start the local web page: drop a form, see its record and what is missing.",
            discussion: """
                Open the address it prints in a browser. The page (in Dutch, or English by the \
                browser's language or its switch) shows what the record understood of a form \
                (student, moment, each outcome with judgement, feedback and the indicators marked \
                seen), what could not be read for sure next to the field concerned, beside the \
                validation findings, and \
                downloads the record as JSON or CSV. The same as an API (the form in the \
                multipart field 'file'):
                  POST /api/convert    the record; ?format=csv (&layout=indicator) for CSV
                  POST /api/validate   the findings, as validate --format json
                  GET  /healthz        "ok", for monitors
                Both answer in the language of ?lang=nl|en, else of Accept-Language.
                A file that is no .docx, too large or broken gets a 4xx answer with the message \
                the command line gives. Forms are read in memory and forgotten: nothing is \
                stored. Each request is logged as one line on standard error (method, path, \
                status, size, duration; never a file name or form content; --no-access-log \
                for none). Ctrl-C or SIGTERM stops the server.
                """)

        @Option(help: "The address to listen on. Keep the default (this computer only) unless others must reach it.")
        var host = "127.0.0.1"

        @Option(help: "The port to listen on (0: any free port; the one chosen is printed).")
        var port = 8080

        @Option(name: .customLong("max-upload"), help: ArgumentHelp("The largest upload accepted (e.g. 20MiB, 512k).", valueName: "size"))
        var maxUpload = ByteCount(20 << 20)

        @Option(help: ArgumentHelp("How long one request may take, upload included, in seconds.", valueName: "seconds"))
        var timeout = 30

        @Option(name: .customLong("max-connections"), help: ArgumentHelp("How many connections are served at once.", valueName: "n"))
        var maxConnections = 16

        @Flag(name: .customLong("no-access-log"),
              help: "Write no access line per request on standard error (method, path, status, size, duration; never a file name).")
        var noAccessLog = false

        @OptionGroup var limits: LimitOptions
        @OptionGroup var plugins: PluginOptions
        @OptionGroup var language: LanguageOption

        func validate() throws {
            guard (0...65535).contains(port) else { throw Speech.usage(Texts.Commands.between("--port", 0, 65535)) }
            guard (1 << 10...1 << 30).contains(maxUpload.bytes) else {
                throw Speech.usage(Texts.Commands.between("--max-upload", 1, 1 << 20, unit: .verbatim("KiB")))
            }
            guard (1...3600).contains(timeout) else { throw Speech.usage(Texts.Commands.between("--timeout", 1, 3600, unit: Texts.Commands.seconds)) }
            guard (1...1024).contains(maxConnections) else { throw Speech.usage(Texts.Commands.between("--max-connections", 1, 1024)) }
        }

        func run() async throws {
            var settings = WebServer.Settings()
            settings.host = host
            settings.port = port
            settings.maxUpload = maxUpload.bytes
            settings.timeout = .seconds(timeout)
            settings.maxConnections = maxConnections
            if !noAccessLog { settings.accessLog = { FileDescriptorWriter.write("docxforms: \($0)\n", to: 2) } }
            let server = WebServer(service: FormService(plugins: try plugins.load(), limits: limits.limits), settings: settings)
            let local = ["127.0.0.1", "localhost", "::1"].contains(host)
            do {
                try await server.run { host, port in
                    let shown = host.contains(":") ? "[\(host)]" : host
                    Speech.report(Texts.Commands.serving("http://\(shown):\(port)/"))
                    if !local { Speech.report(Texts.Commands.servingOpenly(host)) }
                }
            } catch let error as CannotListen {
                Speech.report(error.message)
                throw ExitCode(.cannotListen)
            }
        }
    }
}
