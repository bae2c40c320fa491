/// The fields of the form: their tags (as the template writes them) and the
/// labels people give them on forms of their own, compared after folding
/// (lower case, no accents, no punctuation at the end, no text in brackets).
enum FormFields {
    /// Header fields: tag, then labels (longest match wins).
    static let header: [(tag: String, labels: [String])] = [
        ("student.name", ["naam student", "naam van de student", "student naam", "studentnaam", "naam", "student", "name",
                          "student name", "name student", "naam stagiair", "stagiair", "stagiaire"]),
        ("student.number", ["studentnummer", "student nummer", "studentnr", "nummer student", "studentnummer student", "stud nr",
                            "studnr", "student nr", "stud nummer", "nummer", "student number", "student no", "student id"]),
        ("subject", ["vak", "vakopleiding", "opleiding", "vakgebied", "schoolvak", "subject", "lerarenopleiding"]),
        ("school", ["school", "stageschool", "naam school", "werkplek", "stageplek", "school name"]),
        ("supervisor", ["werkplekbegeleider", "naam werkplekbegeleider", "wpb", "begeleider", "werkplekbegeleider wpb",
                        "supervisor", "workplace supervisor", "mentor"]),
        ("school-teacher-educator", ["schoolopleider", "naam schoolopleider", "so", "school teacher educator"]),
        ("institute-teacher-educator", ["instituutsopleider", "naam instituutsopleider", "io", "institute teacher educator",
                                        "instituutsbegeleider"]),
        ("moment", ["moment", "beoordelingsmoment", "gesprek", "fase", "gespreksmoment", "evaluatiemoment", "soort gesprek",
                    "type gesprek"]),
        ("date", ["datum", "datum gesprek", "date", "datum van het gesprek", "datum beoordeling"]),
        ("lessons", ["aantal gegeven lessen", "aantal lessen", "gegeven lessen", "lessen"]),
    ]

    /// Header fields whose label may stand without a colon before a value of plain kind.
    static let colonless: Set<String> = ["student.name", "student.number", "date", "subject"]

    /// Every header label, for telling a cell that is a label from one that is a value.
    private static let headerLabels = Set(header.flatMap(\.labels))

    /// Whether a cell's text is just a header label ("Stud.nr.", "Naam:").
    static func isHeaderLabel(_ text: String) -> Bool {
        text.utf8.count <= 40 && headerLabels.contains(normalise(text))
    }

    /// Whether text is a student number: five to nine digits (spaces allowed between).
    static func isStudentNumber(_ text: String) -> Bool {
        let digits = text.filter { $0 != " " }
        return (5...9).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Per-outcome fields: the tag's suffix, then labels.
    static let outcome: [(suffix: String, labels: [String])] = [
        ("goal", ["startgesprek: doel", "doel"]),
        ("learning-activities", ["startgesprek: leeractiviteiten", "leeractiviteiten"]),
        ("success-criteria", ["startgesprek: wanneer zijn we tevreden", "wanneer zijn we tevreden"]),
        ("self-reflection", ["zelfreflectie student", "zelfreflectie", "reflectie student"]),
        ("feedback.indicators-seen", ["feedback: indicatoren", "indicatoren die al gezien zijn", "gezien"]),
        ("feedback.development-made", ["feedback: ontwikkeling die de student heeft doorgemaakt", "doorgemaakte ontwikkeling",
                                       "ontwikkeling die de student heeft doorgemaakt"]),
        ("feedback.development-to-make", ["feed-forward", "feedforward", "ontwikkeling die de student nog te maken heeft",
                                          "nog te maken ontwikkeling"]),
        ("feedback", ["feedback werkplekbegeleider", "feedback wpb", "feedback"]),
        ("judgement", ["oordeel", "beoordeling", "eindoordeel", "oordeel werkplekbegeleider"]),
        ("confidence", ["voldoende vertrouwen", "vertrouwen"]),
    ]

    /// Signature rows: the role and the labels of its row.
    static let signatures: [(role: String, labels: [String])] = [
        ("student", ["student"]), ("supervisor", ["werkplekbegeleider"]),
        ("school-teacher-educator", ["schoolopleider"]), ("institute-teacher-educator", ["instituutsopleider"]),
    ]

    /// A label in the form compared with labels: bracketed text removed,
    /// folded, punctuation other than the colon made a space ("Vak/opleiding"
    /// → "vak opleiding"), and a trailing colon or question mark dropped.
    static func normalise(_ label: String) -> String {
        var folder = Catalogue.Folder(capacity: label.utf8.count)
        var depth = 0
        for scalar in label.unicodeScalars {
            if scalar == "(" { depth += 1; continue }
            if scalar == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { folder.append(Catalogue.isWordScalar(scalar) || scalar == ":" || scalar == "-" ? scalar : " ") }
        }
        var folded = folder.finish()
        while let last = folded.last, last == ":" || last == " " || last == "-" { folded.removeLast() }
        return folded
    }

    /// The best (longest) label of `labels` that `text` is or starts with.
    static func match(_ text: String, _ labels: [String]) -> String? {
        var best: String?
        for label in labels where text.utf8.starts(with: label.utf8) {
            // The label is the whole text, or a word of it: a space or a colon follows.
            let next = text.utf8.dropFirst(label.utf8.count).first
            guard next == nil || next == UInt8(ascii: " ") || next == UInt8(ascii: ":") else { continue }
            if best == nil || label.count > best!.count { best = label }
        }
        return best
    }

    /// The field of `fields` whose matching label is longest: the field a
    /// label belongs to ("Feedback: indicatoren…" belongs to the
    /// indicators-seen part, not to "feedback"); nil when none matches.
    static func bestField(_ text: String, among fields: [(String, [String])]) -> String? {
        var best: (key: String, length: Int)?
        for (field, labels) in fields {
            if let label = match(text, labels), best == nil || label.count > best!.length { best = (field, label.count) }
        }
        return best?.key
    }
}
