extension Texts {
    /// eJournal: payloads, the live template's checks, posting, logging in.
    /// eJournal's own words (its `description`) are quoted as it gives them.
    public enum EJournal {
        // MARK: values left out of a payload

        public static let noValue = Phrase(nl: "het formulier heeft daar geen waarde", en: "the form has no value there")

        /// `diagnostic`: the record's own, for the value.
        public static func noValueBecause(_ diagnostic: Phrase) -> Phrase {
            Phrase(nl: "het formulier geeft daar geen zekere waarde: \(diagnostic.nl)", en: "the form gives no sure value there: \(diagnostic.en)")
        }

        public static func notADate(_ text: String) -> Phrase {
            Phrase(nl: "‘\(text)’ is geen dag van de kalender", en: "'\(text)' is no day of the calendar")
        }

        public static func noOption(_ value: String) -> Phrase {
            Phrase(nl: "de kaart noemt geen keuze voor ‘\(value)’ (nooit de dichtstbijzijnde)", en: "the map names no option for '\(value)' (never the nearest)")
        }

        public static func leftOut(field: Int, value: String, why: Phrase) -> Phrase {
            Phrase(nl: "veld \(field) (\(value)) weggelaten: \(why.nl)", en: "field \(field) (\(value)) left out: \(why.en)")
        }

        // MARK: the map against the live template

        public static func fieldNotInTemplate(_ id: Int, template: String) -> Phrase {
            Phrase(nl: "veld \(id) hoort niet bij sjabloon ‘\(template)’", en: "field \(id) is not a field of template '\(template)'")
        }

        public static func typeDiffers(_ field: String, mapped: String, live: String) -> Phrase {
            Phrase(nl: "veld \(field) heeft in eJournal type ‘\(live)’, de kaart zegt ‘\(mapped)’",
                   en: "field \(field) has type '\(live)' in eJournal, the map says '\(mapped)'")
        }

        public static func optionNotOffered(_ option: String, field: String, offered: [String]) -> Phrase {
            let nl = offered.map { "‘\($0)’" }.joined(separator: ", "), en = offered.map { "'\($0)'" }.joined(separator: ", ")
            return Phrase(nl: "‘\(option)’ is geen keuze van veld \(field) (precies gelijk, hoofdletters en spaties ook); het biedt \(nl)",
                          en: "'\(option)' is not an option of field \(field) (exactly, case and spaces too); it offers \(en)")
        }

        public static func requiredNotMapped(_ field: String) -> Phrase {
            Phrase(nl: "verplicht veld \(field) staat niet in de kaart: eJournal zou elk formulier weigeren",
                   en: "required field \(field) is not in the map: eJournal would refuse every form")
        }

        public static func templateNotAvailable(_ id: Int, assignment: Int, available: [(id: Int, name: String)]) -> Phrase {
            let nl = available.map { "\($0.id) ‘\($0.name)’" }.joined(separator: ", "), en = available.map { "\($0.id) '\($0.name)'" }.joined(separator: ", ")
            return Phrase(
                nl: "sjabloon \(id) is niet (meer) beschikbaar in opdracht \(assignment): een sjabloon met inzendingen dat bewerkt wordt, wordt gearchiveerd en zijn velden krijgen nieuwe nummers. Maak de kaart opnieuw met ‘docxforms ejournal map init’ (sjablonen nu: \(nl.isEmpty ? "geen" : nl))",
                en: "template \(id) is not (or no longer) available in assignment \(assignment): a template with entries that is edited is archived and its fields get new ids. Make the map anew with 'docxforms ejournal map init' (templates now: \(en.isEmpty ? "none" : en))")
        }

        public static func templateForDeadlinesOnly(_ id: Int) -> Phrase {
            Phrase(nl: "sjabloon \(id) is alleen voor deadlines en docenten: een student kan er niet mee plaatsen (--as teacher?)",
                   en: "template \(id) is for deadlines and teachers only: a student cannot post with it (--as teacher?)")
        }

        public static let yesOrDryRun = Phrase(nl: "--yes of --dry-run, niet allebei", en: "--yes or --dry-run, not both")

