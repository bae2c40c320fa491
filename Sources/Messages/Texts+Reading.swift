#if canImport(Glibc)
import Glibc
#endif

extension Texts {
    /// Why a file could not be read, and what to do (the reading core's errors).
    public enum Reading {
        /// The file could not be opened; `reason` is the system's.
        public static func cannotRead(_ reason: Phrase) -> Phrase {
            Phrase(nl: "het bestand kan niet gelezen worden (\(reason.nl)).", en: "cannot read the file (\(reason.en)).")
        }

        /// The system's reason for error number `code`: the common ones in both
        /// languages, others as the system words them.
        public static func systemReason(_ code: Int32) -> Phrase {
            switch code {
            case ENOENT: Phrase(nl: "bestand of map bestaat niet", en: "no such file or directory")
            case EACCES, EPERM: Phrase(nl: "geen toegang", en: "permission denied")
            case EISDIR: isAFolder
            case ENOSPC: Phrase(nl: "de schijf is vol", en: "no space left on device")
            case EROFS: Phrase(nl: "alleen-lezen bestandssysteem", en: "read-only file system")
            default: .verbatim(String(cString: strerror(code)).lowercased())
            }
        }

        public static let isAFolder = Phrase(nl: "het is een map", en: "it is a folder")

        public static let emptyFile = Phrase(
            nl: "het bestand is leeg (0 bytes). Sla het formulier opnieuw op en probeer het nog eens.",
            en: "the file is empty (0 bytes). Save the form again and retry.")
        public static let notAZip = Phrase(
            nl: "geen Word-bestand (.docx): het is geen zip-archief. Is het hernoemd vanuit een ander formaat?",
            en: "not a Word .docx file (it is not a zip archive). Was it renamed from another format?")
        public static let xmlNotDocx = Phrase(
            nl: "dit is een los XML-bestand (misschien Word 2003 XML), geen .docx. Open het in Word en sla het op als .docx.",
            en: "this is a plain XML file (perhaps Word 2003 XML), not a .docx. Open it in Word and save as .docx.")

        /// Another format than .docx, told by its first bytes or its name: the cure is the same.
        public static func otherFormat(_ name: String) -> Phrase {
            Phrase(nl: "dit is een \(name)-bestand, geen .docx. Open het formulier in Word en sla het op als .docx.",
                   en: "this is a \(name) file, not a .docx. Open the form in Word and save it as .docx.")
        }

        public static func damagedZip(_ detail: Phrase) -> Phrase {
            Phrase(nl: "het zip-archief is beschadigd of afgebroken (\(detail.nl)). Download of kopieer het bestand opnieuw.",
                   en: "the zip archive is damaged or truncated (\(detail.en)). Download or copy the file again.")
        }

        public static let truncated = Phrase(nl: "geen einde van de centrale map; het bestand is waarschijnlijk afgebroken",
                                             en: "no end of central directory; the file is probably truncated")
        public static let crcError = Phrase(
            nl: "gecomprimeerde gegevens zijn beschadigd (deflate- of CRC-fout). Download of kopieer het bestand opnieuw.",
            en: "compressed data is corrupt (deflate or CRC error). Download or copy the file again.")
        public static let encrypted = Phrase(
            nl: "het document is met een wachtwoord beveiligd. Haal het wachtwoord weg in Word (Bestand > Info > Document beveiligen) en sla het opnieuw op.",
            en: "the document is password-protected. Remove the password in Word (File > Info > Protect Document) and save again.")
        public static let legacyDoc = Phrase(
            nl: "dit is een Word 97-2003-bestand (.doc). Open het in Word en sla het op als .docx.",
            en: "this is a Word 97-2003 .doc file. Open it in Word and save as .docx.")

        public static func notAWordDocument(found: Phrase) -> Phrase {
            Phrase(nl: "dit is een zip-archief, maar geen Word-document (gevonden: \(found.nl)).",
                   en: "this is a zip archive but not a Word document (found \(found.en)).")
        }

