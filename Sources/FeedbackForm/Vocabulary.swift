/// The form's words in one place: the options a choice offers and how people
/// spell them, the marks that tick or untick, the placeholders of untouched
/// controls, the headings of kijkkader columns and the words that name
/// another year's form. The template writer, the reader and the validator
/// all take them from here, so they cannot disagree. Compared after
/// ``Catalogue/fold(_:)`` (lower case, no accents, single spaces).
enum Vocabulary {
    // MARK: fields

    /// A field of the form: its key (the tag; for an outcome's field the tag's
    /// suffix), the label the template prints, the alias its control carries
    /// (an outcome's field adds " – <outcome>"), and the labels people give it
    /// on forms of their own, normalised as ``FormFields/normalise(_:)`` does
    /// (the longest matching label wins).
    struct Field: Sendable {
        var key: String
        var printed: String
        var alias: String
        var labels: [String]
    }

    /// The header's fields.
    static let headerFields = [
        Field(key: "student.name", printed: "Naam student", alias: "Naam student",
              labels: ["naam student", "naam van de student", "student naam", "studentnaam", "naam", "student", "name", "student name",
                       "name student", "naam stagiair", "stagiair", "stagiaire"]),
        Field(key: "student.number", printed: "Studentnummer", alias: "Studentnummer",
              labels: ["studentnummer", "student nummer", "studentnr", "nummer student", "studentnummer student", "stud nr", "studnr",
                       "student nr", "stud nummer", "nummer", "student number", "student no", "student id"]),
        Field(key: "subject", printed: "Vak", alias: "Vak",
              labels: ["vak", "vakopleiding", "opleiding", "vakgebied", "schoolvak", "subject", "lerarenopleiding"]),
        Field(key: "school", printed: "School", alias: "School",
              labels: ["school", "stageschool", "naam school", "werkplek", "stageplek", "school name"]),
        Field(key: "supervisor", printed: "Werkplekbegeleider (wpb)", alias: "Werkplekbegeleider (wpb)",
              labels: ["werkplekbegeleider", "naam werkplekbegeleider", "wpb", "begeleider", "werkplekbegeleider wpb", "supervisor",
                       "workplace supervisor", "mentor"]),
        Field(key: "school-teacher-educator", printed: "Schoolopleider (so)", alias: "Schoolopleider (so)",
              labels: ["schoolopleider", "naam schoolopleider", "so", "school teacher educator"]),
        Field(key: "institute-teacher-educator", printed: "Instituutsopleider (io)", alias: "Instituutsopleider (io)",
              labels: ["instituutsopleider", "naam instituutsopleider", "io", "institute teacher educator", "instituutsbegeleider"]),
        Field(key: "moment", printed: "Moment", alias: "Moment",
              labels: ["moment", "beoordelingsmoment", "gesprek", "fase", "gespreksmoment", "evaluatiemoment", "soort gesprek", "type gesprek"]),
        Field(key: "date", printed: "Datum", alias: "Datum",
              labels: ["datum", "datum gesprek", "date", "datum van het gesprek", "datum beoordeling"]),
        Field(key: "lessons", printed: "Aantal gegeven lessen", alias: "Aantal gegeven lessen",
              labels: ["aantal gegeven lessen", "aantal lessen", "gegeven lessen", "lessen"]),
    ]