        public static let mapNeedsAssignment = Phrase(
            nl: "om te plaatsen heeft de kaart ‘course_id’ en ‘assignment_id’ nodig", en: "to post, the map needs 'course_id' and 'assignment_id'")

        // MARK: an entry eJournal would refuse

        public static func optionRefused(_ value: String, field: String) -> Phrase {
            Phrase(nl: "‘\(value)’ is geen keuze van veld \(field)", en: "'\(value)' is not an option of field \(field)")
        }

        public static func dateRefused(_ value: String, field: String) -> Phrase {
            Phrase(nl: "‘\(value)’ in veld \(field) is geen datum JJJJ-MM-DD", en: "'\(value)' in field \(field) is not a date YYYY-MM-DD")
        }

        public static func requiredMissing(_ field: String, why: Phrase?) -> Phrase {
            let reason = why.map { Phrase(nl: " (\($0.nl))", en: " (\($0.en))") } ?? Phrase.verbatim("")
            return Phrase(nl: "verplicht veld \(field) heeft geen waarde\(reason.nl)", en: "required field \(field) has no value\(reason.en)")
        }

        // MARK: posting, form by form

        public static func wouldPost(_ source: String, journal: Int, template: String, fields: Int) -> Phrase {
            Phrase(nl: "\(source): zou geplaatst worden in journal \(journal), sjabloon ‘\(template)’, \(fields) velden:",
                   en: "\(source): would be posted to journal \(journal), template '\(template)', \(fields) fields:")
        }

        public static func posted(_ source: String, entry: Int, journal: Int) -> Phrase {
            Phrase(nl: "\(source): geplaatst als inzending \(entry) in journal \(journal)", en: "\(source): posted as entry \(entry) in journal \(journal)")
        }

        public static func postedAsTeacher(_ source: String, entry: Int, journal: Int) -> Phrase {
            Phrase(nl: "\(source): geplaatst als docentinzending \(entry) in journal \(journal)",
                   en: "\(source): posted as teacher entry \(entry) in journal \(journal)")
        }

        public static func alreadyPosted(_ source: String, entry: Int, journal: Int, on date: String) -> Phrase {
            Phrase(nl: "\(source): al geplaatst als inzending \(entry) in journal \(journal) (\(date)); overgeslagen",
                   en: "\(source): already posted as entry \(entry) in journal \(journal) (\(date)); skipped")
        }

        public static func notPosted(_ source: String, why: Phrase) -> Phrase {
            Phrase(nl: "\(source): niet geplaatst: \(why.nl)", en: "\(source): not posted: \(why.en)")
        }

        /// Before the reasons, one per line.
        public static func notPostedBecause(_ source: String) -> Phrase {
            Phrase(nl: "\(source): niet geplaatst:", en: "\(source): not posted:")
        }

        public static func wouldBeRefused(_ source: String) -> Phrase {
            Phrase(nl: "\(source): zou geweigerd worden:", en: "\(source): would be refused:")
        }

        public static func refusedByEJournal(_ description: String) -> Phrase {
            Phrase(nl: "eJournal weigert de inzending: «\(description)»", en: "eJournal refused the entry: «\(description)»")
        }

        public static func unreadableForm(_ message: String) -> Phrase {
            Phrase(nl: "het formulier is niet te lezen: \(message)", en: "the form cannot be read: \(message)")
        }

        public static let notAFilledForm = Phrase(nl: "het is een leeg formulier", en: "it is a blank form")
        public static let noStudent = Phrase(nl: "het formulier noemt geen student (naam en nummer leeg of onleesbaar)",
                                             en: "the form names no student (name and number empty or unreadable)")

        public static func noJournal(student: String) -> Phrase {
            Phrase(nl: "geen journal in de opdracht heeft student ‘\(student)’ als auteur (naam of gebruikersnaam)",
                   en: "no journal of the assignment has student '\(student)' as author (name or username)")
        }

