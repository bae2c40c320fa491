import Foundation
import Testing

/// Runs the built `docxforms` binary, as a user would.
struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// The repository root, found from this file's path.
let repositoryRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url
}()

/// The executable sits beside the test bundle in the build products folder.
let executable: URL = {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    while url.pathComponents.count > 1 {
        let candidate = url.deletingLastPathComponent().appendingPathComponent("docxforms")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        url.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: "docxforms")
}()

/// Runs docxforms; `locale` is its LC_ALL (English unless a test asks for
/// another, so that the tests of behaviour read one language; nil for none).
func docxforms(_ arguments: [String], stdin: Data? = nil, locale: String? = "en_GB.UTF-8",
               environment extra: [String: String] = [:]) throws -> Run {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    for name in ["LC_ALL", "LC_MESSAGES", "LANG", "EJOURNAL_URL", "EJOURNAL_TOKEN"] { environment[name] = nil }
    environment["LC_ALL"] = locale
    environment.merge(extra) { $1 }
    process.environment = environment
    process.currentDirectoryURL = repositoryRoot
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let outData = readAll(out), errData = readAll(err)
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
               stderr: String(decoding: errData, as: UTF8.self))
}

/// Everything a pipe gives until its writers close it. Foundation's
/// `readDataToEndOfFile()` traps when a read is interrupted by a signal
/// (EINTR); this reads again instead.
func readAll(_ pipe: Pipe) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(pipe.fileHandleForReading.fileDescriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            data.append(contentsOf: buffer[..<count])
        } else if count < 0 && errno == EINTR {
            continue
        } else {
            return data
        }
    }
}

/// Compares with a golden file; `RECORD_GOLDENS=1 swift test` rewrites it and
/// fails on purpose, so that a new baseline is always reviewed in git.
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = repositoryRoot.appendingPathComponent("Fixtures/expected/\(name)")
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(name); review the diff and run again without RECORD_GOLDENS", sourceLocation: sourceLocation)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "dump differs from Fixtures/expected/\(name)", sourceLocation: sourceLocation)
}

let fixtureNames = ["paragraphs", "tables", "controls", "formfields", "revisions", "textboxes", "databinding",
                    "alternate-main", "strict", "utf16", "python-docx", "libreoffice"]