        public static let foundSpreadsheet = Phrase(nl: "een spreadsheet", en: "a spreadsheet")
        public static let foundPresentation = Phrase(nl: "een presentatie", en: "a presentation")
        public static let foundOtherCompoundFile = Phrase(nl: "een binair Office-bestand van een andere soort (OLE)",
                                                          en: "a binary Office file of another kind (OLE compound file)")
        public static let foundNoOfficeParts = Phrase(nl: "een zip-archief zonder Office-onderdelen",
                                                      en: "a zip archive without any Office document parts")
        public static func foundContentType(_ type: String) -> Phrase {
            Phrase(nl: "inhoud van het type \(type)", en: "content of type \(type)")
        }

        public static func missingPart(_ name: String) -> Phrase {
            Phrase(nl: "het onderdeel ‘\(name)’ ontbreekt; het bestand is beschadigd.",
                   en: "required part '\(name)' is missing; the file is damaged.")
        }

        public static let mainPart = Phrase(nl: "het hoofddocument", en: "the main document part")

        /// `detail` is libxml2's own message (English only, as it gives it).
        public static func malformedXML(_ detail: String) -> Phrase {
            Phrase(nl: "de XML is niet goed gevormd: \(detail).", en: "the XML is not well-formed: \(detail).")
        }

        public static let doctypeRefused = Phrase(
            nl: "er staat een DOCTYPE- of entiteitsdeclaratie in; die is geweigerd (Word schrijft die nooit; het bestand is mogelijk gemaakt om te misleiden).",
            en: "a DOCTYPE or entity declaration was found and refused (Word never writes one; the file may be crafted).")
        public static let notAForm = Phrase(
            nl: "dit Word-document is geen feedback- en beoordelingsformulier (geen van zijn velden, leeruitkomsten of kijkkaderrijen is gevonden).",
            en: "this Word document is not a feedback-and-assessment form (none of its fields, learning outcomes or kijkkader rows were found).")

        /// A limit of ``name`` exceeded: `found` (nil when only "more than" is known) against `allowed`, in `unit`.
        public static func limitExceeded(_ name: Phrase, found: Int?, allowed: Int, unit: Phrase) -> Phrase {
            let nl = found.map { "\($0) \(unit.nl)" } ?? "meer dan \(allowed) \(unit.nl)"
            let en = found.map { "\($0) \(unit.en)" } ?? "more than \(allowed) \(unit.en)"
            return Phrase(nl: "de limiet voor \(name.nl) is overschreden: \(nl), hoogstens \(allowed) toegestaan.",
                          en: "\(name.en) limit exceeded: \(en), at most \(allowed) allowed.")
        }

        /// The limits' names, and the units they count in.
        public static let fileSize = Phrase(nl: "bestandsgrootte", en: "file size")
        public static let partSize = Phrase(nl: "grootte van één onderdeel", en: "part size")
        public static let totalSize = Phrase(nl: "totale uitgepakte grootte", en: "total inflated size")
        public static let entryCount = Phrase(nl: "aantal zip-items", en: "zip entry count")
        public static let compressionRatio = Phrase(nl: "compressieverhouding", en: "compression ratio")
        public static let xmlDepth = Phrase(nl: "XML-nestingsdiepte", en: "XML nesting depth")
        public static let textSize = Phrase(nl: "grootte van één XML-tekst", en: "text node size")
        public static let controls = Phrase(nl: "aantal invulvelden", en: "content control count")
        public static let bytes = Phrase(nl: "bytes", en: "bytes")
        public static let entries = Phrase(nl: "items", en: "entries")
        public static let times = Phrase(nl: "keer", en: "times")
        public static let levels = Phrase(nl: "niveaus", en: "levels")
        public static let controlUnit = Phrase(nl: "invulvelden", en: "content controls")
    }
}
