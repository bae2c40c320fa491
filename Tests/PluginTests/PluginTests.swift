import Foundation
import Testing
import DocxWriter
import FeedbackForm
import PluginFiles
import YAMLFiles
import PluginRegistry
import ENPlugin

/// Fills controls of a model by tag, the way a person fills the form in Word.
func filled(_ blocks: NodeList<Block>, _ values: [String: String]) -> NodeList<Block> {
    NodeList(blocks.map { block in
        switch block {
        case .paragraph(var p): p.inlines = filled(p.inlines, values); return .paragraph(p)
        case .table(var t):
            t.items = NodeList(t.items.map { item in
                guard case .row(var row) = item else { return item }
                row.items = NodeList(row.items.map { cellItem in
                    guard case .cell(var cell) = cellItem else { return cellItem }
                    cell.blocks = filled(cell.blocks, values)
                    return .cell(cell)
                })
                return .row(row)
            })
            return .table(t)
        case .control(var c):
            if let tag = c.tag, let value = values[tag] {
                c.showingPlaceholder = false
                c.content = .blocks([.paragraph(Paragraph(inlines: [.run(Run(text: value))]))])
            }
            return .control(c)
        }
    })
}

func filled(_ inlines: NodeList<Inline>, _ values: [String: String]) -> NodeList<Inline> {
    NodeList(inlines.map { inline in
        guard case .control(var c) = inline, let tag = c.tag, let value = values[tag] else { return inline }
        c.showingPlaceholder = false
        c.content = .inlines([.run(Run(text: value))])
        return .control(c)
    })
}

/// A form of `plugin`'s subject, filled with `values`, written and read back.
func form(of plugin: any SubjectPlugin, _ values: [String: String], extra: [Block] = []) throws -> FormRecord {
    var document = FormTemplate(plugins: builtInPlugins, subject: plugin).document()
    let header = ["student.name": "Test Student", "moment": "Eindbeoordeling"]
    document.body = NodeList(filled(document.body, header.merging(values) { _, given in given }) + extra)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("docxforms-\(UUID().uuidString).docx").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try DocxWriter().write(document, to: path)
    return FormConverter(plugins: builtInPlugins).convert(try DocxReader().read(contentsOf: path), source: "form")
}

@Suite struct BuiltInPluginTests {
    static let codes = ["AK", "BI", "DU/FR", "EC", "EN", "GS", "NA/SK", "NE", "WI"]

    @Test func allNineSubjectGroupsHaveAPlugin() {
        #expect(builtInPlugins.map(\.subject.code) == BuiltInPluginTests.codes)
        #expect(builtInPlugins.allSatisfy { $0.subject.source == "built-in" })
    }

    /// Each plugin: a form of its subject converts, with the plugin's outcomes.
    @Test(arguments: codes)
    func aFormOfTheSubjectConverts(code: String) throws {
        let plugin = try #require(builtInPlugins.first { $0.subject.code == code })
        let subject = plugin.subject
        // Starred subjects: two outcomes addressed in year 2.
        let addressed = subject.outcomes.filter { $0.role != .none }.prefix(subject.outcomes.contains(where: \.starred) ? 2 : 10)
        var values = ["student.name": "Test Student \(code)"]
        for outcome in addressed {
            values["\(outcome.id).self-reflection"] = "Reflectie op \(outcome.name)."
            values["\(outcome.id).feedback"] = "Feedback op \(outcome.name)."
            if outcome.role == .assess { values["\(outcome.id).judgement"] = "voldaan" }
        }
        let record = try form(of: plugin, values)
        #expect(record.subject?.code == code)
        let ours = record.outcomes.filter { $0.subject == code }
        #expect(ours.map(\.id) == subject.outcomes.map(\.id))
        #expect(ours.map(\.ects) == subject.outcomes.map(\.ects))
        #expect(ours.map(\.role) == subject.outcomes.map(\.role.rawValue))
        for outcome in addressed {
            let read = try #require(ours.first { $0.id == outcome.id })
            #expect(read.selfReflection == "Reflectie op \(outcome.name).")
            #expect(read.feedback == "Feedback op \(outcome.name).")
            #expect(read.judgement == (outcome.role == .assess ? "voldaan" : nil))
        }
        // The form has no header filled in and no judgement on the general outcomes; nothing else is wanting.
        #expect(record.diagnostics.allSatisfy { [.headerNotFound, .judgementNotFound, .confidenceNotFound].contains($0.code) })
    }