    /// Each outcome's fields.
    static let outcomeFields = [
        Field(key: "goal", printed: "Startgesprek: doel", alias: "Doel", labels: ["startgesprek: doel", "doel"]),
        Field(key: "learning-activities", printed: "Startgesprek: leeractiviteiten", alias: "Leeractiviteiten",
              labels: ["startgesprek: leeractiviteiten", "leeractiviteiten"]),
        Field(key: "success-criteria", printed: "Startgesprek: wanneer zijn we tevreden?", alias: "Wanneer tevreden",
              labels: ["startgesprek: wanneer zijn we tevreden", "wanneer zijn we tevreden"]),
        Field(key: "self-reflection", printed: "Zelfreflectie student", alias: "Zelfreflectie",
              labels: ["zelfreflectie student", "zelfreflectie", "reflectie student"]),
        Field(key: "feedback.indicators-seen", printed: "Feedback: indicatoren uit het kijkkader die al gezien zijn", alias: "Gezien",
              labels: ["feedback: indicatoren", "indicatoren die al gezien zijn", "gezien"]),
        Field(key: "feedback.development-made", printed: "Feedback: ontwikkeling die de student heeft doorgemaakt",
              alias: "Doorgemaakte ontwikkeling",
              labels: ["feedback: ontwikkeling die de student heeft doorgemaakt", "doorgemaakte ontwikkeling",
                       "ontwikkeling die de student heeft doorgemaakt"]),
        Field(key: "feedback.development-to-make", printed: "Feed-forward: ontwikkeling die de student nog te maken heeft",
              alias: "Nog te maken ontwikkeling",
              labels: ["feed-forward", "feedforward", "ontwikkeling die de student nog te maken heeft", "nog te maken ontwikkeling"]),
        Field(key: "feedback",
              printed: "Feedback werkplekbegeleider (concrete voorbeelden, motivatie van het oordeel, ontwikkelstappen richting jaar 3)",
              alias: "Feedback", labels: ["feedback werkplekbegeleider", "feedback wpb", "feedback"]),
        Field(key: "judgement", printed: "Oordeel", alias: "Oordeel",
              labels: ["oordeel", "beoordeling", "eindoordeel", "oordeel werkplekbegeleider", "judgement", "judgment", "assessment"]),
        Field(key: "confidence", printed: "Voldoende vertrouwen dat de student de leeruitkomst in jaar 3 afrondt",
              alias: "Voldoende vertrouwen", labels: ["voldoende vertrouwen", "vertrouwen", "confidence"]),
    ]

    /// The field of `fields` with `key`.
    static func field(_ key: String, in fields: [Field]) -> Field {
        fields.first { $0.key == key }!
    }

    // MARK: choices

    /// A choice's value and the spellings that mean it. The first spelling is
    /// how the template's drop-down shows it.
    struct Choice: Sendable {
        var value: String
        var spellings: [String]
    }

    /// The judgement of a summative outcome. Only these spellings read; a
    /// qualified judgement ("deels voldaan", "voldaan?") is none of them.
    static let judgement = [
        Choice(value: "voldaan", spellings: ["voldaan", "voldoende", "met", "achieved"]),
        Choice(value: "niet-voldaan", spellings: ["niet voldaan", "nietvoldaan", "onvoldaan", "onvoldoende", "nog niet voldaan",
                                                  "not met", "not achieved", "niet behaald"]),
    ]

    /// The statement of enough confidence for year 3.
    static let confidence = [
        Choice(value: OutcomeRecord.word(for: true), spellings: ["ja", "yes", "voldoende vertrouwen"]),
        Choice(value: OutcomeRecord.word(for: false), spellings: ["nee", "neen", "no", "niet voldoende vertrouwen",
                                                                  "onvoldoende vertrouwen", "geen vertrouwen"]),
    ]

    /// The moments of the conversation cycle that have a form.
    static let moment = [
        Choice(value: "startgesprek", spellings: ["startgesprek"]),
        Choice(value: "tussenevaluatie", spellings: ["tussenevaluatie", "tussentijdse evaluatie", "tussentijdse beoordeling"]),
        Choice(value: "eindbeoordeling", spellings: ["eindbeoordeling", "eindevaluatie", "eindgesprek"]),
    ]

    /// Words that may stand between a choice's options ("voldaan / niet
    /// voldaan", "ja of nee") without changing what was chosen.
    static let connectives: Set<String> = ["of", "or", "en", "and"]

    // MARK: marks

    /// Glyphs that tick: a checked box, a check mark, a cross used as a tick.
    static let tickGlyphs: Set<Character> = ["☒", "☑", "✓", "✔", "⌧", "✅", "🗸", "■", "●"]
    /// Ballot crosses: "no" in a column of marks, but beside an option people mean either.
    static let crossGlyphs: Set<Character> = ["✗", "✘", "❌"]
    /// Empty boxes: an option or a row not chosen.
    static let boxGlyphs: Set<Character> = ["☐", "□", "◻"]
    /// ``tickGlyphs`` and ``boxGlyphs`` as scalars (each glyph is one): a
    /// checkbox's glyph is looked up so, without hashing a character.
    static let tickScalars = Set(tickGlyphs.flatMap(\.unicodeScalars))
    static let boxScalars = Set(boxGlyphs.flatMap(\.unicodeScalars))
    /// Glyphs that untick: an empty box, a ballot cross (✗ ✘: "no"), a dash.
    static let untickGlyphs: Set<Character> = ["☐", "□", "◻", "◯", "○", "✗", "✘", "❌", "–", "—", "-"]
    /// Words and short phrases that mean "yes, seen", folded.
    static let yesMarks: Set<String> = ["x", "v", "+", "ja", "j", "yes", "y", "gezien", "seen", "waargenomen", "ok", "observed"]
    /// Words and short phrases that mean "no, not seen", folded.
    static let noMarks: Set<String> = ["nee", "neen", "n", "no", "0", "niet", "niet gezien", "nog niet", "nog niet gezien",
                                       "n.v.t.", "n.v.t", "nvt", "not seen", "not yet", "geen", "niet waargenomen"]

