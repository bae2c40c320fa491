// A teacher posts into students' journals: which journal is a form's student's.
public import FeedbackForm

/// The journal of a form's student among an assignment's journals.
public enum JournalMatch: Sendable, Equatable {
    case found(Int)
    /// No journal has the student's name or number among its authors.
    case missing
    /// Several journals do: none is chosen.
    case ambiguous([Int])
    /// The form names no student (its name and number are empty or unreadable).
    case noStudent

    /// The journal whose authors include the student: by student number
    /// against usernames, by name against full names (case, accents and spaces
    /// aside). Exactly one journal, or none is chosen.
    public static func of(_ student: FormRecord.Student, among journals: [EJournalJournal]) -> JournalMatch {
        let number = student.number.map(Catalogue.fold).flatMap { $0.isEmpty ? nil : $0 }
        let name = student.name.map(Catalogue.fold).flatMap { $0.isEmpty ? nil : $0 }
        guard number != nil || name != nil else { return .noStudent }
        func authors(_ list: String?) -> [String] {
            (list ?? "").split(separator: ",").map { Catalogue.fold(String($0)) }.filter { !$0.isEmpty }
        }
        let matches = journals.filter { journal in
            (number.map { authors(journal.usernames).contains($0) } ?? false) || (name.map { authors(journal.fullNames).contains($0) } ?? false)
        }.map(\.id)
        switch matches.count {
        case 0: return .missing
        case 1: return .found(matches[0])
        default: return .ambiguous(matches.sorted())
        }
    }
}
