/// Maps characters of the symbol fonts people use for checkboxes and marks
/// (Wingdings, Wingdings 2, Symbol) to Unicode, for `w:sym` and for text runs
/// set in those fonts. Only the marks that matter on forms are listed; other
/// characters keep their code point.
enum SymbolFont {
    private static let wingdings: [UInt8: Unicode.Scalar] = [
        0x6E: "\u{25A0}", 0x6F: "\u{25A1}", 0x71: "\u{2751}", 0x72: "\u{2752}",
        0x78: "\u{2327}", 0x9F: "\u{2022}", 0xA1: "\u{25CB}", 0xA4: "\u{25C9}",
        0xA8: "\u{25FB}", 0xFB: "\u{2717}", 0xFC: "\u{2713}", 0xFD: "\u{2612}",
        0xFE: "\u{2611}",
    ]
    private static let wingdings2: [UInt8: Unicode.Scalar] = [
        0x4F: "\u{2717}", 0x50: "\u{2713}", 0x52: "\u{2611}", 0x53: "\u{2612}",
        0x54: "\u{2612}", 0x95: "\u{2022}", 0x96: "\u{25CF}", 0x97: "\u{26AB}",
        0x98: "\u{2B24}", 0x99: "\u{25CB}", 0xA2: "\u{25A0}", 0xA3: "\u{25A1}",
        0xA4: "\u{25A3}",
    ]
    private static let symbol: [UInt8: Unicode.Scalar] = [
        0xB4: "\u{00D7}", 0xB7: "\u{2022}", 0xD6: "\u{221A}",
    ]

    private static let tables: [(name: String, table: [UInt8: Unicode.Scalar])] = [
        ("wingdings", wingdings), ("wingdings 2", wingdings2), ("symbol", symbol),
    ]

    /// The table for a font name in any case, if it is a symbol font we know.
    /// Compared byte by byte, without a lowered copy: nearly every run names
    /// an ordinary font. (No character beyond ASCII lowers to a letter of
    /// these names, so ASCII case is all there is to ignore.)
    private static func table(for font: String) -> [UInt8: Unicode.Scalar]? {
        table(forBytes: font.utf8)
    }

    private static func table(forBytes font: some Collection<UInt8>) -> [UInt8: Unicode.Scalar]? {
        tables.first { entry in
            entry.name.utf8.count == font.count
                && zip(entry.name.utf8, font).allSatisfy { name, byte in
                    name == byte || (name >= UInt8(ascii: "a") && name <= UInt8(ascii: "z") && name == byte | 0x20)
                }
        }?.table
    }

    /// Whether text in a font, its name given as UTF-8 bytes, should be
    /// mapped character by character (it names a symbol font).
    static func isSymbolFont(bytes font: UnsafeBufferPointer<UInt8>) -> Bool {
        // The first letter settles it for nearly every font ("Calibri").
        guard let first = font.first, initials.contains(first | 0x20) else { return false }
        return table(forBytes: font) != nil
    }

    /// The lower-case ASCII letters the symbol fonts' names begin with.
    private static let initials: [UInt8] = tables.compactMap(\.name.utf8.first)

    /// The Unicode scalar for character code `code` in `font` (`w:sym`
    /// gives codes such as `F0FE`, in the private-use range F000–F0FF).
    static func scalar(font: String?, code: UInt32) -> Unicode.Scalar {
        let low = code >= 0xF000 && code <= 0xF0FF ? code - 0xF000 : code
        if let font, let table = table(for: font), low <= 0xFF, let mapped = table[UInt8(low)] {
            return mapped
        }
        return Unicode.Scalar(code) ?? "\u{FFFD}"
    }

    /// Maps every character of a text run set in a symbol font.
    static func map(_ text: String, font: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(self.scalar(font: font, code: scalar.value))
        }
        return String(result)
    }
}