        public static func severalJournals(student: String, journals: [Int]) -> Phrase {
            let list = journals.map(String.init).joined(separator: ", ")
            return Phrase(nl: "meer journals passen bij student ‘\(student)’ (\(list)): geen gekozen",
                          en: "several journals fit student '\(student)' (\(list)): none chosen")
        }

        public static let noJournalOfYours = Phrase(nl: "je hebt geen journal in deze opdracht", en: "you have no journal in this assignment")

        public static func notYourForm(student: String, you: String) -> Phrase {
            Phrase(nl: "het formulier is van student ‘\(student)’, je bent ingelogd als ‘\(you)’: een student plaatst alleen eigen formulieren",
                   en: "the form is of student '\(student)', you are logged in as '\(you)': a student posts their own forms only")
        }

        public static func summary(forms: Int, posted: Int, wouldPost: Int, refused: Int, skipped: Int, dryRun: Bool) -> Phrase {
            let nl = "\(forms) \(forms == 1 ? "formulier" : "formulieren")", en = "\(forms) \(forms == 1 ? "form" : "forms")"
            if dryRun {
                return Phrase(
                    nl: "\(nl): \(wouldPost) zou\(wouldPost == 1 ? "" : "den") geplaatst worden, \(refused) geweigerd, \(skipped) al geplaatst. Er is niets geplaatst; plaats met --yes.",
                    en: "\(en): \(wouldPost) would be posted, \(refused) refused, \(skipped) already posted. Nothing was posted; post with --yes.")
            }
            return Phrase(nl: "\(nl): \(posted) geplaatst, \(refused) niet geplaatst, \(skipped) al geplaatst.",
                          en: "\(en): \(posted) posted, \(refused) not posted, \(skipped) already posted.")
        }

        // MARK: the server

        public static func unreachable(_ server: String, _ reason: String) -> Phrase {
            Phrase(nl: "eJournal op \(server) is niet bereikbaar (\(reason))", en: "eJournal at \(server) cannot be reached (\(reason))")
        }

        public static func loginRefused(_ detail: String) -> Phrase {
            Phrase(nl: "eJournal weigert de inlog: «\(detail)»", en: "eJournal refused the login: «\(detail)»")
        }

        public static let loginExpired = Phrase(
            nl: "de inlog bij eJournal is verlopen of ongeldig: log opnieuw in met ‘docxforms ejournal login’ (of zet EJOURNAL_TOKEN)",
            en: "the eJournal login has expired or is not valid: log in again with 'docxforms ejournal login' (or set EJOURNAL_TOKEN)")

        public static func refused(_ status: Int, _ description: String) -> Phrase {
            Phrase(nl: "eJournal antwoordt \(status): «\(description)»", en: "eJournal answered \(status): «\(description)»")
        }

        public static func unexpectedAnswer(_ status: Int, path: String) -> Phrase {
            Phrase(nl: "eJournal gaf op \(path) een antwoord dat niet te lezen is (HTTP \(status)); is --server het adres van de API van eJournal?",
                   en: "eJournal gave an answer to \(path) that cannot be read (HTTP \(status)); is --server the address of eJournal's API?")
        }

        public static let noServer = Phrase(
            nl: "welke eJournal? Geef --server ADRES (of EJOURNAL_URL), of log eerst in met ‘docxforms ejournal login --server ADRES’",
            en: "which eJournal? Give --server ADDRESS (or EJOURNAL_URL), or log in first with 'docxforms ejournal login --server ADDRESS'")
        public static let notLoggedIn = Phrase(
            nl: "niet ingelogd: ‘docxforms ejournal login’ eerst, of zet EJOURNAL_TOKEN",
            en: "not logged in: 'docxforms ejournal login' first, or set EJOURNAL_TOKEN")

        public static func serverNotHTTPS(_ server: String) -> Phrase {
            Phrase(nl: "‘\(server)’ is geen https-adres: wachtwoord en sleutels gaan alleen versleuteld over het netwerk (http alleen naar deze computer zelf)",
                   en: "'\(server)' is not an https address: the password and tokens cross the network encrypted only (http only to this computer itself)")
        }