    @Test func theHandbooksFactsAreThere() throws {
        func subject(_ code: String) -> Subject { builtInPlugins.first { $0.subject.code == code }!.subject }
        #expect(subject("BI").outcomes.allSatisfy { $0.role == .assess })
        #expect(subject("EN").outcomes.first { $0.name == "Teaching Grammar" }?.role == .assess)
        #expect(subject("NA/SK").outcomes.allSatisfy { $0.starred && $0.role == .feedback && $0.pilotRole == .assess })
        #expect(subject("WI").outcomes.allSatisfy(\.starred) && subject("WI").outcomes.count == 4)
        #expect(subject("NE").outcomes.first { $0.name == "Didactiek taalvaardigheid" }?.ects == 10)
        #expect(subject("DU/FR").isNamed("Duits") && subject("DU/FR").isNamed("frans"))
        #expect(["Natuurkunde", "Scheikunde", "NaSk"].allSatisfy(subject("NA/SK").isNamed))
        #expect(subject("AK").isNamed("aardrijkskunde") && subject("AK").isNamed("AK"))
    }

    @Test func aJudgementWhereTheSupervisorDoesNotJudgeIsADiagnostic() throws {
        let ne = builtInPlugins.first { $0.subject.code == "NE" }!
        var document = FormTemplate(plugins: builtInPlugins, subject: ne).document()
        document.body = NodeList(document.body + [.paragraph(Paragraph(inlines: [.run(Run(text: "Didactiek taalbeschouwing"))])),
                                                  .paragraph(Paragraph(inlines: [.run(Run(text: "Oordeel: niet voldaan"))]))])
        let record = FormConverter(plugins: builtInPlugins).convert(document, source: "x")
        #expect(record.diagnostics.contains { $0.severity == .warning && $0.where == "outcomes.ne.didactiek-taalbeschouwing.judgement" })
    }

    @Test func aPilotJudgementIsNotedNotWarned() throws {
        let nask = builtInPlugins.first { $0.subject.code == "NA/SK" }!
        let first = nask.subject.outcomes[0], second = nask.subject.outcomes[1]
        let record = try form(of: nask, ["\(first.id).judgement": "voldaan", "\(first.id).feedback": "Goed.", "\(second.id).feedback": "Ook."])
        #expect(record.diagnostics.filter { ![.headerNotFound, .judgementNotFound, .confidenceNotFound].contains($0.code) }.map(\.code)
                == [.judgementPilotOnly])
        #expect(record.diagnostics.first { $0.code == .judgementPilotOnly }?.severity == .info)
    }

    @Test func otherThanTwoStarredOutcomesIsADiagnostic() throws {
        let wi = builtInPlugins.first { $0.subject.code == "WI" }!
        let three = Dictionary(uniqueKeysWithValues: wi.subject.outcomes.prefix(3).map { ("\($0.id).feedback", "Gezien.") })
        let record = try form(of: wi, three)
        #expect(record.diagnostics.contains { $0.code == .starredCount && $0.facts.number == 3 })
        #expect(record.diagnostics.contains { $0.message.en.contains("3 starred subject outcomes are addressed") && $0.message.nl.contains("jaar 2 toont de student er 2") })
    }

    @Test func wiskundeObservationFormsAppearInTheRecord() throws {
        let wi = builtInPlugins.first { $0.subject.code == "WI" }!
        let observation: [Block] = [
            .paragraph(Paragraph(style: "Heading1", inlines: [.run(Run(text: "Observatieformulier les 3: algebra"))])),
            .paragraph(Paragraph(inlines: [.run(Run(text: "Instructie met het drieslagmodel; leerlingen werkten in tweetallen."))])),
            .paragraph(Paragraph(style: "Heading1", inlines: [.run(Run(text: "Bijlage"))])),
        ]
        let record = try form(of: wi, [:], extra: observation)
        #expect(record.sections.count == 1)
        #expect(record.sections.first?.kind == "observation-form")
        #expect(record.sections.first?.title == "Observatieformulier les 3: algebra")
        #expect(record.sections.first?.text == "Instructie met het drieslagmodel; leerlingen werkten in tweetallen.")
    }
}

extension BuiltInPluginTests {
    @Test func biologyPracticumReportsAppearInTheRecord() throws {
        let bi = builtInPlugins.first { $0.subject.code == "BI" }!
        let report: [Block] = [
            .paragraph(Paragraph(style: "Heading1", inlines: [.run(Run(text: "Practicumverslag: fotosynthese"))])),
            .paragraph(Paragraph(inlines: [.run(Run(text: "Veilig gewerkt; de nabespreking kan korter."))])),
        ]
        let record = try form(of: bi, [:], extra: report)
        #expect(record.sections.map(\.kind) == ["practicum"])
        #expect(record.sections.first?.text == "Veilig gewerkt; de nabespreking kan korter.")
    }
}