@Suite struct DumpCommandTests {
    @Test(arguments: fixtureNames)
    func jsonDumpMatchesItsGolden(name: String) throws {
        let run = try docxforms(["dump", "Fixtures/docx/\(name).docx"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        try expectGolden(run.stdout, "\(name).json")
    }

    @Test(arguments: fixtureNames)
    func textDumpMatchesItsGolden(name: String) throws {
        let run = try docxforms(["dump", "--text", "Fixtures/docx/\(name).docx"])
        #expect(run.status == 0)
        try expectGolden(run.stdout, "\(name).txt")
    }

    @Test func jsonHasTheContractKeys() throws {
        let run = try docxforms(["dump", "Fixtures/docx/controls.docx"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        for key in ["blocks", "controls", "formFields", "comments", "trackedChanges", "diagnostics"] {
            #expect(json[key] != nil, "\(key)")
        }
        let controls = try #require(json["controls"] as? [[String: Any]])
        let checkbox = try #require(controls.first { $0["tag"] as? String == "ind.2" })
        #expect(checkbox["kind"] as? String == "checkbox" && checkbox["checked"] as? Bool == false)
        let placeholder = try #require(controls.first { $0["tag"] as? String == "student.number" })
        #expect(placeholder["value"] is NSNull)
    }

    @Test func standardInputIsReadForADash() throws {
        let bytes = try Data(contentsOf: repositoryRoot.appendingPathComponent("Fixtures/docx/strict.docx"))
        let run = try docxforms(["dump", "--text", "-"], stdin: bytes)
        #expect(run.status == 0 && run.stdout == "Strikt\nwaarde\n")
    }

    @Test func severalFilesGiveOneJSONObjectPerLine() throws {
        let run = try docxforms(["dump", "Fixtures/docx/strict.docx", "Fixtures/bad/empty.docx", "Fixtures/docx/utf16.docx"])
        #expect(run.status == 4, "the one failed file's own status")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") })
        #expect(run.stderr.contains("Fixtures/bad/empty.docx: the file is empty"))
    }
}

@Suite struct ExitCodeTests {
    static let cases: [(String, Int32)] = [
        ("bad/empty.docx", 4), ("bad/not-a-zip.docx", 5), ("bad/word2003.xml.doc", 5), ("bad/truncated.docx", 6),
        ("bad/crc-error.docx", 7), ("bad/encrypted.docx", 8), ("bad/legacy.doc", 9), ("bad/spreadsheet.docx", 10),
        ("bad/missing-main.docx", 11), ("bad/malformed.docx", 12), ("bad/doctype.docx", 13), ("bad/bomb.docx", 14),
        ("bad/nonexistent.docx", 3),
    ]

    @Test(arguments: cases)
    func eachFailureHasItsExitCodeAndNamesTheFile(file: String, status: Int32) throws {
        let run = try docxforms(["dump", "Fixtures/\(file)"])
        #expect(run.status == status)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("docxforms: Fixtures/\(file): "))
    }

    @Test func limitFlagsRaiseTheLimits() throws {
        let run = try docxforms(["dump", "--text", "--max-part-size", "128MiB", "--max-ratio", "5000", "--max-text-size", "100MiB",
                                 "Fixtures/bad/bomb.docx"])
        #expect(run.status == 0 && run.stdout == "bom\n")
    }

    @Test func usageErrorsUseTheirOwnCode() throws {
        let run = try docxforms(["dump", "--max-part-size", "lots", "x.docx"])
        #expect(run.status == 64)
    }
}

@Suite struct CatalogueCommandTests {
    @Test func jsonHasTheContractKeysAndEveryIndicator() throws {
        let run = try docxforms(["catalogue", "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let outcomes = try #require(json["outcomes"] as? [[String: Any]])
        #expect(outcomes.map { $0["id"] as? String } == ["positief-leerklimaat", "afstemmen", "leerstof-verwerken", "ict", "ppi"])
        let indicators = outcomes.flatMap { ($0["dimensions"] as? [[String: Any]] ?? []).flatMap { $0["indicators"] as? [[String: Any]] ?? [] } }
        #expect(indicators.count == 106)
        #expect(indicators.allSatisfy { $0["id"] is String && $0["text"] is String && $0["assessable"] is Bool })
        let skills = try #require(json["skills"] as? [[String: Any]])
        #expect(skills.count == 14 && skills.allSatisfy { ($0["phases"] as? [Any])?.count == 3 })
    }

    @Test func textListsOutcomesDimensionsAndIndicators() throws {
        let run = try docxforms(["catalogue"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Leerstof verwerken [leerstof-verwerken]"))
        #expect(run.stdout.contains("Differentiatie – indicatief (niet om te beoordelen) [leerstof-verwerken.differentiatie] (indicative, not assessed)"))
        #expect(run.stdout.contains("    3. Je activeert leerlingen aan het begin van de les"))
    }
}

@Suite struct TemplateCommandTests {
    private func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("docxforms-\(UUID().uuidString)").appendingPathComponent(name)
    }

    @Test func writesAFormThatReadsBackClean() throws {
        let out = temporary("form.docx")
        try FileManager.default.createDirectory(at: out.deletingLastPathComponent(), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let run = try docxforms(["template", "--subject", "NE", "-o", out.path])
        #expect(run.status == 0 && run.stderr == "docxforms: wrote \(out.path)\n")
        let dump = try docxforms(["dump", out.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        #expect((json["controls"] as? [Any])?.count == 200 + 3 * 2)
        #expect((json["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test func anUnknownSubjectIsAUsageError() throws {
        let run = try docxforms(["template", "--subject", "XX", "-o", temporary("x.docx").path])
        #expect(run.status == 64 && run.stderr.contains("unknown subject 'XX'"))
    }

    @Test func anUnwritablePlaceIsAClearError() throws {
        let run = try docxforms(["template", "-o", "/nonexistent-folder/form.docx"])
        #expect(run.status == 15 && run.stderr.contains("/nonexistent-folder/form.docx: cannot write the output"))
    }

    /// LibreOffice must open the template: it converts it to PDF (skipped where LibreOffice is absent).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice"), "LibreOffice is installed"))
    func libreOfficeOpensTheTemplate() throws {
        let folder = temporary("")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let form = folder.appendingPathComponent("form.docx")
        #expect(try docxforms(["template", "-o", form.path]).status == 0)
        let soffice = Process()
        soffice.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
        soffice.arguments = ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "pdf",
                             "--outdir", folder.path, form.path]
        soffice.standardOutput = Pipe()
        soffice.standardError = Pipe()
        try soffice.run()
        soffice.waitUntilExit()
        let pdf = try Data(contentsOf: folder.appendingPathComponent("form.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        #expect(pdf.count > 20_000)
    }
}

@Suite struct ConvertCommandTests {
    @Test func oneFormGivesOneRecordWithTheContractKeys() throws {
        let run = try docxforms(["convert", "Fixtures/forms/tagged-1.docx"])
        #expect(run.status == 0 && run.stderr.isEmpty)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let student = try #require(record["student"] as? [String: Any])
        #expect(student["name"] as? String == "Noor el Amrani")
        #expect((record["subject"] as? [String: Any])?["code"] as? String == "NE")
        #expect(record["moment"] as? String == "eindbeoordeling" && record["date"] as? String == "2026-01-20")
        let outcomes = try #require(record["outcomes"] as? [[String: Any]])
        #expect(outcomes.prefix(5).map { $0["judgement"] is NSNull ? "null" : $0["judgement"] as? String } == ["voldaan", "voldaan", "niet-voldaan", "null", "null"])
        #expect(outcomes.dropFirst(5).map { $0["id"] as? String } == ["ne.didactiek-taalvaardigheid", "ne.didactiek-taalbeschouwing", "ne.onderzoek-leergang"])
        let indicator = try #require((outcomes[0]["indicators"] as? [[String: Any]])?.first)
        #expect(Set(indicator.keys) == ["id", "text", "seen"])
        for key in ["skills", "diagnostics", "sources", "schemaVersion"] { #expect(record[key] != nil, "\(key)") }
    }

    @Test func aBadFileIsReportedInTheOutputAndTheRunGoesOn() throws {
        let run = try docxforms(["convert", "Fixtures/forms/tagged-2.docx", "Fixtures/bad/legacy.doc"])
        #expect(run.status == 9, "the one failed file's own status")
        #expect(run.stderr.contains("Fixtures/bad/legacy.doc: this is a Word 97-2003 .doc file"))
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 2)
        #expect((entries[1]["error"] as? [String: Any])?["code"] as? String == "legacy-doc")
    }

    @Test func csvHasARowPerOutcomeAndGoesToAFileWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docxforms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("records.csv")
        let run = try docxforms(["convert", "--format", "csv", "-o", out.path, "Fixtures/forms/tagged-1.docx", "Fixtures/forms/plain-table.docx"])
        #expect(run.status == 0 && run.stdout.isEmpty)
        let csv = try String(contentsOf: out, encoding: .utf8)
        // NE adds three subject outcomes, WI four.
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1 + (5 + 3) + (5 + 4))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["records.csv"])
    }

    @Test func anUnwritableOutputIsExitCode15() throws {
        let run = try docxforms(["convert", "-o", "/nonexistent-folder/out.json", "Fixtures/forms/tagged-2.docx"])
        #expect(run.status == 15 && run.stderr.contains("/nonexistent-folder/out.json: cannot write the output"))
    }
}

@Suite struct PluginsCommandTests {
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docxforms-plugins-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    @Test func jsonListsEveryPluginWithItsOutcomes() throws {
        let run = try docxforms(["plugins", "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let plugins = try #require(json["plugins"] as? [[String: Any]])
        #expect(plugins.map { $0["code"] as? String } == ["AK", "BI", "DU/FR", "EC", "EN", "GS", "NA/SK", "NE", "WI"])
        #expect(plugins.allSatisfy { $0["source"] as? String == "built-in" && $0["aliases"] is [String] })
        let outcome = try #require((plugins[7]["outcomes"] as? [[String: Any]])?.first)
        #expect(outcome["id"] as? String == "ne.didactiek-taalvaardigheid" && outcome["ects"] as? Int == 10)
        #expect(outcome["starred"] as? Bool == false && outcome["role"] as? String == "feedback")
    }

    @Test func aPluginFolderAddsASubjectForEveryCommand() throws {
        let dir = try folder(["mu.yaml": "code: MU\nname: Muziek\noutcomes:\n  - id: mu.muziekdidactiek\n    name: Muziekdidactiek\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let listed = try docxforms(["plugins", "--plugins", dir.path])
        #expect(listed.stdout.contains("MU  Muziek  [\(dir.path)/mu.yaml]"))
        let form = dir.appendingPathComponent("mu.docx")
        #expect(try docxforms(["template", "--subject", "MU", "--plugins", dir.path, "-o", form.path]).status == 0)
        let converted = try docxforms(["convert", "--plugins", dir.path, form.path])
        #expect(converted.stdout.contains("\"id\": \"mu.muziekdidactiek\""))
    }

    @Test func anInvalidPluginFileStopsTheRunNamingFileAndLine() throws {
        let dir = try folder(["bad.yaml": "code: XX\nnaam: Typo\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try docxforms(["plugins", "--plugins", dir.path])
        #expect(run.status == 16)
        #expect(run.stderr.contains("\(dir.path)/bad.yaml:2:1: unknown key 'naam'"))
    }
}

/// Python with the jsonschema package, where the machine has it.
let pythonHasJSONSchema: Bool = {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import jsonschema"]
    p.standardError = Pipe()
    do { try p.run() } catch { return false }
    p.waitUntilExit()
    return p.terminationStatus == 0
}()

/// Runs a Python snippet with arguments; returns its exit status and output.
func python(_ code: String, _ arguments: [String]) throws -> Run {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", code] + arguments
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = readAll(out), e = readAll(err)
    p.waitUntilExit()
    return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
}

@Suite struct ExtractCommandTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docxforms-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func copy(_ fixture: String, to url: URL) throws {
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent(fixture), to: url)
    }

    @Test func aThousandFormsWithACorruptOneAmongThem() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for i in 0..<1000 { try copy("Fixtures/forms/tagged-2.docx", to: dir.appendingPathComponent(String(format: "form-%04d.docx", i))) }
        try copy("Fixtures/bad/truncated.docx", to: dir.appendingPathComponent("form-0500-broken.docx"))
        let run = try docxforms(["extract", dir.path, "--format", "ndjson", "--jobs", "2"])
        #expect(run.status == 6, "the one failed file's own status, as convert gives it")
        #expect(run.stderr.contains("form-0500-broken.docx: the zip archive is damaged or truncated"))
        #expect(run.stderr.contains("1001 files, 1000 forms, 1 failed"))
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1001)
        // "form-0500-broken" sorts before "form-0500.docx".
        #expect(lines[500].contains("\"error\":{\"code\":\"damaged-zip\""))
        #expect(lines.filter { $0.contains("\"student\":{\"name\":\"Daan Vermeulen\"") }.count == 1000)
    }

    /// Different forms, many times the workers' window, so that any slip in
    /// the order (or a slot reused too early) shows.
    @Test func theOutputIsTheSameWhateverTheNumberOfJobs() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let forms = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Fixtures/forms").path)
            .filter { $0.hasSuffix(".docx") }.sorted()
        for round in 0..<8 {
            for form in forms { try copy("Fixtures/forms/\(form)", to: dir.appendingPathComponent("\(round)-\(form)")) }
        }
        try copy("Fixtures/bad/crc-error.docx", to: dir.appendingPathComponent("3-crc.docx"))
        let runs = try ["1", "2", "3"].map { try docxforms(["extract", dir.path, "--format", "ndjson", "--jobs", $0]) }
        #expect(runs.allSatisfy { $0.status == 7 })
        #expect(runs[0].stdout == runs[1].stdout && runs[0].stdout == runs[2].stdout)
        let lines = runs[0].stdout.split(separator: "\n")
        #expect(lines.count == 8 * forms.count + 1)
        #expect(lines.map { $0.contains("\"error\":{") } == (try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map { $0 == "3-crc.docx" }))
    }

    /// A write that fails while the workers are busy ends the run with exit 15
    /// and the message, without hanging or crashing.
    @Test func anOutputThatFailsMidwayStopsTheWorkers() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for i in 0..<40 { try copy("Fixtures/forms/tagged-2.docx", to: dir.appendingPathComponent("form-\(i).docx")) }
        func run(_ language: String) throws -> (status: Int32, message: String) {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["extract", dir.path, "--format", "json", "--jobs", "2", "--lang", language]
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
            let err = Pipe()
            process.standardError = err
            try process.run()
            let message = String(decoding: readAll(err), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, message)
        }
        let english = try run("en")
        #expect(english.status == 15)
        #expect(english.message.contains("standard output: cannot write the output (no space left on device)"))
        // Standard output is named in the run's language too.
        let dutch = try run("nl")
        #expect(dutch.status == 15)
        #expect(dutch.message.contains("standaarduitvoer: de uitvoer kan niet geschreven worden ("), "\(dutch.message)")
    }

    @Test func lockFilesAndHiddenFilesAreSkippedAndSubfoldersNeedR() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try copy("Fixtures/forms/tagged-1.docx", to: dir.appendingPathComponent("a.docx"))
        try copy("Fixtures/forms/tagged-1.docx", to: dir.appendingPathComponent("~$a.docx"))
        try copy("Fixtures/forms/tagged-1.docx", to: dir.appendingPathComponent(".hidden.docx"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try copy("Fixtures/forms/tagged-2.docx", to: dir.appendingPathComponent("sub/b.docx"))
        #expect(try docxforms(["extract", dir.path, "--format", "ndjson"]).stdout.split(separator: "\n").count == 1)
        #expect(try docxforms(["extract", "-r", dir.path, "--format", "ndjson"]).stdout.split(separator: "\n").count == 2)
    }

    @Test(.enabled(if: pythonHasJSONSchema, "python3 with jsonschema"))
    func jsonOutputValidatesAgainstTheSchema() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = dir.appendingPathComponent("schema.json"), records = dir.appendingPathComponent("records.json")
        try docxforms(["schema"]).stdout.write(to: schema, atomically: true, encoding: .utf8)
        #expect(try docxforms(["extract", "-r", "Fixtures/forms", "Fixtures/bad/empty.docx", "-o", records.path]).status == 4)
        let check = try python("""
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            records = json.load(open(sys.argv[2]))
            for record in records: jsonschema.validate(record, schema, cls=jsonschema.Draft202012Validator)
            print(len(records))
            """, [schema.path, records.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "7\n")
    }

    @Test func csvReadsBackWithPythonsCSVModule() throws {
        let run = try docxforms(["extract", "Fixtures/forms/tagged-1.docx", "Fixtures/bad/empty.docx", "--format", "csv", "--delimiter", ";", "--bom",
                                 "--header", "keys"])
        #expect(run.status == 4)
        #expect(run.stdout.hasPrefix("\u{FEFF}source;student_name;"))
        let check = try python("""
            import csv, sys
            rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''), delimiter=';'))
            print(len(rows), {len(row) for row in rows}, rows[1][8], repr(rows[1][15]))
            print(rows[-1][0], rows[-1][-1].startswith('Fixtures/bad/empty.docx: '), set(rows[-1][1:-1]))
            """, [try write(run.stdout, "records.csv")])
        #expect(check.stdout == """
            10 {22} Creëren van positief leerklimaat 'In 3H werk ik met een vaste start: de lesdoelen op het bord en een korte opdracht.\\nDe klas komt sneller tot rust.'
            Fixtures/bad/empty.docx True {''}

            """, "\(check.stderr)")
    }

    /// LibreOffice Calc opens the CSV: converted to .xlsx, accents and line breaks intact.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/lib/libreoffice/program/libsclo.so"), "LibreOffice Calc is installed"))
    func libreOfficeCalcOpensTheCSV() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("records.csv")
        #expect(try docxforms(["extract", "Fixtures/forms/tagged-1.docx", "--format", "csv", "-o", csv.path]).status == 0)
        let soffice = Process()
        soffice.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
        soffice.arguments = ["-env:UserInstallation=file://\(dir.path)/profile", "--headless", "--infilter=CSV:44,34,76,1",
                             "--convert-to", "xlsx", "--outdir", dir.path, csv.path]
        soffice.standardOutput = Pipe()
        soffice.standardError = Pipe()
        try soffice.run()
        soffice.waitUntilExit()
        let check = try python("""
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            strings = z.read('xl/sharedStrings.xml').decode('utf-8')
            print('Creëren van positief leerklimaat' in strings, 'korte opdracht.\\nDe klas' in strings or 'korte opdracht.&#10;De klas' in strings)
            """, [dir.appendingPathComponent("records.xlsx").path])
        #expect(check.stdout == "True True\n", "\(check.stderr)")
    }

    @Test func eJournalPayloadsFollowTheMapOnePerLine() throws {
        let run = try docxforms(["extract", "Fixtures/forms/tagged-1.docx", "Fixtures/bad/empty.docx",
                                 "--format", "ejournal", "--map", "Fixtures/ejournal/map.yaml"])
        #expect(run.status == 4)
        #expect(run.stderr.contains("Fixtures/bad/empty.docx: "), "the failed file is said on standard error, not among the payloads")
        #expect(!run.stderr.contains("left out"), "tagged-1 gives every mapped value")
        let partial = try docxforms(["extract", "Fixtures/forms/tagged-2.docx", "--format", "ejournal", "--map", "Fixtures/ejournal/map.yaml"])
        #expect(partial.status == 0)
        #expect(partial.stderr.contains("Fixtures/forms/tagged-2.docx: field 104 (outcomes.afstemmen.judgement) left out: the form gives no sure value there: "),
                "each value left out is said, beside its file")
        #expect(!partial.stdout.contains("\"104\""))
        let check = try python("""
            import json, sys
            lines = [json.loads(line) for line in open(sys.argv[1], encoding='utf-8')]
            entry = lines[0]
            print(sorted(entry), repr(entry['template_id']))
            print(entry['content']['101'], entry['content']['102'], entry['content']['103'], entry['content']['104'])
            print(entry['content']['105'].startswith('<p>Analyseert toetsgegevens'), len(lines), entry['source'])
            """, [try write(run.stdout, "entries.ndjson")])
        #expect(check.stdout == """
            ['content', 'source', 'template_id'] 56
            Noor el Amrani 2026-01-20 Eindbeoordeling Voldaan
            True 1 Fixtures/forms/tagged-1.docx

            """, "\(check.stderr)")
    }

    @Test func pseudonymsReplaceNamesInEveryFormat() throws {
        for format in ["json", "ndjson", "csv", "ejournal"] {
            let map = format == "ejournal" ? ["--map", "Fixtures/ejournal/map.yaml"] : []
            let run = try docxforms(["extract", "Fixtures/forms/tagged-1.docx", "--format", format, "--pseudonymise", "geheim"] + map)
            #expect(!run.stdout.contains("Noor el Amrani") && !run.stdout.contains("2087741") && !run.stdout.contains("Verbeek"), "\(format)")
            #expect(run.stdout.contains("p-"), "\(format)")
        }
    }

    @Test func anInterruptedOrFailedRunLeavesNoOutputFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("records.json")
        let run = try docxforms(["extract", "Fixtures/forms/tagged-1.docx", "--format", "ejournal", "--map", "/nonexistent.yaml", "-o", out.path])
        #expect(run.status == 16)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    private func write(_ text: String, _ name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docxforms-\(UUID().uuidString)-\(name)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}

@Suite struct InputsUntouchedTests {
    /// Every command that reads forms leaves them as they were: same bytes,
    /// same modification time, read-only files still readable.
    @Test func readingNeverModifiesTheInput() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docxforms-untouched-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [URL] = []
        for name in ["forms/tagged-1.docx", "forms/plain-table.docx", "bad/crc-error.docx"] {
            let url = dir.appendingPathComponent(name.replacingOccurrences(of: "/", with: "-"))
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Fixtures/\(name)"), to: url)
            // Read-only, as a form mailed in often is: reading needs no more.
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: url.path)
            files.append(url)
        }
        func state() throws -> [(Data, Date?)] {
            try files.map { (try Data(contentsOf: $0), try FileManager.default.attributesOfItem(atPath: $0.path)[.modificationDate] as? Date) }
        }
        let before = try state()
        let paths = files.map(\.path)
        // The CRC error is exit 7 from every command that reads the file.
        #expect(try docxforms(["convert"] + paths).status == 7)
        #expect(try docxforms(["extract", "--format", "csv", dir.path]).status == 7)
        #expect(try docxforms(["dump", "--text"] + paths).status == 7)
        #expect(try docxforms(["validate"] + paths).status == 7)
        let after = try state()
        #expect(before.map(\.0) == after.map(\.0))
        #expect(before.map(\.1) == after.map(\.1))
    }
}

@Suite struct ServeCommandTests {
    @Test func helpNamesTheAPIAndTheLimits() throws {
        let run = try docxforms(["serve", "--help"])
        #expect(run.status == 0)
        for text in ["POST /api/convert", "POST /api/validate", "--max-upload", "--timeout", "--max-connections", "nothing is"] {
            #expect(run.stdout.contains(text), "\(text)")
        }
    }

    /// One server listens (its start line names the port it was given), a
    /// second on the same port is refused with exit 17, and the first stops
    /// cleanly on SIGTERM.
    @Test func aTakenPortIsRefusedAndSIGTERMStopsTheServer() throws {
        let first = Process()
        first.executableURL = executable
        first.arguments = ["serve", "--port", "0", "--lang", "en"]
        let err = Pipe()
        first.standardError = err
        try first.run()
        defer { if first.isRunning { first.terminate() } }
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        let port = try #require(text.split(separator: ":").last.flatMap { Int($0.prefix(while: \.isNumber)) }, "\(text)")
        #expect(text.hasPrefix("docxforms: serving the form page on http://127.0.0.1:\(port)/"))
        let health = try python("import urllib.request, sys; print(urllib.request.urlopen(sys.argv[1]).read().decode(), end='')",
                                ["http://127.0.0.1:\(port)/healthz"])
        #expect(health.stdout == "ok\n", "GET /healthz for monitors")
        let second = try docxforms(["serve", "--port", "\(port)"])
        #expect(second.status == 17)
        #expect(second.stderr == "docxforms: cannot listen on 127.0.0.1:\(port) (address already in use); choose another --port or --host.\n")
        first.terminate()
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let log = String(decoding: readAll(err), as: UTF8.self)
        #expect(log.contains("docxforms: GET /healthz 200 3 "), "an access line per request: \(log)")
    }

    @Test func settingsOutOfRangeAreUsageErrorsBeforeAnythingListens() throws {
        for (flag, value) in [("--port", "70000"), ("--max-upload", "0"), ("--timeout", "0"), ("--max-connections", "0")] {
            let run = try docxforms(["serve", flag, value])
            #expect(run.status == 64, "\(flag)")
            #expect(run.stderr.contains(flag), "\(flag)")
        }
    }
}
