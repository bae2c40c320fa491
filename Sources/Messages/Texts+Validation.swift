extension Texts {
    /// What `validate` says: its rules' summaries, its findings and its report.
    public enum Validation {
        // MARK: rules

        /// What each rule checks (FormValidation's `Rule`s hold these).
        public enum Rules {
            public static let outcomeMissing = Phrase(nl: "Een leeruitkomst ontbreekt in het sjabloon.", en: "A learning outcome is missing from the template.")
            public static let indicatorMissing = Phrase(nl: "Een indicator uit het kijkkader ontbreekt.", en: "A kijkkader indicator is missing.")
            public static let indicatorWording = Phrase(nl: "Een indicator wijkt af van de formulering in de handleiding.", en: "An indicator's wording differs from the handbook.")
            public static let indicatorExtra = Phrase(nl: "Het kijkkader bevat een indicator die niet in de handleiding staat.", en: "The kijkkader holds an indicator that is not in the handbook.")
            public static let controlUntagged = Phrase(nl: "Een invulveld heeft geen tag.", en: "A content control has no tag.")
            public static let tagDuplicate = Phrase(nl: "Twee invulvelden hebben dezelfde tag.", en: "Two content controls share a tag.")
            public static let tagUnknown = Phrase(nl: "Een invulveld heeft een tag die docxforms niet kent.", en: "A content control has a tag docxforms does not know.")
            public static let controlMissing = Phrase(nl: "Een invulveld van het formulier ontbreekt.", en: "A field of the form is missing.")
            public static let controlKind = Phrase(nl: "Een invulveld is van de verkeerde soort (bijvoorbeeld tekst waar een keuzelijst hoort).", en: "A content control is of the wrong kind (text where a drop-down belongs, say).")
            public static let controlOptions = Phrase(nl: "Een keuzelijst biedt andere keuzes dan de handleiding.", en: "A drop-down offers other options than the handbook.")
            public static let templateFilled = Phrase(nl: "Het lege sjabloon is al (deels) ingevuld.", en: "The blank template is already (partly) filled in.")
            public static let trackedChanges = Phrase(nl: "Het sjabloon bevat bijgehouden wijzigingen.", en: "The template holds tracked changes.")
            public static let commentsLeft = Phrase(nl: "Het sjabloon bevat opmerkingen.", en: "The template holds comments.")
            public static let judgementMissing = Phrase(nl: "Bij de eindbeoordeling ontbreekt het oordeel van een summatieve leeruitkomst.", en: "At the eindbeoordeling a summative outcome has no judgement.")
            public static let confidenceMissing = Phrase(nl: "Bij de eindbeoordeling ontbreekt of er voldoende vertrouwen is voor jaar 3.", en: "At the eindbeoordeling the confidence statement for year 3 is missing.")
            public static let formativeFeedbackIncomplete = Phrase(nl: "De feedback op een formatieve leeruitkomst mist een van de drie delen.", en: "The feedback on a formative outcome lacks one of its three parts.")
            public static let selfReflectionMissing = Phrase(nl: "De zelfreflectie van de student ontbreekt.", en: "The student's self-reflection is missing.")
            public static let judgementWithoutMotivation = Phrase(nl: "Een oordeel zonder (korte) motivering.", en: "A judgement without a (brief) motivation.")
            public static let globalJudgement = Phrase(nl: "Een globale beoordeling zonder concrete voorbeelden van gedrag.", en: "A global judgement without concrete examples of behaviour.")
            public static let notMetWithoutNextSteps = Phrase(nl: "‘Niet voldaan’ zonder de volgende ontwikkelstappen.", en: "‘Niet voldaan’ without the next development steps.")
            public static let noDevelopmentSteps = Phrase(nl: "Nergens in het formulier staan ontwikkelstappen richting jaar 3.", en: "No development steps toward year 3 anywhere in the form.")
            public static let feedbackContradictsJudgement = Phrase(nl: "De feedback spreekt het oordeel tegen.", en: "The feedback contradicts the judgement.")
            public static let differentiationAsGrounds = Phrase(nl: "Differentiatie onderbouwt het oordeel, maar is alleen indicatief.", en: "Differentiation is given as grounds for the judgement, but it is indicative only.")
            public static let momentMissing = Phrase(nl: "Het formulier noemt geen moment, dus wat het moment vraagt is niet te controleren.", en: "The form names no moment, so what the moment requires cannot be checked.")
            public static let summativeAtStartgesprek = Phrase(nl: "Een summatief oordeel bij het startgesprek.", en: "A summative judgement at the startgesprek.")

            /// The rule of a record's diagnostic `code`: the form is not read unambiguously there.
            public static func reading(_ code: String) -> Phrase {
                Phrase(nl: "Het formulier is hier niet eenduidig te lezen; het veld blijft leeg (\(code)).",
                       en: "The form cannot be read unambiguously here; the field is left empty (\(code)).")
            }
        }

        // MARK: filled forms

        public static let noMoment = Phrase(
            nl: "Geen moment gevonden (startgesprek, tussenevaluatie, eindbeoordeling); kies het moment op het formulier.",
            en: "No moment found (startgesprek, tussenevaluatie, eindbeoordeling); choose the moment on the form.")

        public static func judgementAtStartgesprek(_ judgement: String) -> Phrase {
            Phrase(nl: "Oordeel ‘\(judgement)’ bij het startgesprek: daar hoort nog geen summatief oordeel.",
                   en: "Judgement ‘\(judgement)’ at the startgesprek, where no summative judgement belongs yet.")
        }

        public static func noJudgement(_ outcome: String) -> Phrase {
            Phrase(nl: "Geen oordeel (voldaan / niet voldaan) bij ‘\(outcome)’.", en: "No judgement (voldaan / niet voldaan) on ‘\(outcome)’.")
        }

        public static func noConfidence(_ outcome: String) -> Phrase {
            Phrase(nl: "Bij ‘\(outcome)’ ontbreekt of er voldoende vertrouwen is dat de student de leeruitkomst in jaar 3 afrondt.",
                   en: "‘\(outcome)’ does not say whether there is enough confidence the student completes it in year 3.")
        }

        public static func noSelfReflection(_ outcome: String) -> Phrase {
            Phrase(nl: "De zelfreflectie van de student bij ‘\(outcome)’ ontbreekt.", en: "The student's self-reflection on ‘\(outcome)’ is missing.")
        }

        /// The three parts of formative feedback, by record field.
        public static func feedbackPart(_ field: String) -> Phrase {
            switch field {
            case "indicatorsSeenFeedback": Phrase(nl: "de geziene indicatoren", en: "the indicators seen")
            case "developmentMade": Phrase(nl: "de doorgemaakte ontwikkeling", en: "the development made")
            default: Phrase(nl: "de nog te maken ontwikkeling", en: "the development still to make")
            }
        }

        public static func feedbackLacks(_ outcome: String, _ parts: [Phrase]) -> Phrase {
            Phrase(nl: "De feedback op ‘\(outcome)’ mist \(parts.map(\.nl).joined(separator: ", ")).",
                   en: "The feedback on ‘\(outcome)’ lacks \(parts.map(\.en).joined(separator: ", ")).")
        }

        public static let noDevelopmentSteps = Phrase(
            nl: "Nergens staan ontwikkelstappen richting jaar 3; benoem wat logisch en haalbaar is als volgende stap.",
            en: "No development steps toward year 3 anywhere; name what is a logical and feasible next step.")

        public static func globalFeedback(_ outcome: String) -> Phrase {
            Phrase(nl: "Globale feedback bij ‘\(outcome)’: geef concrete voorbeelden van gedrag.",
                   en: "Global feedback on ‘\(outcome)’: give concrete examples of behaviour.")
        }

        public static func unmotivated(_ judgement: String, _ outcome: String) -> Phrase {
            Phrase(nl: "Het oordeel ‘\(judgement)’ bij ‘\(outcome)’ is niet gemotiveerd: schrijf kort waarom.",
                   en: "The judgement ‘\(judgement)’ on ‘\(outcome)’ is not motivated: say briefly why.")
        }

        public static func notMetWithoutSteps(_ outcome: String) -> Phrase {
            Phrase(nl: "‘Niet voldaan’ bij ‘\(outcome)’ zonder volgende ontwikkelstappen: benoem wat de student nu moet ontwikkelen.",
                   en: "‘Niet voldaan’ on ‘\(outcome)’ without next development steps: name what the student must develop now.")
        }

        public static func contradicts(_ outcome: String, _ judgement: String) -> Phrase {
            Phrase(nl: "De feedback bij ‘\(outcome)’ lijkt het oordeel ‘\(judgement)’ tegen te spreken; laat ze op elkaar aansluiten.",
                   en: "The feedback on ‘\(outcome)’ seems to contradict the judgement ‘\(judgement)’; make them agree.")
        }

        public static func differentiation(_ outcome: String) -> Phrase {
            Phrase(nl: "De motivering bij ‘\(outcome)’ noemt differentiatie; die indicatoren zijn indicatief en tellen niet mee in het oordeel.",
                   en: "The motivation on ‘\(outcome)’ names differentiation; those indicators are indicative and do not count toward the judgement.")
        }

        // MARK: blank templates

        public static func noneTagged(_ count: Int) -> Phrase {
            Phrase(nl: "Geen van de \(count) invulvelden heeft een tag. LibreOffice laat tags weg bij het opslaan: "
                       + "sla het sjabloon op in Word (of schrijf het opnieuw met docxforms template).",
                   en: "None of the \(count) content controls has a tag. LibreOffice drops tags when it saves: "
                       + "save the template in Word (or write it again with docxforms template).")
        }

        public static func untagged(alias: String?) -> Phrase {
            let name = alias.map { " (‘\($0)’)" } ?? ""
            return Phrase(nl: "Invulveld\(name) zonder tag: docxforms kan het alleen op label vinden.",
                          en: "A content control\(name) without a tag: docxforms can find it by its label only.")
        }

        public static func tagTwice(_ tag: String) -> Phrase {
            Phrase(nl: "De tag ‘\(tag)’ komt vaker voor; alleen de eerste wordt gelezen.", en: "The tag ‘\(tag)’ is used more than once; only the first is read.")
        }

        public static func unknownTag(_ tag: String) -> Phrase {
            Phrase(nl: "Onbekende tag ‘\(tag)’: geen veld van het formulier.", en: "Unknown tag ‘\(tag)’: not a field of the form.")
        }

        public static func outcomeMissing(_ name: String) -> Phrase {
            Phrase(nl: "De leeruitkomst ‘\(name)’ ontbreekt.", en: "The learning outcome ‘\(name)’ is missing.")
        }

        public static func controlMissing(_ tag: String) -> Phrase {
            Phrase(nl: "Het invulveld met tag ‘\(tag)’ ontbreekt.", en: "The content control tagged ‘\(tag)’ is missing.")
        }

        public static func trackedChanges(_ count: Int) -> Phrase {
            count == 1
                ? Phrase(nl: "1 bijgehouden wijziging: aanvaard of weiger die voor u het sjabloon deelt.",
                         en: "1 tracked change: accept or reject it before sharing the template.")
                : Phrase(nl: "\(count) bijgehouden wijzigingen: aanvaard of weiger ze voor u het sjabloon deelt.",
                         en: "\(count) tracked changes: accept or reject them before sharing the template.")
        }

        public static func comments(_ count: Int) -> Phrase {
            count == 1
                ? Phrase(nl: "1 opmerking in het sjabloon: verwijder die voor u het deelt.", en: "1 comment in the template: remove it before sharing it.")
                : Phrase(nl: "\(count) opmerkingen in het sjabloon: verwijder ze voor u het deelt.",
                         en: "\(count) comments in the template: remove them before sharing it.")
        }

        /// What a kind of content control (its model name) is called.
        public static func controlKind(_ kind: String) -> Phrase {
            switch kind {
            case "text", "richtext": Phrase(nl: "tekstveld", en: "text control")
            case "checkbox": Phrase(nl: "selectievakje", en: "checkbox")
            case "dropdown": Phrase(nl: "vervolgkeuzelijst", en: "drop-down list")
            case "combobox": Phrase(nl: "keuzelijst met invoer", en: "combo box")
            case "date": Phrase(nl: "datumkiezer", en: "date picker")
            default: Phrase(nl: "ander soort veld (\(kind))", en: "control of another kind (\(kind))")
            }
        }

        public static func wrongKind(_ tag: String, found: Phrase, expected: Phrase) -> Phrase {
            Phrase(nl: "‘\(tag)’ is een \(found.nl); verwacht: een \(expected.nl).", en: "‘\(tag)’ is a \(found.en); expected: a \(expected.en).")
        }

        public static func otherOptions(_ tag: String, offered: String, expected: String) -> Phrase {
            Phrase(nl: "‘\(tag)’ biedt: \(offered.isEmpty ? "niets" : offered); verwacht: \(expected).",
                   en: "‘\(tag)’ offers: \(offered.isEmpty ? "nothing" : offered); expected: \(expected).")
        }

        public static func templateFilled(_ tag: String) -> Phrase {
            Phrase(nl: "‘\(tag)’ is al ingevuld; een leeg sjabloon toont alleen de plaatsaanduiding.",
                   en: "‘\(tag)’ is already filled in; a blank template shows only the placeholder.")
        }

        public static func indicatorMissing(_ id: String, _ text: String) -> Phrase {
            Phrase(nl: "Indicator \(id) ontbreekt: “\(text)”", en: "Indicator \(id) is missing: “\(text)”")
        }

        public static func indicatorWording(_ id: String, diff: String) -> Phrase {
            Phrase(nl: "Indicator \(id) wijkt af van de handleiding: “\(diff)”", en: "Indicator \(id) differs from the handbook: “\(diff)”")
        }

        public static func indicatorExtra(_ text: String) -> Phrase {
            Phrase(nl: "Deze regel van het kijkkader staat niet in de handleiding: “\(text)”", en: "This kijkkader row is not in the handbook: “\(text)”")
        }

        // MARK: the report

        public static let unreadable = Phrase(nl: "onleesbaar", en: "unreadable")
        /// What a rule checks: blank templates or filled forms (`--list-rules`).
        public static let templateScope = Phrase(nl: "sjabloon", en: "template")
        public static let formScope = Phrase(nl: "formulier", en: "form")
        public static let noFindings = Phrase(nl: "geen bevindingen", en: "no findings")
        public static let theForm = Phrase(nl: "het formulier", en: "the form")

        public static func summary(files: Int, errors: Int, warnings: Int, notes: Int) -> Phrase {
            func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
            return Phrase(
                nl: "\(count(files, "bestand", "bestanden")): \(count(errors, "fout", "fouten")), "
                    + "\(count(warnings, "waarschuwing", "waarschuwingen")), \(count(notes, "opmerking", "opmerkingen"))",
                en: "\(count(files, "file", "files")): \(count(errors, "error", "errors")), "
                    + "\(count(warnings, "warning", "warnings")), \(count(notes, "note", "notes"))")
        }
    }
}