@Suite struct PluginFileTests {
    private func folder(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docxforms-plugins-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url.path
    }

    static let muziek = """
        # A tenth subject, stated without Swift.
        code: MU
        name: Muziek
        aliases: [Muziek, muziek, MU]
        headings: [Muziekdidactiek]
        outcomes:
          - id: mu.muziekdidactiek
            name: Muziekdidactiek
            ects: 5
            role: assess
          - id: mu.ensemblespel
            name: Ensemblespel in de klas
            starred: false
        """

    static let englishThisYear = """
        code: EN
        outcomes:
          - id: en.teaching-young-adult-fiction
            role: none
        """

    @Test func aFileAddsASubjectAndAnotherOverridesABuiltInRole() throws {
        let dir = try folder(["muziek.yaml": Self.muziek, "en.yml": Self.englishThisYear, "notes.txt": "not a plugin"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let plugins = try PluginFiles.load(dir, over: builtInPlugins)
        #expect(plugins.count == 10)
        let mu = try #require(plugins.last?.subject)
        #expect(mu.code == "MU" && mu.source.hasSuffix("muziek.yaml"))
        #expect(mu.outcomes.map(\.role) == [.assess, .feedback])
        #expect(mu.outcomes.map(\.ects) == [5, 5])
        let en = try #require(plugins.first { $0.subject.code == "EN" })
        #expect(en.subject.outcomes.first { $0.id == "en.teaching-young-adult-fiction" }?.role == SubjectRole.none)
        #expect(en.subject.outcomes.first { $0.id == "en.teaching-grammar" }?.role == .assess)
        #expect(en.subject.source.hasSuffix("en.yml"))
        #expect(en is ENPluginType)
    }

    @Test func aLoadedSubjectConvertsAndItsTemplateHasItsOutcomes() throws {
        let dir = try folder(["muziek.yaml": Self.muziek])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let plugins = try PluginFiles.load(dir, over: builtInPlugins)
        let mu = plugins.last!
        var document = FormTemplate(plugins: plugins, subject: mu).document()
        document.body = filled(document.body, ["subject": "Muziek", "mu.muziekdidactiek.judgement": "niet voldaan",
                                               "mu.muziekdidactiek.feedback": "Zingt voor, laat weinig zelf doen."])
        let record = FormConverter(plugins: plugins).convert(document, source: "mu")
        #expect(record.subject?.code == "MU")
        #expect(record.outcomes.first { $0.id == "mu.muziekdidactiek" }?.judgement == "niet-voldaan")
    }

    @Test(arguments: [
        ("code: XX\nname: X\noutcomes:\n  - id: xx.a\n    name: A\n    colour: red\n", 6, "unknown key 'colour'"),
        ("code: XX\nname: X\noutcomes:\n  - id: xx.a\n    name: A\n    role: judge\n", 6, "'role' must be one of assess, feedback, none"),
        ("name: Zonder code\n", 1, "'code' is required"),
        ("code: XX\nname: X\n", 1, "needs at least one outcome"),
        ("code: XX\nname: [unclosed\n", 3, "not valid YAML"),
        ("code: XX\nname: X\noutcomes:\n  - id: xx.a\n    ects: -5\n    name: A\n", 5, "'ects' must be a whole number above 0"),
    ])
    func anInvalidFileIsRefusedWithFileLineAndReason(text: String, line: Int, message: String) throws {
        let dir = try folder(["bad.yaml": text])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect {
            _ = try PluginFiles.load(dir, over: builtInPlugins)
        } throws: { error in
            let e = error as! PluginFileError
            return e.file.hasSuffix("bad.yaml") && e.line == line && e.reason.en.contains(message)
                && e.message(.en).hasPrefix(e.file + ":\(line)") && e.message(.nl).hasPrefix(e.file + ":\(line)")
        }
    }

    @Test func aMissingFolderIsAClearError() {
        #expect { _ = try PluginFiles.load("/nonexistent-plugins", over: []) } throws: {
            ($0 as? PluginFileError)?.message(.en).hasPrefix("/nonexistent-plugins: cannot open the plugin folder") == true
        }
    }
}

/// The override keeps the built-in plugin's behaviour (its Swift type).
typealias ENPluginType = ENPlugin
