public import FeedbackForm
import Digests

/// Replaces the names and student numbers in a record with stable keyed
/// pseudonyms: the same person gets the same pseudonym under the same key, in
/// every format and every run, and nobody without the key can go back.
///
/// What is replaced: the student's name and number, the supervisor's and
/// teacher educators' names, signature names, and the authors of comments and
/// insertions; in the source file's path, the student's name and number where
/// they appear. Free text (reflections, feedback) is left as written.
public struct Pseudonymiser: Sendable {
    private let key: [UInt8]

    public init(key: String) {
        self.key = Array(key.utf8)
    }

    /// `p-` and 16 hex digits of HMAC-SHA-256(key, kind + ":" + value).
    public func pseudonym(_ value: String, kind: String) -> String {
        let normalised = value.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        let digest = Digest.hmacSHA256(key: key, message: Array("\(kind):\(normalised)".utf8))
        return "p-" + Digest.hex(digest.prefix(8))
    }

    public func apply(_ record: FormRecord) -> FormRecord {
        var r = record
        func person(_ name: String?) -> String? { name.map { pseudonym($0, kind: "person") } }
        r.source = source(r.source, name: r.student.name, number: r.student.number)
        r.student.name = person(r.student.name)
        r.student.number = r.student.number.map { pseudonym($0, kind: "number") }
        r.supervisor = person(r.supervisor)
        r.schoolTeacherEducator = person(r.schoolTeacherEducator)
        r.instituteTeacherEducator = person(r.instituteTeacherEducator)
        for i in r.signatures.indices { r.signatures[i].name = person(r.signatures[i].name) }
        for i in r.comments.indices { r.comments[i].author = person(r.comments[i].author) }
        for i in r.insertions.indices { r.insertions[i].author = person(r.insertions[i].author) }
        return r
    }

    /// `path` with the student's name and number replaced where they appear:
    /// a run of the name's words (any case, joined by spaces, `_`, `-` or `.`,
    /// the first name alone too) by the name's pseudonym, the number by its
    /// own. A run of particles only ("van", "de") is left alone.
    func source(_ path: String, name: String?, number: String?) -> String {
        let nameWords = Set((name ?? "").lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
        var tokens: [(text: String, isWord: Bool)] = []
        for c in path {
            let isWord = c.isLetter || c.isNumber
            if let last = tokens.last, last.isWord == isWord { tokens[tokens.count - 1].text.append(c) } else { tokens.append((String(c), isWord)) }
        }
        var out = "", i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.isWord, let number, !number.isEmpty, token.text == number {
                out += pseudonym(number, kind: "number")
                i += 1
                continue
            }
            guard token.isWord, let name, nameWords.contains(token.text.lowercased()) else {
                out += token.text
                i += 1
                continue
            }
            // The run: name words joined by separators within one path component.
            var end = i, j = i
            while j + 2 < tokens.count, tokens[j + 1].text.allSatisfy({ " _-.".contains($0) }),
                  nameWords.contains(tokens[j + 2].text.lowercased()) {
                j += 2
                end = j
            }
            let words = stride(from: i, through: end, by: 2).map { tokens[$0].text.lowercased() }
            out += words.contains { !Pseudonymiser.particles.contains($0) } ? pseudonym(name, kind: "person")
                : tokens[i...end].map(\.text).joined()
            i = end + 1
        }
        return out
    }

    /// Words of Dutch (and other) surnames that alone name nobody.
    private static let particles: Set<String> = ["van", "de", "der", "den", "het", "ten", "ter", "te", "in", "t", "el", "al", "la", "le", "du", "da", "di", "von"]
}
