extension Texts {
    /// The web page's words. `html` fills the page's `{{key}}` places; `script`
    /// goes to the page's script as data (`{name}` places are filled there).
    /// The link to the other language (`switch`, `switchLabel`) is worded in
    /// that language, as it is marked (`lang`) on the page.
    public enum Page {
        public static let html: [String: Phrase] = [
            "title": Phrase(nl: "Formulier controleren – docxforms", en: "Check a form – docxforms"),
            "heading": Phrase(nl: "Feedback- en beoordelingsformulier controleren", en: "Check a feedback and assessment form"),
            "intro": Phrase(
                nl: "Kies je ingevulde formulier (.docx). Je ziet wat eruit gelezen is en wat er nog ontbreekt of beter kan, "
                    + "en je kunt het resultaat downloaden voor je portfolio. Het formulier wordt alleen in het geheugen gelezen "
                    + "en daarna vergeten: er wordt niets bewaard.",
                en: "Choose your filled-in form (.docx). You see what was read from it and what is still missing or could be better, "
                    + "and you can download the result for your portfolio. The form is read in memory only and then forgotten: "
                    + "nothing is stored."),
            "file": Phrase(nl: "Formulier (.docx)", en: "Form (.docx)"),
            "drop": Phrase(nl: "Of sleep het bestand naar dit vak.", en: "Or drag the file onto this box."),
            "errorTitle": Phrase(nl: "Dit bestand kan niet gelezen worden", en: "This file cannot be read"),
            "recordTitle": Phrase(nl: "Wat er in het formulier staat", en: "What the form says"),
            "readingTitle": Phrase(nl: "Wat niet zeker te lezen was", en: "What could not be read for sure"),
            "downloadJSON": Phrase(nl: "Download JSON", en: "Download JSON"),
            "downloadCSV": Phrase(nl: "Download CSV", en: "Download CSV"),
            "findingsTitle": Phrase(nl: "Wat ontbreekt of beter kan", en: "What is missing or could be better"),
            "footer": Phrase(nl: "docxforms – draait op deze computer, zonder internet.", en: "docxforms – runs on this computer, without internet."),
            "switch": Phrase(nl: "English", en: "Nederlands"),
            "switchTo": Phrase(nl: "en", en: "nl"),
            "switchLabel": Phrase(nl: "This page in English", en: "Deze pagina in het Nederlands"),
        ]

        public static let script: [String: Phrase] = [
            "serverStatus": Phrase(nl: "De server antwoordde met status {status}.", en: "The server answered with status {status}."),
            "tooLarge": Phrase(nl: "Het bestand is groter dan deze server aanneemt. Een ingevuld formulier is meestal zo'n 100 kB; "
                                   + "haal grote afbeeldingen eruit en probeer het opnieuw.",
                               en: "The file is larger than this server accepts. A filled form is usually about 100 kB; "
                                   + "take out large pictures and try again."),
            "reading": Phrase(nl: "Bezig met lezen van {file}…", en: "Reading {file}…"),
            "read": Phrase(nl: "{file} is gelezen.", en: "{file} has been read."),
            "student": Phrase(nl: "Student", en: "Student"),
            "subject": Phrase(nl: "Vak", en: "Subject"),
            "moment": Phrase(nl: "Moment", en: "Moment"),
            "date": Phrase(nl: "Datum", en: "Date"),
            "school": Phrase(nl: "School", en: "School"),
            "supervisor": Phrase(nl: "Werkplekbegeleider", en: "Workplace supervisor"),
            "form": Phrase(nl: "Formulier", en: "Form"),
            "blank": Phrase(nl: "Dit formulier is nog leeg: er is niets ingevuld.", en: "This form is still blank: nothing is filled in."),
            "summative": Phrase(nl: "summatief", en: "summative"),
            "summative-intermediate": Phrase(nl: "summatief (tussentijds)", en: "summative (intermediate)"),
            "formative": Phrase(nl: "formatief", en: "formative"),
            "judgementLabel": Phrase(nl: "Oordeel: ", en: "Judgement: "),
            "noJudgement": Phrase(nl: "geen oordeel ingevuld", en: "no judgement filled in"),
            "confidence": Phrase(nl: " · met vertrouwen in verdere ontwikkeling", en: " · with confidence in further development"),
            "feedback": Phrase(nl: "Feedback", en: "Feedback"),
            "selfReflection": Phrase(nl: "Zelfreflectie", en: "Self-reflection"),
            "notFilled": Phrase(nl: "niet ingevuld", en: "not filled in"),
            "seen": Phrase(nl: "Gezien ({seen} van {total} indicatoren):", en: "Seen ({seen} of {total} indicators):"),
            "noneSeen": Phrase(nl: "Geen van de {total} indicatoren is als gezien aangevinkt.", en: "None of the {total} indicators is marked as seen."),
            "nothingFound": Phrase(nl: "Niets gevonden: het formulier lijkt compleet.", en: "Nothing found: the form looks complete."),
            "onePoint": Phrase(nl: "1 punt om naar te kijken.", en: "1 point to look at."),
            "points": Phrase(nl: "{count} punten om naar te kijken.", en: "{count} points to look at."),
            "error": Phrase(nl: "Ontbreekt of fout", en: "Missing or wrong"),
            "warning": Phrase(nl: "Let op", en: "Note"),
            "info": Phrase(nl: "Tip", en: "Tip"),
            "whatToDo": Phrase(nl: "Wat te doen: ", en: "What to do: "),
        ]
    }
}

extension Texts {
    /// What the web page's API answers when it gives no record.
    public enum Service {
        public static let notMultipart = Phrase(
            nl: "het verzoek is geen multipart/form-data-upload; stuur het formulier in een veld met de naam ‘file’.",
            en: "the request is not a multipart/form-data upload; send the form in a field named 'file'.")
        public static func badMultipart(_ detail: String) -> Phrase {
            Phrase(nl: "de upload is geen geldige multipart/form-data (\(detail)).", en: "the upload is not valid multipart/form-data (\(detail)).")
        }
        public static let noFileField = Phrase(nl: "de upload heeft geen veld ‘file’; kies een .docx-formulier om te versturen.",
                                               en: "the upload has no field named 'file'; choose a .docx form to send.")
        public static func unknownLayout(_ layout: String) -> Phrase {
            Phrase(nl: "onbekende CSV-indeling ‘\(layout)’; bekend: long, indicator.", en: "unknown CSV layout '\(layout)'; known: long, indicator.")
        }
        public static func unknownFormat(_ format: String) -> Phrase {
            Phrase(nl: "onbekend formaat ‘\(format)’; bekend: json, csv.", en: "unknown format '\(format)'; known: json, csv.")
        }
        public static let incomplete = Phrase(nl: "de upload is niet heel aangekomen; stuur hem opnieuw.", en: "the upload did not arrive whole; send it again.")
        public static func tooLarge(mebibytes: Int) -> Phrase {
            Phrase(nl: "de upload is groter dan \(mebibytes) MiB, het meeste dat deze server aanneemt.",
                   en: "the upload is larger than \(mebibytes) MiB, the most this server accepts.")
        }
        public static func tooSlow(seconds: Int64) -> Phrase {
            Phrase(nl: "de upload duurde langer dan \(seconds) s; probeer het opnieuw op een stabielere verbinding.",
                   en: "the upload took longer than \(seconds) s; try again on a steadier connection.")
        }
        public static let notJSON = Phrase(nl: "het antwoord kon niet als JSON geschreven worden.", en: "the answer could not be written as JSON.")
    }
}
