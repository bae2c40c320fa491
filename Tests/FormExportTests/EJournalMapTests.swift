import Foundation
import Testing
import FeedbackForm
import Messages
@testable import EJournal
import YAMLFiles

@Suite struct EJournalMapTests {
    private let mapText = """
        journal_id: 1234
        template_id: 56
        fields:
          - {id: 101, type: text, value: student.name}
          - {id: 102, type: date, value: date}
          - {id: 103, type: selection, value: outcomes.afstemmen.judgement, options: {voldaan: Voldaan}}
          - {id: 104, type: rich_text, value: outcomes.afstemmen.feedback}
          - {id: 105, type: rich_text, value: outcomes.afstemmen.indicatorsSeen}
          - {id: 106, type: text, value: outcomes.afstemmen.confidence}
          - {id: 107, type: text, value: school}
        """

    private func record(judgement: String = "voldaan") -> FormRecord {
        var record = FormRecord(source: "form.docx")
        record.student.name = "Noor el Amrani"
        record.date = "20-1-2026"
        var outcome = OutcomeRecord(id: "afstemmen", name: "Afstemmen op de lerende")
        outcome.judgement = judgement
        outcome.confidence = false
        outcome.feedback = "Goed <b>voorbereid</b> & rustig.\n\nVolgende keer: tempo."
        outcome.indicators = [IndicatorRecord(id: "a", text: "Stemt af", seen: true),
                              IndicatorRecord(id: "b", text: "Differentieert", seen: false),
                              IndicatorRecord(id: "c", text: "Evalueert", seen: true)]
        record.outcomes = [outcome]
        return record
    }

    @Test func anEntryFillsEachFieldByItsType() throws {
        let map = try EJournalMap.parse(mapText, file: "map.yaml")
        let payload = map.payload(for: record())
        let entry = payload.entry
        #expect(payload.leftOut.map(\.field.id) == [107] && payload.leftOut[0].reason == .noValue(nil))
        #expect(entry.journalID == 1234)
        #expect(entry.templateID == 56)
        #expect(entry.source == "form.docx", "a script can tell whose line it posts")
        #expect(entry.content["101"] == "Noor el Amrani")
        #expect(entry.content["102"] == "2026-01-20")
        #expect(entry.content["103"] == "Voldaan")
        #expect(entry.content["104"] == "<p>Goed &lt;b&gt;voorbereid&lt;/b&gt; &amp; rustig.</p><p>Volgende keer: tempo.</p>")
        #expect(entry.content["105"] == "<p>Stemt af</p><p>Evalueert</p>")
        #expect(entry.content["106"] == "nee")
    }

