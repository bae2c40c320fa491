import Foundation
import Testing
import JSONOutput

private struct Sample: Encodable {
    var zeta = "z"
    var alpha = 1
    var flag = true
    var missing: String? = nil
    var present: String? = "p"
    var list = [1, 2]
    var empty: [Int] = []
    var nested = ["b": "2", "a": "1"]
    var text = "quote \" backslash \\ slash / newline \n tab \t bell \u{7} één ☒"
    var ratio = 0.5

    enum CodingKeys: String, CodingKey { case zeta, alpha, flag, missing, present, list, empty, nested, text, ratio }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(zeta, forKey: .zeta)
        try c.encode(alpha, forKey: .alpha)
        try c.encode(flag, forKey: .flag)
        try c.encode(missing, forKey: .missing)
        try c.encodeIfPresent(present, forKey: .present)
        try c.encode(list, forKey: .list)
        try c.encode(empty, forKey: .empty)
        try c.encode(nested, forKey: .nested)
        try c.encode(text, forKey: .text)
        try c.encode(ratio, forKey: .ratio)
    }
}

/// A type that adds members to what another type encoded into the same object.
private struct Extended: Encodable {
    func encode(to encoder: any Encoder) throws {
        try ["inner": 1].encode(to: encoder)
        var c = encoder.container(keyedBy: Sample.CodingKeys.self)
        try c.encode("added", forKey: .zeta)
    }
}

/// A member whose value is encoded after later members, through a super encoder.
private struct WithSuper: Encodable {
    enum CodingKeys: String, CodingKey { case base, own }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let base = c.superEncoder(forKey: .base)
        try c.encode(1, forKey: .own)
        try ["z": true, "a": false].encode(to: base)
    }
}

/// Two unkeyed containers for one value: one array, counted as a whole.
private struct TwoArrays: Encodable {
    func encode(to encoder: any Encoder) throws {
        var first = encoder.unkeyedContainer()
        try first.encode("one")
        var second = encoder.unkeyedContainer()
        try second.encode(second.count)
    }
}

/// A value that encodes members, then replaces itself with a single value.
private struct Replaced: Encodable {
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Sample.CodingKeys.self)
        try c.encode("gone", forKey: .zeta)
        var single = encoder.singleValueContainer()
        try single.encode([3])
    }
}

@Suite struct JSONOutputTests {
    @Test func compactOutputSortsKeysAndEscapesOnlyWhatJSONNeeds() throws {
        let text = try JSONOutput(pretty: false).encode(Sample())
        #expect(text == #"{"alpha":1,"empty":[],"flag":true,"list":[1,2],"missing":null,"nested":{"a":"1","b":"2"},"present":"p","ratio":0.5,"text":"quote \" backslash \\ slash / newline \n tab \t bell \u0007 één ☒","zeta":"z"}"#)
    }

    @Test func outputParsesBackToTheSameValues() throws {
        for pretty in [true, false] {
            let text = try JSONOutput(pretty: pretty).encode(Sample())
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(object["text"] as? String == Sample().text)
            #expect(object["missing"] is NSNull)
            #expect((object["nested"] as? [String: String]) == ["a": "1", "b": "2"])
        }
    }

    /// Every byte JSON escapes, at every place of strings up to three words
    /// long and among bytes beyond ASCII (which the word-wise scan must pass
    /// over: 0xA2 and 0xDC are a quote's and a backslash's bytes with the high
    /// bit set), comes back as written; so do strings without any.
    @Test func escapesAreFoundWhereverTheyAre() throws {
        let specials = (0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) } + ["\"", "\\"]
        let fillers = ["a", "¢", "Ü", "☒"]
        for length in 0...24 {
            for filler in fillers {
                let plain = String(repeating: filler, count: length)
                #expect(try roundTrip(plain) == plain)
                for position in 0...length {
                    for special in specials where position % 3 == 0 || special == "\"" || special == "\\" || special == "\n" {
                        var text = Array(plain)
                        text.insert(special, at: position)
                        #expect(try roundTrip(String(text)) == String(text))
                    }
                }
            }
        }
    }

    private func roundTrip(_ text: String) throws -> String? {
        let json = try JSONOutput(pretty: false).encode([text])
        return (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String])?.first
    }

    /// Keys sort in byte order, whether they differ within their first eight
    /// bytes or only after them, one a prefix of another or not, beyond ASCII too.
    /// Integers are written digit by digit into the tape: each as Swift prints it,
    /// the extremes and zero included; whole doubles as integers.
    @Test func integersAreWrittenAsSwiftPrintsThem() throws {
        let numbers = [Int.min, Int.min + 1, -10, -1, 0, 1, 9, 10, 99, 100, 1_000_000_007, Int.max]
        #expect(try JSONOutput(pretty: false).encode(numbers) == "[" + numbers.map(String.init).joined(separator: ",") + "]")
        #expect(try JSONOutput(pretty: false).encode([-0.0, 3.0, -42.0, 2.5]) == "[0,3,-42,2.5]")
    }

    @Test func keysSortInByteOrder() throws {
        let keys = ["abcdefgh", "abcdefghi", "abcdefgh2", "abcdefg", "abcdefgi", "b", "", "a", "é", "e", "Z", "abcdefghij", "abcdefgh\u{7F}"]
        let text = try JSONOutput(pretty: false).encode(Dictionary(uniqueKeysWithValues: keys.map { ($0, 1) }))
        let order = keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let expected = "{" + order.map { "\"\($0)\":1" }.joined(separator: ",") + "}"
        #expect(text == expected)
    }

    @Test func prettyOutputIndentsOneMemberPerLine() throws {
        let text = try JSONOutput(pretty: true).encode(["b": [1], "a": []])
        #expect(text == "{\n  \"a\": [],\n  \"b\": [\n    1\n  ]\n}")
    }

    @Test func aSecondKeyedContainerAddsToTheSameObject() throws {
        #expect(try JSONOutput(pretty: false).encode(Extended()) == #"{"inner":1,"zeta":"added"}"#)
    }

    @Test func aSuperEncoderFillsItsMemberWhenUsedLater() throws {
        #expect(try JSONOutput(pretty: false).encode(WithSuper()) == #"{"base":{"a":false,"z":true},"own":1}"#)
    }

    @Test func aSecondUnkeyedContainerAddsToTheSameArray() throws {
        #expect(try JSONOutput(pretty: false).encode(TwoArrays()) == #"["one",1]"#)
    }

    @Test func aSingleValueReplacesWhatWasEncodedBefore() throws {
        #expect(try JSONOutput(pretty: false).encode([Replaced()]) == "[[3]]")
    }

    @Test func numbersJSONCannotHoldAreErrors() {
        #expect(throws: JSONOutputError.self) { _ = try JSONOutput(pretty: false).encode([Double.nan]) }
    }

    /// Appending writes what `encode` gives after what the buffer held, and
    /// nothing when encoding fails.
    @Test func appendingAddsTheSameTextOrNothing() throws {
        var out = Array("line\n".utf8)
        try JSONOutput(pretty: false).append(Sample(), to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "line\n" + (try JSONOutput(pretty: false).encode(Sample())))
        let before = out
        #expect(throws: JSONOutputError.self) { try JSONOutput(pretty: false).append([Double.nan], to: &out) }
        #expect(out == before)
    }
}
