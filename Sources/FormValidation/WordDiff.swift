/// A word-level difference between two sentences, written as wdiff does:
/// `[-removed-]` and `{+added+}` around the words that differ, the common
/// words as they are. Words are separated by white space; punctuation stays
/// with its word, so a changed comma shows.
public enum WordDiff {
    public static func render(from old: String, to new: String) -> String {
        let a = old.split(whereSeparator: \.isWhitespace), b = new.split(whereSeparator: \.isWhitespace)
        // Longest common subsequence by dynamic programming: sentences are short.
        var length = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                length[i][j] = a[i] == b[j] ? length[i + 1][j + 1] + 1 : max(length[i + 1][j], length[i][j + 1])
            }
        }
        var parts: [String] = []
        var removed: [Substring] = [], added: [Substring] = []
        func flush() {
            if !removed.isEmpty { parts.append("[-\(removed.joined(separator: " "))-]") }
            if !added.isEmpty { parts.append("{+\(added.joined(separator: " "))+}") }
            removed = []
            added = []
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                flush()
                parts.append(String(a[i]))
                i += 1
                j += 1
            } else if j == b.count || (i < a.count && length[i + 1][j] >= length[i][j + 1]) {
                removed.append(a[i])
                i += 1
            } else {
                added.append(b[j])
                j += 1
            }
        }
        flush()
        return parts.joined(separator: " ")
    }
}
