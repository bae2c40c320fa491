public import FeedbackForm

/// Replaces the names and student numbers in a record with stable keyed
/// pseudonyms: the same person gets the same pseudonym under the same key, in
/// every format and every run, and nobody without the key can go back.
///
/// What is replaced: the student's name and number, the supervisor's and
/// teacher educators' names, signature names, and the authors of comments and
/// insertions. Free text (reflections, feedback) is left as written.
public struct Pseudonymiser: Sendable {
    private let key: [UInt8]

    public init(key: String) {
        self.key = Array(key.utf8)
    }

    /// `p-` and 16 hex digits of HMAC-SHA-256(key, kind + ":" + value).
    public func pseudonym(_ value: String, kind: String) -> String {
        let normalised = value.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        let digest = SHA256.hmac(key: key, message: Array("\(kind):\(normalised)".utf8))
        let hex = Array("0123456789abcdef".utf8)
        return "p-" + String(decoding: digest.prefix(8).flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] }, as: UTF8.self)
    }

    public func apply(_ record: FormRecord) -> FormRecord {
        var r = record
        func person(_ name: String?) -> String? { name.map { pseudonym($0, kind: "person") } }
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
}
