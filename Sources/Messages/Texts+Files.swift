extension Texts {
    /// What is wrong with a settings file: a subject plugin, an eJournal map,
    /// validation settings (YAML, each message after `file:line:column:`).
    public enum Files {
        public static let tooLarge = Phrase(nl: "een instellingenbestand is hoogstens 1 MiB", en: "a settings file may be at most 1 MiB")
        public static let empty = Phrase(nl: "het bestand is leeg", en: "the file is empty")

        /// `problem` is the YAML parser's own words (English only, as it gives them).
        public static func notYAML(_ problem: String) -> Phrase {
            Phrase(nl: "geen geldige YAML: \(problem)", en: "not valid YAML: \(problem)")
        }

        public static func cannotOpenFolder(_ reason: Phrase) -> Phrase {
            Phrase(nl: "de map met vakbestanden kan niet geopend worden (\(reason.nl))", en: "cannot open the plugin folder (\(reason.en))")
        }

        public static func expectedKeys(_ keys: [String]) -> Phrase {
            let list = keys.joined(separator: ", ")
            return Phrase(nl: "verwacht: de sleutels \(list)", en: "expected the keys \(list)")
        }

        public static func unknownKey(_ name: String, expected: [String]) -> Phrase {
            let list = expected.joined(separator: ", ")
            return Phrase(nl: "onbekende sleutel ‘\(name)’; verwacht een van \(list)", en: "unknown key '\(name)'; expected one of \(list)")
        }

        public static let keysAreText = Phrase(nl: "sleutels moeten tekst zijn", en: "keys must be text")

        public static func givenTwice(_ name: String) -> Phrase {
            Phrase(nl: "‘\(name)’ staat er twee keer", en: "'\(name)' is given twice")
        }

        /// `keys` are required (together); `example` shows one.
        public static func required(_ keys: [String], example: String? = nil) -> Phrase {
            let nl = keys.map { "‘\($0)’" }.joined(separator: " en "), en = keys.map { "'\($0)'" }.joined(separator: " and ")
            let eg = example.map { " (bijv. \($0))" } ?? "", egEn = example.map { " (e.g. \($0))" } ?? ""
            return Phrase(nl: "\(nl) \(keys.count == 1 ? "is" : "zijn") verplicht\(eg)", en: "\(en) \(keys.count == 1 ? "is" : "are") required\(egEn)")
        }

        public static func mustBeList(_ key: String) -> Phrase {
            Phrase(nl: "‘\(key)’ moet een niet-lege lijst zijn", en: "'\(key)' must be a non-empty list")
        }

        public static func mustBeTextList(_ key: String) -> Phrase {
            Phrase(nl: "‘\(key)’ moet een lijst van teksten zijn", en: "'\(key)' must be a list of texts")
        }

        public static func mustBeText(_ key: String) -> Phrase {
            Phrase(nl: "‘\(key)’ moet een niet-lege tekst zijn", en: "'\(key)' must be a non-empty text")
        }

        public static func mustBeOneOf(_ key: String, _ options: [String]) -> Phrase {
            let list = options.joined(separator: ", ")
            return Phrase(nl: "‘\(key)’ moet een van deze zijn: \(list)", en: "'\(key)' must be one of \(list)")
        }

        public static func mustBeWholeNumber(_ key: String) -> Phrase {
            Phrase(nl: "‘\(key)’ moet een geheel getal boven 0 zijn", en: "'\(key)' must be a whole number above 0")
        }

        public static func mustBeTrueOrFalse(_ key: String) -> Phrase {
            Phrase(nl: "‘\(key)’ moet true of false zijn", en: "'\(key)' must be true or false")
        }

        /// Each item of the list `key` must be a mapping holding `keys`.
        public static func itemNeeds(_ key: String, _ keys: [String]) -> Phrase {
            let list = keys.joined(separator: ", ")
            return Phrase(nl: "elk item van ‘\(key)’ moet de sleutels \(list) hebben", en: "each item of '\(key)' needs \(list)")
        }

        // MARK: subject plugins

        public static func newSubjectNeedsName(_ code: String) -> Phrase {
            Phrase(nl: "een nieuw vak ‘\(code)’ heeft een ‘name’ nodig", en: "a new subject '\(code)' needs a 'name'")
        }

        public static func newSubjectNeedsOutcome(_ code: String) -> Phrase {
            Phrase(nl: "een nieuw vak ‘\(code)’ heeft minstens één leeruitkomst onder ‘outcomes’ nodig",
                   en: "a new subject '\(code)' needs at least one outcome under 'outcomes'")
        }

        public static func newOutcomeNeedsName(_ id: String) -> Phrase {
            Phrase(nl: "de nieuwe leeruitkomst ‘\(id)’ heeft een ‘name’ nodig", en: "the new outcome '\(id)' needs a 'name'")
        }

        // MARK: eJournal maps

        public static let mustBeRecordValue = Phrase(
            nl: "‘value’ moet een waarde uit het record zijn, zoals student.name of outcomes.<id>.judgement",
            en: "'value' must be a record value such as student.name or outcomes.<id>.judgement")
        public static let optionsMap = Phrase(nl: "‘options’ koppelt waarden uit het record aan de keuzes van het veld",
                                              en: "'options' maps record values to the field's options")
        public static let optionsText = Phrase(nl: "keuzes moeten tekst zijn", en: "options must be text")
        public static let selectionNeedsOptions = Phrase(nl: "een keuzeveld (selection) heeft ‘options’ nodig", en: "a selection field needs 'options'")

        // MARK: validation settings

        public static let expectedRules = Phrase(nl: "verwacht: ‘rules:’ met per regel een regel-id en een ernst",
                                                 en: "expected 'rules:' with a rule id and a severity per line")
        public static let rulesMap = Phrase(nl: "‘rules’ koppelt regel-ids aan `off`, `info`, `warning` of `error`",
                                            en: "'rules' maps rule ids to `off`, `info`, `warning` or `error`")

        public static func unknownRule(_ id: String) -> Phrase {
            Phrase(nl: "onbekende regel ‘\(id)’; `docxforms validate --list-rules` noemt ze",
                   en: "unknown rule '\(id)'; `docxforms validate --list-rules` lists them")
        }

        public static func notASeverity(_ text: String) -> Phrase {
            Phrase(nl: "‘\(text)’ is geen ernst; gebruik `off`, `info`, `warning` of `error`",
                   en: "'\(text)' is not a severity; use `off`, `info`, `warning` or `error`")
        }
    }
}
