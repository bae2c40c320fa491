import Foundation
import Testing
import FeedbackForm
@testable import FormExport
import Messages

@Suite struct CSVWriterTests {
    private func record() -> FormRecord {
        var record = FormRecord(source: "form.docx")
        record.student.name = "Sam \"de\" Vries"
        record.moment = "eindbeoordeling"
        var outcome = OutcomeRecord(id: "afstemmen", name: "Afstemmen op de lerende")
        outcome.judgement = "voldaan"
        outcome.confidence = true
        outcome.selfReflection = "Regel één;\nregel twee, met komma"
        outcome.feedback = "=SUM(A1)"
        outcome.indicators = [IndicatorRecord(id: "a", text: "x", seen: true), IndicatorRecord(id: nil, text: "y", seen: false)]
        record.outcomes = [outcome]
        return record
    }

    @Test func oneRowPerOutcomeWithQuotingAndNeutralisedFormulas() {
        let csv = CSVWriter(header: .keys).write([record()])
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == CSVWriter.columns(.long).joined(separator: ","))
        #expect(lines[1].hasPrefix(#"form.docx,"Sam ""de"" Vries",,,,eindbeoordeling,,afstemmen,Afstemmen op de lerende,,,voldaan,ja,a,2,"Regel één;"#))
        #expect(csv.contains(#"met komma",'=SUM(A1),,,,,"#))
    }

    /// The header speaks the chosen language, or gives the stable keys; never both.
    @Test(arguments: CSVWriter.Layout.allCases)
    func theHeaderIsInTheLanguageOrTheKeys(layout: CSVWriter.Layout) {
        let keys = CSVWriter(layout: layout, header: .keys).headerLine()
        let dutch = CSVWriter(layout: layout, language: .nl).headerLine()
        let english = CSVWriter(layout: layout, language: .en).headerLine()
        #expect(keys == CSVWriter.columns(layout).joined(separator: ",") + "\r\n")
        #expect(dutch.hasPrefix("Bestand,Naam student,Studentnummer,") && dutch.contains("Waarschuwingen,Fout"))
        #expect(english.hasPrefix("File,Student name,Student number,") && english.contains("Warnings,Error"))
        for key in CSVWriter.columns(layout) {
            #expect(Texts.Columns.header(key).nl != key && Texts.Columns.header(key).en != key, "\(key) has words in both languages")
        }
    }

    /// Which indicators were seen (by id), the three parts of formative feedback in their own columns.
    @Test func theLongLayoutSaysWhichIndicatorsAndLabelsTheThreeParts() throws {
        var r = record()
        r.outcomes[0].indicators.append(IndicatorRecord(id: "c", text: "z", seen: true))
        r.outcomes[0].feedback = nil
        r.outcomes[0].indicatorsSeenFeedback = "Zag a en c."
        r.outcomes[0].developmentMade = "Groeide."
        r.outcomes[0].developmentToMake = "Nog: d."
        let columns = CSVWriter.columns(.long)
        let cells = try #require(rows(CSVWriter(header: .keys).write([r])).dropFirst().first)
        func cell(_ key: String) -> String { cells[columns.firstIndex(of: key)!] }
        #expect(cell("indicators_seen") == "a c")
        #expect(cell("indicators_listed") == "3")
        #expect(cell("feedback") == "")
        #expect(cell("feedback_indicators_seen") == "Zag a en c.")
        #expect(cell("development_made") == "Groeide.")
        #expect(cell("development_to_make") == "Nog: d.")
    }

    /// A row says what its form found wanting: the form's own warnings and its outcome's, in the language; notes are left out.
    @Test func theWarningsColumnGivesTheFormsAndTheOutcomesWarnings() throws {
        var r = record()
        r.outcomes.append(OutcomeRecord(id: "ppi", name: "PPI"))
        r.diagnostics = [
            FormDiagnostic(.headerNotFound, where: "student.number", facts: DiagnosticFacts(field: FieldName.header["student.number"]!)),
            FormDiagnostic(.judgementAmbiguous, where: "outcomes.ppi.judgement",
                           facts: DiagnosticFacts(field: .outcomeField("judgement", outcome: "PPI"), quotes: ["x"])),
            FormDiagnostic(.indicatorUnmatched, where: "indicators", facts: DiagnosticFacts(field: FieldName("kijkkader", "kijkkader"))),
        ]
        let columns = CSVWriter.columns(.long)
        for language in Language.allCases {
            let lines = rows(CSVWriter(header: .keys, language: language).write([r]))
            let warnings = lines.dropFirst().map { $0[columns.firstIndex(of: "warnings")!] }
            #expect(warnings[0] == r.diagnostics[0].message(language), "afstemmen: the form's own warning only")
            #expect(warnings[1] == [r.diagnostics[0], r.diagnostics[1]].map { $0.message(language) }.joined(separator: "\n"))
        }
    }

    @Test func theIndicatorLayoutHasARowPerIndicator() {
        let csv = CSVWriter(layout: .indicator).write([record()])
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 3)
        #expect(lines[1] == #"form.docx,"Sam ""de"" Vries",,,eindbeoordeling,,afstemmen,a,x,ja,,"#)
        #expect(lines[2] == #"form.docx,"Sam ""de"" Vries",,,eindbeoordeling,,afstemmen,,y,nee,,"#)
    }

    @Test(arguments: CSVWriter.Layout.allCases)
    func aFileThatFailedIsARowWithItsReasonInTheLastColumn(layout: CSVWriter.Layout) {
        let writer = CSVWriter(layout: layout, language: .en)
        let error = DocxError(file: "kapot.docx", kind: .missingPart("word/\"document\".xml"))
        let row = writer.errorRow(error)
        let cells = row.dropLast(2).split(separator: ",", omittingEmptySubsequences: false)
        #expect(CSVWriter.columns(layout).last == "error")
        #expect(cells.first == "kapot.docx")
        #expect(row.hasSuffix(#","kapot.docx: required part 'word/""document"".xml' is missing; the file is damaged."\#r\#n"#))
        #expect(row.filter { $0 == "," }.count == CSVWriter.columns(layout).count - 1, "one comma between each column")
        #expect(CSVWriter(layout: layout, language: .nl).errorRow(error).contains("het onderdeel ‘word/"))
    }

    @Test func aSemicolonDelimiterQuotesSemicolons() {
        let csv = CSVWriter(delimiter: ";").write([record()])
        #expect(csv.contains(#";"Regel één;"#))
        #expect(csv.hasPrefix("Bestand;Naam student;"))
    }
}

/// The cells of each CSV line (a small RFC 4180 reader for the tests).
private func rows(_ csv: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
    for c in csv {
        if quoted {
            if c == "\"" { quoted = false } else { cell.append(c) }
        } else if c == "\"" {
            if !cell.isEmpty { cell.append("\"") }
            quoted = true
        } else if c == "," {
            row.append(cell)
            cell = ""
        } else if c == "\r\n" || c == "\n" {
            row.append(cell)
            cell = ""
            rows.append(row)
            row = []
        } else {
            cell.append(c)
        }
    }
    return rows
}
