import Testing
import FeedbackForm
@testable import FormExport

@Suite struct PseudonymiserTests {
    /// Runs must link up across versions: a pseudonym is the first 8 bytes of
    /// HMAC-SHA-256(key, "kind:value") in hex, as Python's hmac module gives them
    /// (`hmac.new(b"geheim", b"person:noor el amrani", "sha256")`).
    @Test func pseudonymsAreHMACSHA256AsEveryOtherToolComputesIt() {
        let p = Pseudonymiser(key: "geheim")
        #expect(p.pseudonym("Noor el Amrani", kind: "person") == "p-34a7a80750974260")
        #expect(p.pseudonym("2087741", kind: "number") == "p-e61baff3687d14de")
    }

    @Test func pseudonymsAreStablePerKeyAndHideTheName() {
        var record = FormRecord(source: "f.docx")
        record.student.name = "Noor el Amrani"
        record.student.number = "2087741"
        record.supervisor = "M. Verbeek"
        record.comments = [FormRecord.Remark(author: "M. Verbeek", date: nil, text: "Goed.", anchor: nil, outcome: nil)]
        let a = Pseudonymiser(key: "geheim").apply(record)
        #expect(a.student.name == Pseudonymiser(key: "geheim").pseudonym("noor  EL amrani", kind: "person"))
        #expect(a.student.name?.hasPrefix("p-") == true && a.student.name?.count == 18)
        #expect(a.student.number != "2087741" && a.comments[0].author == a.supervisor)
        #expect(Pseudonymiser(key: "ander").apply(record).student.name != a.student.name)
        #expect(a.comments[0].text == "Goed.")
    }

    /// File names often carry the student's name and number: they are replaced there too.
    @Test func theSourcePathLosesTheStudentsNameAndNumber() {
        let p = Pseudonymiser(key: "geheim")
        let name = p.pseudonym("Noor el Amrani", kind: "person"), number = p.pseudonym("2087741", kind: "number")
        var record = FormRecord(source: "formulieren/Noor el Amrani/noor_EL_amrani-2087741 tussenevaluatie.docx")
        record.student.name = "Noor el Amrani"
        record.student.number = "2087741"
        #expect(p.apply(record).source == "formulieren/\(name)/\(name)-\(number) tussenevaluatie.docx")
        record.source = "Noor.docx"      // the first name alone
        #expect(p.apply(record).source == "\(name).docx")
        record.source = "formulier el van 2087741x.docx"    // particles alone, a number inside another
        #expect(p.apply(record).source == "formulier el van 2087741x.docx")
        record.student.name = nil
        record.student.number = nil
        record.source = "Noor el Amrani.docx"
        #expect(p.apply(record).source == "Noor el Amrani.docx")    // nothing known to replace
    }
}
