extension String {
    /// The string without white space at either end (what `Character.isWhitespace` calls so).
    package var trimmed: String {
        // ASCII white space is cut as bytes when the bytes kept at both cuts
        // are ASCII too: then every byte cut is a whole character. Anything
        // else at a cut (a combining mark after a space, a no-break space)
        // goes by characters.
        let bytes = utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, String.isASCIISpace(bytes[start]) { start = bytes.index(after: start) }
        while start < end, String.isASCIISpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        if start == end { return "" }
        guard bytes[start] < 0x80, bytes[bytes.index(before: end)] < 0x80 else { return String.trimmedByCharacters(self) }
        if start == bytes.startIndex && end == bytes.endIndex { return self }
        return String(self[start..<end])
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// ``trimmed`` a character at a time.
    package static func trimmedByCharacters(_ text: String) -> String {
        var s = Substring(text)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