        public static let usernamePrompt = Phrase(nl: "Gebruikersnaam eJournal: ", en: "eJournal username: ")
        public static let passwordPrompt = Phrase(nl: "Wachtwoord (wordt niet getoond): ", en: "Password (not shown): ")
        public static let noPassword = Phrase(nl: "geen wachtwoord gegeven", en: "no password given")

        public static func loggedIn(_ server: String, user: String, file: String) -> Phrase {
            Phrase(nl: "ingelogd bij \(server) als \(user); de sleutels staan in \(file) (alleen voor jou leesbaar)",
                   en: "logged in to \(server) as \(user); the tokens are in \(file) (readable by you only)")
        }

        public static func loginFileUnwritable(_ file: String) -> Phrase {
            Phrase(nl: "kan \(file) niet schrijven", en: "cannot write \(file)")
        }

        public static func receiptsUnreadable(_ file: String) -> Phrase {
            Phrase(nl: "de ontvangstbewijzen in \(file) zijn niet te lezen: herstel of verplaats het bestand (anders zou dubbel geplaatst kunnen worden)",
                   en: "the receipts in \(file) cannot be read: repair or move the file (else entries could be posted twice)")
        }

        public static func receiptsUnwritable(_ file: String) -> Phrase {
            Phrase(nl: "kan de ontvangstbewijzen niet schrijven in \(file): gestopt, zodat niets dubbel geplaatst wordt",
                   en: "cannot write the receipts to \(file): stopped, so that nothing is posted twice")
        }

        // MARK: fields and map init

        public static func templateLine(_ id: Int, name: String, presetOnly: Bool) -> Phrase {
            Phrase(nl: "sjabloon \(id) ‘\(name)’\(presetOnly ? " (alleen voor deadlines en docenten)" : "")",
                   en: "template \(id) '\(name)'\(presetOnly ? " (for deadlines and teachers only)" : "")")
        }

        public static let requiredWord = Phrase(nl: "verplicht", en: "required")
        public static let optionalWord = Phrase(nl: "optioneel", en: "optional")

        public static func chooseTemplate(_ templates: [(id: Int, name: String)]) -> Phrase {
            let nl = templates.map { "\($0.id) ‘\($0.name)’" }.joined(separator: ", "), en = templates.map { "\($0.id) '\($0.name)'" }.joined(separator: ", ")
            return Phrase(nl: "kies een sjabloon met --template: \(nl.isEmpty ? "de opdracht heeft er geen" : nl)",
                          en: "choose a template with --template: \(en.isEmpty ? "the assignment has none" : en)")
        }

        public static func skeletonHeader(template: String) -> Phrase {
            Phrase(nl: "eJournal-kaart voor sjabloon ‘\(template)’, gemaakt door docxforms ejournal map init.",
                   en: "eJournal map for template '\(template)', made by docxforms ejournal map init.")
        }

        public static let skeletonCheck = Phrase(
            nl: "Velden zijn op titel gekoppeld aan waarden uit het record: controleer ze, en vul aan wat als commentaar staat.",
            en: "Fields were matched to record values by title: check them, and complete what is left as a comment.")
        public static let skeletonTypeNotFilled = Phrase(nl: "docxforms vult dit type veld niet", en: "docxforms does not fill this type of field")
        public static let skeletonNoMatch = Phrase(nl: "geen waarde uit het record gevonden voor deze titel; kies er zelf een",
                                                   en: "no record value found for this title; choose one yourself")

        public static func skeletonNotAChoice(_ path: String) -> Phrase {
            Phrase(nl: "\(path) is vrije tekst, dit veld een keuzelijst", en: "\(path) is free text, this field a selection")
        }

        public static func skeletonNotADate(_ path: String) -> Phrase {
            Phrase(nl: "\(path) is geen datum, dit veld wel", en: "\(path) is not a date, this field is")
        }

        public static func skeletonNoOption(_ options: [String]) -> Phrase {
            let list = options.map { "\"\($0)\"" }.joined(separator: ", ")
            return Phrase(nl: "geen keuze van het veld betekent dit zeker; kies uit \(list)", en: "no option of the field surely means this; choose from \(list)")
        }
    }
}
