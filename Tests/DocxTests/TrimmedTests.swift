import Testing
@testable import Docx

@Suite struct TrimmedTests {
    /// The byte-wise trim agrees with trimming a character at a time on every
    /// string of up to four pieces from an alphabet of the hard cases: ASCII
    /// white space, CR LF, a combining mark after a space, a no-break and an
    /// ideographic space, a prepended mark (U+0600) before a space, a Thai
    /// vowel that joins what precedes it (a letter, `Lo`), a variation
    /// selector, an emoji modifier (`Sk`), a zero-width joiner, a box, letters.
    @Test func agreesWithTrimmingByCharacters() {
        let alphabet = [" ", "\t", "\r", "\n", "\u{301}", "\u{A0}", "\u{3000}", "\u{600}", "a", "é", ".", "☐", "\u{E33}",
                        "\u{FE0F}", "\u{1F3FB}", "\u{200D}"]
        var strings = [""]
        var checked = 0
        for _ in 1...4 {
            strings = strings.flatMap { s in alphabet.map { s + $0 } }
            for s in strings where s.trimmed != String.trimmedByCharacters(s) {
                Issue.record("\(Array(s.unicodeScalars)) trims to \(Array(s.trimmed.unicodeScalars))")
            }
            checked += strings.count
        }
        #expect(checked == 16 + 256 + 4096 + 65536)
        #expect("  Naam student:\t".trimmed == "Naam student:")
        // A space with a combining mark is one white-space character, cut whole.
        #expect(" \u{301}x ".trimmed == "x")
    }

    /// The listed white space and the ranges known to end plainly agree with
    /// Unicode's properties for every scalar beyond ASCII.
    @Test func theShortcutsAgreeWithUnicodesProperties() {
        let plain: Set<Unicode.GeneralCategory> = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .decimalNumber, .letterNumber,
                                                    .otherNumber, .connectorPunctuation, .dashPunctuation, .openPunctuation,
                                                    .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation,
                                                    .mathSymbol, .currencySymbol, .otherSymbol]
        var differing: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if String.isWhiteSpace(beyondASCII: scalar) != scalar.properties.isWhitespace
                || String.endsPlainly(scalar) != plain.contains(scalar.properties.generalCategory) {
                differing.append(value)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0, radix: 16) })")
    }
}

@Suite struct ContainsBytesTests {
    /// Found anywhere, whole: at the start, the end, overlapping a false
    /// start; not when only a prefix of it is there, nor in a shorter string.
    @Test(arguments: [
        ("application/vnd.ms-word.document.main+xml", "ms-word", true),
        ("wordprocessingml", "wordprocessingml", true),
        ("x-wordprocessingm", "wordprocessingml", false),
        ("aaab", "aab", true),
        ("eindbeoordelin", "eindbeoordeling", false),
        ("", "x", false),
        ("abc", "", true),
    ])
    func aPartIsFoundWhereverItIsWhole(text: String, part: String, found: Bool) {
        #expect(text.containsBytes(part) == found)
    }
}

@Suite struct PlainStackTests {
    /// Last in, first out, through slots reused after a pop and after
    /// emptying: what a stack of arrays would give, step by step.
    @Test func popsWhatWasPushedLastInFirstOut() {
        var stack = PlainStack<Int>()
        var reference: [Int] = []
        #expect(stack.pop() == nil && stack.last == nil)
        for (i, push) in [true, true, false, true, true, true, false, false, true, false, false, false, false, true].enumerated() {
            if push {
                stack.push(i)
                reference.append(i)
            } else {
                #expect(stack.pop() == reference.popLast())
            }
            #expect(stack.last == reference.last)
        }
        stack.removeAll()
        #expect(stack.last == nil && stack.pop() == nil)
        stack.push(7)
        #expect(stack.last == 7 && stack.pop() == 7 && stack.pop() == nil)
    }
}
