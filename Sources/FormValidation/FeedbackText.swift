internal import FeedbackForm

/// What the handbook's quality criteria look for in a supervisor's text,
/// read from its folded words: global praise without concrete behaviour,
/// next development steps, a verdict, differentiation named as grounds.
/// Phrases are matched as whole words; a verdict after "niet", "geen" or
/// "nog niet" counts as its opposite.
struct FeedbackText {
    let words: [Substring]
    private let folded: String

    init(_ text: String) {
        folded = Catalogue.fold(text)
        words = Catalogue.words(folded)
    }

    /// Praise that says nothing about behaviour ("gaat wel goed", "prima").
    static let globalPhrases = ["gaat wel goed", "gaat goed", "gaat prima", "prima", "goed gedaan", "prima gedaan", "ziet er goed uit",
                                "netjes", "keurig", "top", "super", "helemaal goed", "geen opmerkingen", "niets op aan te merken", "prima student"]
    /// Words that tie a text to something that happened in class.
    static let concreteMarkers = ["bijvoorbeeld", "bv", "zoals", "toen", "tijdens", "les", "lessen", "leerling", "leerlingen", "klas",
                                  "groep", "instructie", "opdracht", "uitleg", "vraag", "vragen", "werkvorm"]
    /// Words that name a next step.
    static let stepMarkers = ["volgende stap", "volgende stappen", "vervolgstap", "vervolgstappen", "ontwikkelstap", "ontwikkelstappen",
                              "ontwikkelpunt", "ontwikkelpunten", "ontwikkeldoel", "leerpunt", "leerpunten", "leerdoel", "aandachtspunt",
                              "aandachtspunten", "werkpunt", "werkpunten", "werken aan", "verder ontwikkelen", "jaar 3", "volgende periode",
                              "advies", "adviseer", "advieseer", "zou kunnen", "kun je", "kan je", "nog te maken", "feed-forward",
                              "feedforward", "feed forward", "vervolgtraject", "verbeteren", "verbeterpunt", "verbeterpunten", "oefenen"]
    /// A verdict that the outcome is met, and that it is not.
    static let metPhrases = ["ruim voldoende", "voldaan", "uitstekend", "zeer goed", "behaald", "op niveau", "aangetoond"]
    static let notMetPhrases = ["onvoldoende", "niet voldaan", "niet behaald", "niet op niveau", "niet aangetoond", "nog niet laten zien",
                                "niet laten zien", "onder niveau"]

    var isEmpty: Bool { words.isEmpty }

    /// Whether `phrase` occurs as whole words; with `affirmed`, only where no
    /// negation comes just before it.
    func contains(_ phrase: String, affirmed: Bool = false) -> Bool {
        let needle = phrase.split(separator: " ")
        guard needle.count <= words.count else { return false }
        for start in 0...(words.count - needle.count) where words[start..<start + needle.count].elementsEqual(needle) {
            if !affirmed { return true }
            let before = words[max(0, start - 2)..<start]
            if !before.contains(where: { $0 == "niet" || $0 == "geen" || $0 == "nauwelijks" || $0 == "onvoldoende" }) { return true }
        }
        return false
    }

    func containsAny(_ phrases: [String], affirmed: Bool = false) -> Bool {
        phrases.contains { contains($0, affirmed: affirmed) }
    }

    /// Global praise in a short text that names nothing concrete.
    var isGlobal: Bool {
        words.count < 25 && containsAny(FeedbackText.globalPhrases) && !containsAny(FeedbackText.concreteMarkers)
    }

    var namesNextSteps: Bool { containsAny(FeedbackText.stepMarkers) }

    /// The sentences that name differentiation without being about a next step.
    var differentiationAsGrounds: Bool {
        folded.split(whereSeparator: { ".!?\n;".contains($0) }).contains { sentence in
            let text = FeedbackText(String(sentence))
            return text.words.contains { $0.hasPrefix("differentie") || $0.hasPrefix("gedifferentieerd") } && !text.namesNextSteps
        }
    }
}
