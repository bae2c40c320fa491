import Foundation
import Messages
import TestSupport
import Testing

/// Every command, run in Dutch and in English (by --lang and by the locale),
/// says everything a person reads in that language only: no word of the
/// other in its messages, diagnostics, reports, CSV headers or summaries.
/// (ArgumentParser's own words around a usage error, "Error:" and "Usage:",
/// and --help are English whatever the language.)
/// The message of Fixtures/bad/legacy.doc's error, without its path.
private enum DocxErrorMessage {
    static func legacy(_ language: Language) -> String { Texts.Reading.legacyDoc(language) }
}

@Suite struct OneLanguageTests {
    /// A folder as staff hand it over: a form, a .doc, a PDF, a note, a broken file.
    private func mixedFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docxforms-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (fixture, name) in [("wild/values-with-extras.docx", "a.docx"), ("bad/legacy.doc", "b.doc"), ("bad/truncated.docx", "e.docx")] {
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Fixtures/\(fixture)"), to: dir.appendingPathComponent(name))
        }
        try Data("%PDF-1.7\n".utf8).write(to: dir.appendingPathComponent("c.pdf"))
        try Data("notes".utf8).write(to: dir.appendingPathComponent("d.txt"))
        return dir
    }

    /// What a person reads in an output: the `message` values of JSON (diagnostics,
    /// errors, findings), or the whole text of anything else.
    private func readable(_ output: String) -> [String] {
        let trimmed = output.trimmingCharacters(in: .whitespacesAndNewlines)
        let whole = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8))
        let lines = whole != nil ? [] : trimmed.split(separator: "\n").map(String.init)
        var texts: [String] = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, inner) in object where key != "messageEnglish" {
                    if key == "message", let text = inner as? String {
                        texts.append(text)
                    } else if key == "message", let text = (inner as? [String: Any])?["text"] as? String {
                        texts.append(text)   // SARIF
                    } else {
                        collect(inner)
                    }
                }
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        for line in lines {
            // A GitHub workflow command: `::error file=…,title=…::message`; the command word is the protocol's.
            if line.hasPrefix("::"), let end = line.dropFirst(2).range(of: "::") {
                texts.append(String(line[end.upperBound...]))
                continue
            }
            if let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) { collect(json) } else if !line.isEmpty { texts.append(line) }
        }
        if let whole { collect(whole) }
        return texts
    }

    private func expectOneLanguage(_ run: Run, _ language: Language, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for text in readable(run.stdout) + readable(run.stderr) {
            let foreign = LanguageCheck.foreignWords(in: text, for: language)
            #expect(foreign.isEmpty, "\(what) (\(language)): \(foreign) in \(text.prefix(300))", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: Language.allCases)
    func everyCommandSpeaksOneLanguage(language: Language) throws {
        let dir = try mixedFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lang = ["--lang", language.rawValue]
        let wild = "Fixtures/wild/values-with-extras.docx", template = dir.appendingPathComponent("sub/t.docx").path
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let runs: [(String, Run)] = [
            ("convert", try docxforms(["convert", wild, "Fixtures/bad/empty.docx"] + lang)),
            ("convert csv", try docxforms(["convert", "--format", "csv", wild, "Fixtures/bad/legacy.doc"] + lang)),
            ("extract", try docxforms(["extract", "--format", "ndjson", dir.path] + lang)),
            ("extract empty", try docxforms(["extract", dir.appendingPathComponent("none").path] + lang)),
            ("validate", try docxforms(["validate", wild, dir.appendingPathComponent("e.docx").path] + lang)),
            ("validate json", try docxforms(["validate", "--format", "json", wild] + lang)),
            ("validate github", try docxforms(["validate", "--format", "github", wild] + lang)),
            ("validate sarif", try docxforms(["validate", "--format", "sarif", wild] + lang)),
            ("validate rules", try docxforms(["validate", "--list-rules"] + lang)),
            ("template", try docxforms(["template", "-o", template] + lang)),
            ("validate template", try docxforms(["validate", "--template", template] + lang)),
            ("dump", try docxforms(["dump", "Fixtures/docx/databinding.docx"] + lang)),
            ("plugins error", try docxforms(["plugins", "--plugins", dir.path + "/nowhere"] + lang)),
            ("settings error", try docxforms(["validate", "--config", dir.appendingPathComponent("d.txt").path, wild] + lang)),
            ("write error", try docxforms(["convert", "-o", "/nonexistent/out.json", wild] + lang)),
        ]
        for (what, run) in runs {
            // A CSV's cells hold the form's own text: its header and the error row speak the language.
            let shown = what == "convert csv"
                ? Run(status: run.status, stdout: run.stdout.split(separator: "\r\n").first.map(String.init) ?? "", stderr: run.stderr) : run
            expectOneLanguage(shown, language, what)
        }
        let csvError = try #require(runs[1].1.stdout.split(separator: "\r\n").last)
        #expect(csvError.hasSuffix(DocxErrorMessage.legacy(language)), "the CSV's error row speaks the language")
        // The locale chooses the same language when --lang is not given.
        let byLocale = try docxforms(["extract", "--format", "ndjson", dir.path], locale: language == .nl ? "nl_NL.UTF-8" : "en_US.UTF-8")
        expectOneLanguage(byLocale, language, "extract by locale")
        #expect(byLocale.stdout == runs[2].1.stdout)
    }

    /// The listings for people speak the language in their own words.
    @Test(arguments: Language.allCases)
    func listingsUseTheLanguagesWords(language: Language) throws {
        let other: Language = language == .nl ? .en : .nl
        let catalogue = try docxforms(["catalogue", "--lang", language.rawValue]).stdout
        for phrase in [Texts.Listing.skills, Texts.Listing.trajectories, Texts.Listing.moments, Texts.Listing.indicative] {
            #expect(catalogue.contains(phrase(language)) && !catalogue.contains(phrase(other)))
        }
        let plugins = try docxforms(["plugins", "--lang", language.rawValue]).stdout
        #expect(plugins.contains("[\(Texts.Listing.builtIn(language))]") && plugins.contains("\(Texts.Listing.aliases(language)):"))
    }

    /// Nothing is skipped in silence: every file of a folder is converted, reported as failed with
    /// what to do, or counted as skipped; an empty selection has its own exit status.
    @Test func aFolderAccountsForEveryFile() throws {
        let dir = try mixedFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try docxforms(["extract", "--format", "ndjson", dir.path])
        let entries = run.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(entries.map { (($0?["source"] as? String) ?? "").split(separator: "/").last.map(String.init) } == ["a.docx", "b.doc", "c.pdf", "e.docx"])
        let codes = entries.dropFirst().map { ($0?["error"] as? [String: Any])?["code"] as? String }
        #expect(codes == ["legacy-doc", "other-format", "damaged-zip"])
        #expect(run.stderr.contains("c.pdf: this is a PDF file, not a .docx. Open the form in Word and save it as .docx."))
        #expect(run.stderr.contains("4 files, 1 form, 3 failed, 1 skipped (no form)"))
        #expect(run.status == 2, "three files failed in different ways")
        let empty = try docxforms(["extract", dir.appendingPathComponent("none").path, "--lang", "nl"])
        let folder = dir.appendingPathComponent("leeg")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let nothing = try docxforms(["extract", folder.path])
        #expect(nothing.status == 20 && nothing.stderr.contains("nothing to read") && nothing.stdout.isEmpty)
        #expect(empty.status == 3, "a path that is not there is a file that cannot be read")
    }
}

/// README's exit-status table is the code's (`Messages.ExitStatus`): every status, its
/// meaning and its HTTP status, in order, nothing more.
@Suite struct ExitStatusTableTests {
    @Test func readmesTableIsTheCodes() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "\n## Exit statuses\n").dropFirst().first?.components(separatedBy: "\n## ").first)
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.first(where: \.isNumber) != nil && !$0.hasPrefix("|---") }
            .map { $0.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
        let documented = rows.map { (Int32($0[1]) ?? -1, $0[2], Int($0[3])) }
        let code = Messages.ExitStatus.allCases.map { ($0.rawValue, $0.meaning.en, $0.httpStatus) }
        #expect(documented.map(\.0) == code.map(\.0), "README lists the statuses of the code, in order")
        for (row, status) in zip(documented, code) {
            #expect(row.1 == status.1, "exit \(status.0): README says \(row.1)")
            #expect(row.2 == status.2, "exit \(status.0): HTTP \(String(describing: row.2)) in README")
        }
    }
}

