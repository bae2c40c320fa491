import Testing
import FeedbackForm
@testable import FormExport

@Suite struct PseudonymiserTests {
    private func hex(_ bytes: [UInt8]) -> String { bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() }

    @Test func sha256AndHMACMatchTheirStandardVectors() {
        #expect(hex(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex(SHA256.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(hex(SHA256.hash(long)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // RFC 4231, test case 2.
        #expect(hex(SHA256.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
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
