import Docx

extension FormRecord {
    private static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                 "september", "oktober", "november", "december"]

    /// `2026-01-20`, `20-1-2026`, `20/01/2026`, `20.1.2026` or `20 januari 2026` as `2026-01-20`.
    public static func isoDate(_ text: String) -> String? {
        if let iso = ContentControl.isoDate(text.trimmed) { return iso }
        let parts = Catalogue.fold(text).split(whereSeparator: { "-/. ".contains($0) })
        guard parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]) else { return nil }
        guard let month = Int(parts[1]) ?? months.firstIndex(of: String(parts[1])).map({ $0 + 1 }) else { return nil }
        let fullYear = year < 100 ? 2000 + year : year
        guard (1...31).contains(day), (1...12).contains(month), (1900...2200).contains(fullYear) else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(fullYear)-\(two(month))-\(two(day))"
    }
}
