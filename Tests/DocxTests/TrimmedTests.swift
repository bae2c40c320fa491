import Testing
@testable import Docx

@Suite struct TrimmedTests {
    /// The byte-wise trim agrees with trimming a character at a time on every
    /// string of up to four pieces from an alphabet of the hard cases: ASCII
    /// white space, CR LF, a combining mark after a space, a no-break and an
    /// ideographic space, a prepended mark (U+0600) before a space, letters.
    @Test func agreesWithTrimmingByCharacters() {
        let alphabet = [" ", "\t", "\r", "\n", "\u{301}", "\u{A0}", "\u{3000}", "\u{600}", "a", "é", "."]
        var strings = [""]
        var checked = 0
        for _ in 1...4 {
            strings = strings.flatMap { s in alphabet.map { s + $0 } }
            for s in strings where s.trimmed != String.trimmedByCharacters(s) {
                Issue.record("\(Array(s.unicodeScalars)) trims to \(Array(s.trimmed.unicodeScalars))")
            }
            checked += strings.count
        }
        #expect(checked == 11 + 121 + 1331 + 14641)
        #expect("  Naam student:\t".trimmed == "Naam student:")
        // A space with a combining mark is one white-space character, cut whole.
        #expect(" \u{301}x ".trimmed == "x")
    }
}
