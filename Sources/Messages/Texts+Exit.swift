extension Texts {
    /// What each exit status means (README's table).
    public enum Exit {
        public static func meaning(_ status: ExitStatus) -> Phrase {
            switch status {
            case .success: Phrase(nl: "gelukt", en: "success")
            case .findings: Phrase(nl: "`validate`: bevindingen op of boven --fail-on", en: "`validate`: findings at or above --fail-on")
            case .severalFailures: Phrase(nl: "meer bestanden mislukt, om verschillende redenen (elk bestand zegt waarom)",
                                          en: "several files failed, for different reasons (each file says why)")
            case .unreadable: Phrase(nl: "bestand kan niet gelezen worden", en: "file cannot be read")
            case .emptyFile: Phrase(nl: "leeg bestand", en: "empty file")
            case .notADocx: Phrase(nl: "geen .docx: geen zip-archief, of een ander formaat (XML, PDF, RTF, OpenDocument)",
                                   en: "not a .docx: not a zip archive, or another format (XML, PDF, RTF, OpenDocument)")
            case .damagedZip: Phrase(nl: "beschadigd of afgebroken zip-archief", en: "damaged or truncated zip")
            case .corruptData: Phrase(nl: "beschadigde gecomprimeerde gegevens (deflate- of CRC-fout)", en: "corrupt compressed data (deflate or CRC error)")
            case .encrypted: Phrase(nl: "met een wachtwoord beveiligd document", en: "password-protected (encrypted) document")
            case .legacyDoc: Phrase(nl: "Word 97-2003 (.doc), ook als het .docx heet", en: "Word 97-2003 .doc, also when renamed .docx")
            case .notAWordDocument: Phrase(nl: "een zip-archief dat geen Word-document is (spreadsheet, presentatie)",
                                           en: "a zip that is no Word document (spreadsheet, presentation)")
            case .missingPart: Phrase(nl: "een onmisbaar onderdeel ontbreekt", en: "a required part is missing")
            case .malformedXML: Phrase(nl: "XML die niet goed gevormd is", en: "malformed XML")
            case .doctypeRefused: Phrase(nl: "een DOCTYPE- of entiteitsdeclaratie (geweigerd, nooit gelezen)",
                                         en: "a DOCTYPE or entity declaration (refused, never read)")
            case .limitExceeded: Phrase(nl: "een limiet overschreden", en: "a resource limit exceeded")
            case .outputNotWritable: Phrase(nl: "het uitvoerbestand kan niet geschreven worden", en: "an output file cannot be written")
            case .invalidPluginOrMap: Phrase(nl: "een vakbestand (plugin), eJournal-koppeling of ontvangstbewijzenbestand is ongeldig, of de koppeling past niet op het sjabloon in eJournal",
                                             en: "a subject plugin file, eJournal map or receipts file is not valid, or the map does not fit the template in eJournal")
            case .cannotListen: Phrase(nl: "`serve`: op het adres kan niet geluisterd worden", en: "`serve`: the address cannot be listened on")
            case .notAForm: Phrase(nl: "een Word-document dat geen feedback- en beoordelingsformulier is",
                                   en: "a Word document that is no feedback-and-assessment form")
            case .invalidSettings: Phrase(nl: "`validate`: het instellingenbestand is ongeldig", en: "`validate`: the settings file is not valid")
            case .nothingToRead: Phrase(nl: "niets te lezen: de mappen bevatten geen formulieren", en: "nothing to read: the folders hold no forms")
            case .notPosted: Phrase(nl: "`ejournal post`: een of meer formulieren niet geplaatst (geweigerd door eJournal of door de controle vooraf; elk formulier zegt waarom)",
                                    en: "`ejournal post`: one or more forms not posted (refused by eJournal or by the check beforehand; each form says why)")
            case .eJournalUnavailable: Phrase(nl: "eJournal niet bereikbaar, inlog geweigerd of verlopen, of een antwoord dat niet te lezen is",
                                              en: "eJournal cannot be reached, the login was refused or has expired, or an answer cannot be read")
            case .usage: Phrase(nl: "verkeerd gebruik van de opdrachtregel", en: "command-line usage error")
            }
        }
    }
}
