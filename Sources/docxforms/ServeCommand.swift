import ArgumentParser
import WebService

extension DocxForms {
    /// `docxforms serve`: the web page for students.
    struct ServeCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Start the local web page: drop a form, see its record and what is missing.",
            discussion: """
                Open the address it prints in a browser. The page (in Dutch) shows what the \
                record understood of a form (student, moment, each outcome with judgement, \
                feedback and the indicators marked seen) beside the validation findings, and \
                downloads the record as JSON or CSV. The same as an API (the form in the \
                multipart field 'file'):
                  POST /api/convert    the record; ?format=csv (&layout=indicator) for CSV
                  POST /api/validate   the findings, as validate --format json
                A file that is no .docx, too large or broken gets a 4xx answer with the message \
                the command line gives. Forms are read in memory and forgotten: nothing is \
                stored and nothing is logged. Ctrl-C stops the server.
                """)

        @Option(help: "The address to listen on. Keep the default (this computer only) unless others must reach it.")
        var host = "127.0.0.1"

        @Option(help: "The port to listen on (0: any free port; the one chosen is printed).")
        var port = 8080

        @Option(name: .customLong("max-upload"), help: ArgumentHelp("The largest upload accepted, in MiB.", valueName: "MiB"))
        var maxUpload = 20

        @Option(help: ArgumentHelp("How long one request may take, upload included, in seconds.", valueName: "seconds"))
        var timeout = 30

        @Option(name: .customLong("max-connections"), help: ArgumentHelp("How many connections are served at once.", valueName: "n"))
        var maxConnections = 16

        @OptionGroup var limits: LimitOptions
        @OptionGroup var plugins: PluginOptions

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
            guard (1...1024).contains(maxUpload) else { throw ValidationError("--max-upload must be from 1 to 1024 MiB") }
            guard (1...3600).contains(timeout) else { throw ValidationError("--timeout must be from 1 to 3600 seconds") }
            guard (1...1024).contains(maxConnections) else { throw ValidationError("--max-connections must be from 1 to 1024") }
        }

        func run() async throws {
            var settings = WebServer.Settings()
            settings.host = host
            settings.port = port
            settings.maxUpload = maxUpload << 20
            settings.timeout = .seconds(timeout)
            settings.maxConnections = maxConnections
            let server = WebServer(service: FormService(plugins: try plugins.load(), limits: limits.limits), settings: settings)
            let local = ["127.0.0.1", "localhost", "::1"].contains(host)
            do {
                try await server.run { host, port in
                    let shown = host.contains(":") ? "[\(host)]" : host
                    FileDescriptorWriter.write("docxforms: serving the form page on http://\(shown):\(port)/ (Ctrl-C stops)\n", to: 2)
                    if !local {
                        FileDescriptorWriter.write("docxforms: warning: listening on \(host): others on the network can send forms to this page, over plain HTTP.\n", to: 2)
                    }
                }
            } catch let error as CannotListen {
                FileDescriptorWriter.write("docxforms: \(error)\n", to: 2)
                throw ExitCode(ServeCommand.cannotListen)
            }
        }

        /// The exit code when the address cannot be listened on (documented in README).
        static let cannotListen: Int32 = 17
    }
}