    // MARK: untouched controls

    /// The placeholders as Word and the template print them.
    static let printedPlaceholders = [
        "Klik of tik om tekst in te voeren.", "Kies een item.", "Klik of tik om een datum in te voeren.",
        "Click or tap here to enter text.", "Choose an item.", "Click or tap to enter a date.",
        "Klik hier als u tekst wilt invoeren.", "Klik hier en typ.",
    ]
    /// The placeholder a longer text begins with (ignoring case), if any: what
    /// is left after it was typed after a placeholder that stayed.
    static func placeholder(beginning text: String) -> String? {
        guard let first = text.first, "KkCc".contains(first) else { return nil }
        // The text's head as long as the placeholder, and something after it:
        // counted only that far, not the whole text once per placeholder.
        return printedPlaceholders.first { placeholder in
            let head = text.prefix(placeholder.count)
            return head.endIndex < text.endIndex && head.lowercased() == placeholder.lowercased()
        }
    }

    /// The same, normalised as labels are (``FormFields/normalise(_:)``).
    static let placeholders = Set(printedPlaceholders.map(FormFields.normalise))

    // MARK: kijkkader tables

    /// Headings of a column in which rows are ticked (folded, as they begin).
    static let markColumnHeadings = ["gezien", "niet gezien", "nog niet gezien", "nog niet", "ja", "nee", "seen", "not seen",
                                     "observed", "waargenomen", "x", "✓", "aangevinkt", "afgevinkt", "vink"]
    /// Headings of a column for notes beside a row, never read as a mark.
    static let noteColumnHeadings = ["toelichting", "opmerking", "opmerkingen", "voorbeeld", "voorbeelden", "feedback",
                                     "notitie", "notities", "comment", "comments", "note", "notes", "bewijs", "wanneer", "datum", "les"]
    /// First cells of a kijkkader table's header row.
    static let indicatorHeadings = ["indicator", "indicatoren", "kijkkader", "gedragsindicator", "gedragsindicatoren",
                                    "omschrijving", "criterium", "criteria", "indicators", "dimensie", "dimensies"]

    /// Whether a folded column heading says "not": its marks count against.
    static func isNegativeHeading(_ folded: String) -> Bool {
        folded.hasPrefix("niet") || folded.hasPrefix("nee") || folded.hasPrefix("nog niet") || folded.hasPrefix("not ")
            || folded == "no"
    }

    /// Whether a folded heading is one of `headings` (or begins with one, then a space or a colon):
    /// compared on bytes, as a label with ``FormFields/begins(_:with:)``.
    static func heading(_ folded: String, isOneOf headings: [String]) -> Bool {
        headings.contains { FormFields.begins(folded, with: $0.utf8) }
    }

    // MARK: which form

    /// Words in a title that name this form's year.
    static let yearTwo = ["wpl2", "wpl 2", "jaar 2", "leerjaar 2", "tweede jaar", "tweedejaars", "year 2"]
    /// Words in a title that name another year's workplace learning.
    static let otherYears: [(year: Int, words: [String])] = [
        (1, ["wpl1", "wpl 1", "jaar 1", "leerjaar 1", "eerste jaar", "eerstejaars", "year 1", "propedeuse"]),
        (3, ["wpl3", "wpl 3", "jaar 3", "leerjaar 3", "derde jaar", "derdejaars", "year 3"]),
        (4, ["wpl4", "wpl 4", "jaar 4", "leerjaar 4", "vierde jaar", "vierdejaars", "year 4", "lio", "afstudeerfase"]),
    ]
}
