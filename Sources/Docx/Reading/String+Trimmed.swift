extension String {
    /// Whether `part` occurs in the string, compared byte by byte: for an
    /// ASCII `part`, what `contains` means, without the standard library's
    /// search over characters (generic, and some microseconds a call).
    package func containsBytes(_ part: String) -> Bool {
        let bytes = Array(utf8), part = Array(part.utf8)
        guard bytes.count >= part.count else { return false }
        return (0...bytes.count - part.count).contains { start in
            part.indices.allSatisfy { bytes[start + $0] == part[$0] }
        }
    }

    /// The string without white space at either end (what `Character.isWhitespace` calls so).
    package var trimmed: String {
        var copy = self
        guard let kept = copy.withUTF8(String.keptByTrimmingBytes) else { return String.trimmedByCharacters(self) }
        if kept.count == utf8.count { return self }
        return copy.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[kept]), as: UTF8.self) }
    }

    /// ``trimmed`` a character at a time.
    package static func trimmedByCharacters(_ text: String) -> String {
        var s = Substring(text)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// The bytes trimming keeps, found on the bytes: ASCII white space cut
    /// from both ends, when what is kept at each end shows that every byte
    /// cut was a whole character and that no white-space character is left
    /// there. Nil when only characters can tell (a combining mark after a cut
    /// space, a no-break space at an end).
    private static func keptByTrimmingBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = 0, end = bytes.count
        while start < end, isASCIISpace(bytes[start]) { start += 1 }
        while start < end, isASCIISpace(bytes[end - 1]) { end -= 1 }
        if start == end { return 0..<0 }
        // Beyond ASCII at the front: uncut, and its first scalar not white space.
        if bytes[start] >= 0x80 {
            guard start == 0, let first = scalar(in: bytes, at: start), !isWhiteSpace(beyondASCII: first) else { return nil }
        }
        // Beyond ASCII at the back: a scalar that begins a character of its own
        // or extends a character that does not begin with white space.
        if bytes[end - 1] >= 0x80 {
            var lead = end - 1
            while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard let last = scalar(in: bytes, at: lead), endsPlainly(last) else { return nil }
        }
        return start..<end
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// Unicode's White_Space beyond ASCII, listed (the property lookup costs
    /// more than trimming).
    static func isWhiteSpace(beyondASCII scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar? {
        var iterator = UnsafeBufferPointer(rebasing: bytes[i...]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// Whether a last scalar settles that the last character is no white space:
    /// letters (but `Lo`, where some join what precedes them), digits,
    /// punctuation and symbols (but `Sk`, where emoji modifiers are) never
    /// extend a character begun before them nor are white space; marks,
    /// format characters and the rest may.
    static func endsPlainly(_ scalar: Unicode.Scalar) -> Bool {
        // Latin letters, general punctuation (dashes, quotes, the ellipsis),
        // arrows to control pictures, box drawing to dingbats (boxes, ticks,
        // crosses): known without a lookup (a test checks the ranges).
        switch scalar.value {
        case 0xC0...0x1BA, 0x2010...0x2027, 0x2190...0x2429, 0x2500...0x27BF: return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