    @Test func idsAreJSONNumbersAndTheLineNamesItsForm() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let entry = EJournalMap.Entry(source: "a.docx", journalID: 1234, templateID: 56, content: ["101": "x"])
        #expect(String(decoding: try encoder.encode(entry), as: UTF8.self)
                == #"{"content":{"101":"x"},"journal_id":1234,"source":"a.docx","template_id":56}"#)
    }

    /// eJournal counts "" as absent and refuses it on a required field: empty values are left out, rich text too.
    @Test func emptyValuesAreLeftOut() throws {
        let map = try EJournalMap.parse(mapText, file: "map.yaml")
        var r = record()
        r.student.name = "  "
        r.outcomes[0].feedback = "\n\n"
        for i in r.outcomes[0].indicators.indices { r.outcomes[0].indicators[i].seen = false }
        let payload = map.payload(for: r)
        let entry = payload.entry
        #expect(entry.content["101"] == nil && entry.content["104"] == nil && entry.content["105"] == nil)
        #expect(entry.content.values.allSatisfy { !$0.isEmpty })
        #expect(Set(payload.leftOut.map(\.field.id)) == [101, 104, 105, 107], "each value left out is said")
        #expect(payload.leftOut.allSatisfy { $0.reason == .noValue(nil) })
    }

    @Test func absentValuesAndUnmappedOptionsAreLeftOut() throws {
        let map = try EJournalMap.parse(mapText, file: "map.yaml")
        let payload = map.payload(for: record(judgement: "niet-voldaan"))
        let entry = payload.entry
        #expect(entry.content["103"] == nil, "a value the map has no option for is not guessed")
        #expect(entry.content["107"] == nil, "the record has no school")
        #expect(entry.content.count == 5)
        #expect(payload.leftOut.first { $0.field.id == 103 }?.reason == .noOption("niet-voldaan"))
        #expect(payload.leftOut.first { $0.field.id == 103 }?.message.en
                == "field 103 (outcomes.afstemmen.judgement) left out: the map names no option for 'niet-voldaan' (never the nearest)")
    }

    /// "deels voldaan" is no option: the record's judgement is null with a diagnostic, and the payload says that diagnostic.
    @Test func aValueLeftOutCarriesTheRecordsReason() throws {
        let map = try EJournalMap.parse(mapText, file: "map.yaml")
        var r = record()
        r.outcomes[0].judgement = nil
        let facts = DiagnosticFacts(field: FieldName("het oordeel", "the judgement"), quotes: ["deels voldaan"])
        r.diagnostics = [FormDiagnostic(.judgementNotAnOption, where: "outcomes.afstemmen.judgement", facts: facts)]
        let leftOut = try #require(map.payload(for: r).leftOut.first { $0.field.id == 103 })
        #expect(leftOut.reason == .noValue(r.diagnostics[0].message))
        #expect(leftOut.message.en.hasPrefix("field 103 (outcomes.afstemmen.judgement) left out: the form gives no sure value there: "))
        #expect(leftOut.message.en.contains("deels voldaan"))
        #expect(map.payload(for: r).entry.content["103"] == nil, "never the nearest option")
    }

    /// "31-2-2026" is no day: eJournal would refuse the whole entry, so the date is left out and said.
    @Test func aDateThatIsNoDayIsLeftOutAndSaid() throws {
        let map = try EJournalMap.parse(mapText, file: "map.yaml")
        var r = record()
        r.date = "31-2-2026"
        let payload = map.payload(for: r)
        #expect(payload.entry.content["102"] == nil)
        #expect(payload.leftOut.first { $0.field.id == 102 }?.reason == .notADate("31-2-2026"))
    }

    @Test func theMapNamesCourseAssignmentAndTitle() throws {
        let map = try EJournalMap.parse("""
            course_id: 3
            assignment_id: 12
            template_id: 56
            title: moment
            fields:
              - {id: 101, type: text, value: student.name}
            """, file: "map.yaml")
        #expect(map.courseID == 3 && map.assignmentID == 12 && map.journalID == nil && map.title == "moment")
        #expect(map.fields[0].line == 6, "a field knows its line, for messages against the live template")
        var r = record()
        r.moment = "tussenevaluatie"
        #expect(map.payload(for: r).title == "tussenevaluatie")
        #expect(map.payload(for: r).entry.journalID == nil)
    }

    @Test func theBundledExampleMapParses() throws {
        let file = "Fixtures/ejournal/map.yaml"
        let map = try EJournalMap.parse(try String(contentsOfFile: file, encoding: .utf8), file: file)
        #expect(map.fields.map(\.type) == [.text, .date, .selection, .selection, .richText])
        #expect(map.courseID == 3 && map.assignmentID == 12 && map.templateID == 56 && map.journalID == nil)
    }

    @Test(arguments: [
        ("journal_id: 1\ntemplate_id: 2\nfields: []\n", 3, "'fields' must be a non-empty list"),
        ("journal_id: 1\ntemplate_id: 2\nfields:\n  - {id: 1, type: number, value: date}\n", 4, "'type' must be one of"),
        ("journal_id: 1\ntemplate_id: 2\nfields:\n  - {id: 1, type: text, value: student.age}\n", 4, "'value' must be a record value"),
        ("journal_id: 1\ntemplate_id: 2\nfields:\n  - {id: 1, type: selection, value: moment}\n", 4, "needs 'options'"),
        ("journal_id: 1\ntemplate: 2\n", 2, "unknown key 'template'"),
        ("journal_id: 1\nfields:\n  - {id: 1, type: text, value: date}\n", 1, "'template_id' is required"),
        ("template_id: 2\nfields:\n  - {id: 1, type: text, value: date}\n  - {id: 1, type: text, value: school}\n", 4, "'id: 1' is given twice"),
        ("template_id: 2\ntitle: student.age\nfields:\n  - {id: 1, type: text, value: date}\n", 2, "'value' must be a record value"),
        ("template_id: 2\nassignment_id: opdracht\nfields:\n  - {id: 1, type: text, value: date}\n", 2, "'assignment_id' must be a whole number"),
        ("journal_id: [1\n", 2, "not valid YAML"),
        // eJournal's ids are numbers; its server fails (500) on anything else.
        ("journal_id: j-12\ntemplate_id: 2\nfields:\n  - {id: 1, type: text, value: date}\n", 1, "'journal_id' must be a whole number"),
        ("journal_id: 1\ntemplate_id: 2\nfields:\n  - {id: naam, type: text, value: date}\n", 4, "'id' must be a whole number"),
    ])
    func aBadMapNamesFileLineAndProblem(text: String, line: Int, problem: String) {
        #expect {
            _ = try EJournalMap.parse(text, file: "map.yaml")
        } throws: { error in
            guard let error = error as? EJournalMapError else { return false }
            return error.file == "map.yaml" && error.line == line && error.reason.en.contains(problem)
        }
    }
}
