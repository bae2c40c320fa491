import Docx

extension FormRecord {
    private static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                 "september", "oktober", "november", "december"]
    private static let englishMonths = ["january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"]

    /// `2026-01-20`, `20-1-2026`, `20/01/2026`, `20.1.2026`, `20 januari 2026`,
    /// `20 jan 2026` or `20 January 2026` as `2026-01-20`; nil for anything
    /// else and for a day the month does not have (`31-2-2026`).
    public static func isoDate(_ text: String) -> String? {
        if let iso = ContentControl.isoDate(text.trimmed) {
            let parts = iso.split(separator: "-").compactMap { Int($0) }
            return parts.count == 3 && isDay(parts[2], of: parts[1], parts[0]) ? iso : nil
        }
        let parts = Catalogue.fold(text).split(whereSeparator: { "-/. ,".contains($0) })
        guard parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]) else { return nil }
        guard let month = Int(parts[1]) ?? monthNumber(String(parts[1])) else { return nil }
        let fullYear = year < 100 ? 2000 + year : year
        guard (1900...2200).contains(fullYear), isDay(day, of: month, fullYear) else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(fullYear)-\(two(month))-\(two(day))"
    }

    /// A month's number from its Dutch or English name, whole or of at least three letters ("jan", "okt", "oct").
    private static func monthNumber(_ name: String) -> Int? {
        guard name.count >= 3 else { return nil }
        for names in [months, englishMonths] {
            if let i = names.firstIndex(where: { $0 == name || ($0.hasPrefix(name) && name.count <= 4) }) { return i + 1 }
        }
        return nil
    }

    /// Whether `day` is a day of `month` in `year` (leap years counted).
    package static func isDay(_ day: Int, of month: Int, _ year: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}
