/// Writes a small XML document as text (the JUnit report): elements, their
/// attributes and text, escaped as XML 1.0 asks. Characters XML 1.0 does not
/// allow (most control characters) become U+FFFD, so the report always parses.
struct XMLText {
    private var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
    private var open: [String] = []
    /// Whether the last start tag still waits for its `>` (attributes may follow).
    private var inStartTag = false

    mutating func start(_ name: String) {
        closeStartTag()
        out += "<" + name
        open.append(name)
        inStartTag = true
    }

    mutating func attribute(_ name: String, _ value: String) {
        out += " \(name)=\"" + XMLText.escape(value, attribute: true) + "\""
    }

    mutating func text(_ text: String) {
        closeStartTag()
        out += XMLText.escape(text, attribute: false)
    }

    mutating func end() {
        let name = open.removeLast()
        if inStartTag {
            out += "/>"
            inStartTag = false
        } else {
            out += "</\(name)>"
        }
    }

    /// The document, every element closed.
    mutating func finish() -> String {
        while !open.isEmpty { end() }
        return out + "\n"
    }

    private mutating func closeStartTag() {
        if inStartTag { out += ">" }
        inStartTag = false
    }

    static func escape(_ text: String, attribute: Bool) -> String {
        var escaped = ""
        escaped.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"" where attribute: escaped += "&quot;"
            case "\n" where attribute: escaped += "&#10;"
            case "\r": escaped += "&#13;"
            case "\t" where attribute: escaped += "&#9;"
            case "\t", "\n": escaped.unicodeScalars.append(scalar)
            default:
                let allowed = scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF
                escaped.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return escaped
    }
}
