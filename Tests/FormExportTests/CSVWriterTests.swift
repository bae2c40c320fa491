import Foundation
import Testing
import FeedbackForm
@testable import FormExport

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
        let csv = CSVWriter().write([record()])
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == CSVWriter.columns(.long).joined(separator: ","))
        #expect(lines[1].hasPrefix(#"form.docx,"Sam ""de"" Vries",,,,eindbeoordeling,,afstemmen,Afstemmen op de lerende,,,voldaan,ja,1,2,"Regel één;"#))
        #expect(csv.contains(#"met komma",'=SUM(A1)"#))
    }

    @Test func theIndicatorLayoutHasARowPerIndicator() {
        let csv = CSVWriter(layout: .indicator).write([record()])
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 3)
        #expect(lines[1] == #"form.docx,"Sam ""de"" Vries",,,eindbeoordeling,,afstemmen,a,x,ja,"#)
        #expect(lines[2] == #"form.docx,"Sam ""de"" Vries",,,eindbeoordeling,,afstemmen,,y,nee,"#)
    }

    @Test(arguments: CSVWriter.Layout.allCases)
    func aFileThatFailedIsARowWithItsReasonInTheLastColumn(layout: CSVWriter.Layout) {
        let writer = CSVWriter(layout: layout)
        let row = writer.errorRow(source: "kapot.docx", message: "kapot.docx: not a zip archive, \"really\"")
        let cells = row.dropLast(2).split(separator: ",", omittingEmptySubsequences: false)
        #expect(CSVWriter.columns(layout).last == "error")
        #expect(cells.first == "kapot.docx")
        #expect(row.hasSuffix(#","kapot.docx: not a zip archive, ""really"""\#r\#n"#))
        #expect(row.filter { $0 == "," }.count == CSVWriter.columns(layout).count, "one comma between each column, one inside the quoted reason")
    }

    @Test func aSemicolonDelimiterQuotesSemicolons() {
        let csv = CSVWriter(delimiter: ";").write([record()])
        #expect(csv.contains(#";"Regel één;"#))
        #expect(csv.hasPrefix("source;student_name;"))
    }
}