/// The small promises of the command line, each once broken.
@Suite struct ContractTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docxforms-contract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aFailedSingleConvertLeavesNoOutputFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.json")
        let run = try docxforms(["convert", "nope.docx", "-o", out.path])
        #expect(run.status == 3 && run.stderr.contains("nope.docx: cannot read the file (no such file or directory)."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty, "no out.json holding the error")
    }

    @Test(arguments: [("conver", "nl_NL.UTF-8", "Bedoel je ‘docxforms convert’?"), ("extrct", "en_GB.UTF-8", "Did you mean 'docxforms extract'?"),
                      ("valdate", "en_GB.UTF-8", "Did you mean 'docxforms validate'?"), ("xyz", "en_GB.UTF-8", "`docxforms --help` lists the commands.")])
    func aMistypedCommandGetsASuggestion(typed: String, locale: String, suggestion: String) throws {
        let run = try docxforms([typed, "x.docx"], locale: locale)
        #expect(run.status == 64 && run.stderr.hasSuffix(suggestion + "\n"), "\(run.stderr)")
    }

    /// The key from a file or the environment; on the command line it works but warns.
    @Test func thePseudonymisationKeyStaysOutOfTheProcessList() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let key = dir.appendingPathComponent("key")
        try "geheim\n".write(to: key, atomically: true, encoding: .utf8)
        let form = "Fixtures/forms/tagged-1.docx"
        let byFlag = try docxforms(["convert", form, "--format", "ndjson", "--pseudonymise", "geheim"])
        let byFile = try docxforms(["convert", form, "--format", "ndjson", "--pseudonymise-key-file", key.path])
        #expect(byFlag.stderr.contains("warning: a key on the command line shows in the process table"))
        #expect(byFile.stderr.isEmpty && byFile.stdout == byFlag.stdout, "the file's line break is no part of the key")
        #expect(!byFile.stdout.contains("Noor el Amrani") && byFile.stdout.contains("p-"))
        let process = Process()
        process.executableURL = executable
        process.arguments = ["convert", form, "--format", "ndjson"]
        process.currentDirectoryURL = repositoryRoot
        process.environment = ProcessInfo.processInfo.environment.merging(["DOCXFORMS_PSEUDONYM_KEY": "geheim"]) { $1 }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let byEnvironment = String(decoding: readAll(out), as: UTF8.self)
        process.waitUntilExit()
        #expect(byEnvironment == byFlag.stdout)
        let both = try docxforms(["convert", form, "--pseudonymise", "a", "--pseudonymise-key-file", key.path])
        #expect(both.status == 64)
    }

    @Test func maxUploadTakesSizesLikeTheOtherLimits() throws {
        let tooSmall = try docxforms(["serve", "--max-upload", "20", "--port", "0"])
        #expect(tooSmall.status == 64 && tooSmall.stderr.contains("--max-upload must be from 1 to 1048576 KiB"))
        #expect(try docxforms(["serve", "--max-upload", "nonsense"]).status == 64)
        #expect(try docxforms(["serve", "--help"]).stdout.contains("--max-upload <size>"))
    }

    @Test func completionsCompleteFilesAndSubjectCodes() throws {
        let bash = try docxforms(["--generate-completion-script", "bash"]).stdout
        #expect(bash.contains("AK") && bash.contains("NE") && bash.contains("WI"), "subject codes for --subject")
        let zsh = try docxforms(["--generate-completion-script", "zsh"]).stdout
        for option in ["--output", "--map", "--config", "--plugins", "--pseudonymise-key-file"] {
            let line = zsh.split(separator: "\n").first { $0.contains("\(option)[") || $0.contains("\(option)}'[") }
            #expect(line.map { $0.contains("_files") } == true, "\(option) completes files: \(line ?? "none")")
        }
    }
}

