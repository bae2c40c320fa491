extension Texts {
    /// The headers of the CSV columns, by their machine key (`--header keys` writes the keys).
    public enum Columns {
        public static func header(_ key: String) -> Phrase {
            switch key {
            case "source": Phrase(nl: "Bestand", en: "File")
            case "student_name": Phrase(nl: "Naam student", en: "Student name")
            case "student_number": Phrase(nl: "Studentnummer", en: "Student number")
            case "subject_code": Phrase(nl: "Vakcode", en: "Subject code")
            case "subject_name": Phrase(nl: "Vak", en: "Subject")
            case "moment": Phrase(nl: "Moment", en: "Moment")
            case "date": Phrase(nl: "Datum", en: "Date")
            case "outcome_id": Phrase(nl: "Leeruitkomst (id)", en: "Outcome (id)")
            case "outcome_name": Phrase(nl: "Leeruitkomst", en: "Learning outcome")
            case "assessment": Phrase(nl: "Beoordeling", en: "Assessment")
            case "supervisor_role": Phrase(nl: "Rol werkplekbegeleider", en: "Supervisor's role")
            case "judgement": Phrase(nl: "Oordeel", en: "Judgement")
            case "confidence": Phrase(nl: "Voldoende vertrouwen", en: "Confidence")
            case "indicators_seen": Phrase(nl: "Indicatoren gezien", en: "Indicators seen")
            case "indicators_listed": Phrase(nl: "Aantal indicatoren", en: "Indicators listed")
            case "self_reflection": Phrase(nl: "Zelfreflectie", en: "Self-reflection")
            case "feedback": Phrase(nl: "Feedback", en: "Feedback")
            case "feedback_indicators_seen": Phrase(nl: "Feedback op geziene indicatoren", en: "Feedback on indicators seen")
            case "development_made": Phrase(nl: "Doorgemaakte ontwikkeling", en: "Development made")
            case "development_to_make": Phrase(nl: "Nog te maken ontwikkeling", en: "Development still to make")
            case "indicator_id": Phrase(nl: "Indicator (id)", en: "Indicator (id)")
            case "indicator_text": Phrase(nl: "Indicator", en: "Indicator")
            case "seen": Phrase(nl: "Gezien", en: "Seen")
            case "warnings": Phrase(nl: "Waarschuwingen", en: "Warnings")
            case "error": Phrase(nl: "Fout", en: "Error")
            default: .verbatim(key)
            }
        }
    }
}
