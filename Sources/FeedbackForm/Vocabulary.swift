/// The form's words in one place: the options a choice offers and how people
/// spell them, the marks that tick or untick, the placeholders of untouched
/// controls, the headings of kijkkader columns and the words that name
/// another year's form. The template writer, the reader and the validator
/// all take them from here, so they cannot disagree. Compared after
/// ``Catalogue/fold(_:)`` (lower case, no accents, single spaces).
enum Vocabulary {
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
    /// Empty boxes: an option or a row not chosen.
    static let boxGlyphs: Set<Character> = ["☐", "□", "◻"]
    /// Glyphs that untick: an empty box, a ballot cross (✗ ✘: "no"), a dash.
    static let untickGlyphs: Set<Character> = ["☐", "□", "◻", "◯", "○", "✗", "✘", "❌", "–", "—", "-"]
    /// Words and short phrases that mean "yes, seen", folded.
    static let yesMarks: Set<String> = ["x", "v", "+", "ja", "j", "yes", "y", "gezien", "seen", "waargenomen", "ok", "observed"]
    /// Words and short phrases that mean "no, not seen", folded.
    static let noMarks: Set<String> = ["nee", "neen", "n", "no", "0", "niet", "niet gezien", "nog niet", "nog niet gezien",
                                       "n.v.t.", "n.v.t", "nvt", "not seen", "not yet", "geen", "niet waargenomen"]

    // MARK: untouched controls

    /// The placeholder texts of Word's controls and the template's, normalised
    /// as labels are (``FormFields/normalise(_:)``).
    static let placeholders: Set<String> = [
        "klik of tik om tekst in te voeren", "kies een item", "klik of tik om een datum in te voeren",
        "click or tap here to enter text", "choose an item", "click or tap to enter a date",
        "klik hier als u tekst wilt invoeren", "klik hier en typ",
    ]

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

    /// Whether a folded heading is one of `headings` (or begins with one, then a space or a colon).
    static func heading(_ folded: String, isOneOf headings: [String]) -> Bool {
        headings.contains { h in
            folded == h || (folded.hasPrefix(h) && folded.dropFirst(h.count).first.map { $0 == " " || $0 == ":" } == true)
        }
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