/// The progress bar shows on a terminal, never on the terminal the output is written to.
@Suite struct ProgressBarTests {
    @Test func theBarOnlyWhenTheOutputIsNotOnTheTerminal() throws {
        let run = try python("""
            import os, pty, subprocess, sys, threading
            def run(stdout_tty):
                master, slave = pty.openpty()
                seen = []
                def drain():
                    while True:
                        try:
                            chunk = os.read(master, 65536)
                        except OSError:
                            return
                        if not chunk: return
                        seen.append(chunk)
                reader = threading.Thread(target=drain)
                reader.start()
                out = slave if stdout_tty else subprocess.DEVNULL
                p = subprocess.Popen([sys.argv[1], "extract", "--format", "ndjson", "Fixtures/forms"], stdout=out, stderr=slave, cwd=sys.argv[2])
                p.wait()
                os.close(slave)
                reader.join(timeout=10)
                os.close(master)
                return b"\\r[" in b"".join(seen)
            print(run(stdout_tty=True), run(stdout_tty=False))
            """, [executable.path, repositoryRoot.path])
        #expect(run.stdout == "False True\n", "\(run.stderr)")
    }
}

/// README's first screen tells each of the three readers where to start.
@Suite struct ReadmeFirstScreenTests {
    @Test func theFirstScreenNamesWhereEachReaderStarts() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let first = readme.split(separator: "\n", omittingEmptySubsequences: false).prefix(30).joined(separator: "\n")
        for start in ["**student**", "docxforms serve", "**staff**", "docxforms extract", "**template maintainer**", "docxforms validate --template"] {
            #expect(first.contains(start), "\(start)")
        }
        #expect(readme.contains("## Contents"))
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        let students = lines.firstIndex { $0.hasPrefix("## For students") } ?? lines.count
        #expect(students < 100, "the section students need starts near the top (line \(students + 1))")
    }
}
