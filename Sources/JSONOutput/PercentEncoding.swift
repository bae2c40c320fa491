/// Percent-encoding (RFC 3986) of UTF-8 text, for the names that go into a URI
/// (SARIF's `file://` locations) or a header (`filename*=UTF-8''…`): one
/// implementation for the reports and the web page.
package extension String {
    /// Letters, digits and `-._~` kept, and the characters of `kept` (`"/"` for
    /// a path); every other byte of the UTF-8 as `%XX`.
    func percentEncoded(keeping kept: String = "") -> String {
        let hex = Array("0123456789ABCDEF")
        var out = ""
        for byte in utf8 {
            let unreserved = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || "-._~".utf8.contains(byte)
            if unreserved || kept.utf8.contains(byte) {
                out.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return out
    }
}
