extension Texts {
    /// What the command line says besides the files' own errors.
    public enum Commands {
        public static func cannotListen(host: String, port: Int, reason: Phrase) -> Phrase {
            Phrase(nl: "kan niet luisteren op \(host):\(port) (\(reason.nl)); kies een andere --port of --host.",
                   en: "cannot listen on \(host):\(port) (\(reason.en)); choose another --port or --host.")
        }

        public static func serving(_ address: String) -> Phrase {
            Phrase(nl: "de formulierpagina staat op \(address) (Ctrl-C stopt)", en: "serving the form page on \(address) (Ctrl-C stops)")
        }

        public static func servingOpenly(_ host: String) -> Phrase {
            Phrase(nl: "let op: luistert op \(host): anderen op het netwerk kunnen formulieren naar deze pagina sturen, over gewone HTTP.",
                   en: "warning: listening on \(host): others on the network can send forms to this page, over plain HTTP.")
        }

        /// `target` is a path, or ``standardOutput``.
        public static func cannotWrite(_ target: Phrase, reason: Phrase) -> Phrase {
            Phrase(nl: "\(target.nl): de uitvoer kan niet geschreven worden (\(reason.nl)).", en: "\(target.en): cannot write the output (\(reason.en)).")
        }

        public static let standardOutput = Phrase(nl: "standaarduitvoer", en: "standard output")

        public static func wrote(_ path: String) -> Phrase {
            Phrase(nl: "geschreven: \(path)", en: "wrote \(path)")
        }

        /// The limit's flag that raises it, after a limit's message.
        public static func raiseWith(_ flag: String) -> Phrase {
            Phrase(nl: "Verhoog de limiet met \(flag).", en: "Use \(flag) to raise it.")
        }

        /// The end of an `extract` run.
        public static func extractSummary(files: Int, forms: Int, failed: Int, skipped: Int, seconds: String) -> Phrase {
            func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
            let skippedNL = skipped > 0 ? ", \(skipped) overgeslagen (geen formulier)" : ""
            let skippedEN = skipped > 0 ? ", \(skipped) skipped (no form)" : ""
            return Phrase(nl: "\(count(files, "bestand", "bestanden")), \(count(forms, "formulier", "formulieren")), \(failed) mislukt\(skippedNL), \(seconds) s",
                          en: "\(count(files, "file", "files")), \(count(forms, "form", "forms")), \(failed) failed\(skippedEN), \(seconds) s")
        }

        /// Why the failed files failed: how many of each exit status.
        public static func failedBy(_ counts: [(status: ExitStatus, count: Int)]) -> Phrase {
            func list(_ language: Language) -> String {
                counts.map { "\($0.count) × \($0.status.meaning(language)) (\($0.status.rawValue))" }.joined(separator: "; ")
            }
            return Phrase(nl: "mislukt: \(list(.nl))", en: "failed: \(list(.en))")
        }

        public static func nothingToRead(_ paths: [String]) -> Phrase {
            let list = paths.joined(separator: ", ")
            return Phrase(nl: "niets te lezen: \(list) bevat geen .docx-, .docm- of .dotx-bestanden.",
                          en: "nothing to read: \(list) holds no .docx, .docm or .dotx files.")
        }

        public static let keyOnCommandLine = Phrase(
            nl: "let op: een sleutel op de opdrachtregel staat in de procestabel en de shellgeschiedenis; gebruik --pseudonymise-key-file of DOCXFORMS_PSEUDONYM_KEY.",
            en: "warning: a key on the command line shows in the process table and the shell history; use --pseudonymise-key-file or DOCXFORMS_PSEUDONYM_KEY.")
        public static let emptyKey = Phrase(nl: "de pseudonimiseringssleutel is leeg", en: "the pseudonymisation key is empty")

        // MARK: usage errors

        public static let jobsAtLeastOne = Phrase(nl: "--jobs moet minstens 1 zijn", en: "--jobs must be at least 1")
        public static let delimiter = Phrase(nl: "--delimiter moet , of ; of tab zijn", en: "--delimiter must be , or ; or tab")
        public static let ejournalNeedsMap = Phrase(nl: "--format ejournal heeft --map BESTAND nodig", en: "--format ejournal needs --map FILE")
        public static let filesOrListRules = Phrase(nl: "geef de bestanden om te controleren (of --list-rules)", en: "give the files to check (or --list-rules)")
        public static let subjectWithTemplate = Phrase(nl: "--subject hoort alleen bij --template", en: "--subject applies to --template only")
        public static func unknownSubject(_ subject: String, known: [String]) -> Phrase {
            Phrase(nl: "onbekend vak ‘\(subject)’; bekend: \(known.joined(separator: ", "))",
                   en: "unknown subject '\(subject)'; known: \(known.joined(separator: ", "))")
        }
        public static let maxDepth = Phrase(nl: "--max-depth moet tussen 1 en 256 liggen (de grens van libxml2)",
                                            en: "--max-depth must be between 1 and 256 (libxml2's limit)")
        public static let positiveLimits = Phrase(nl: "--max-entries, --max-ratio en --max-controls moeten positief zijn",
                                                  en: "--max-entries, --max-ratio and --max-controls must be positive")
        public static func between(_ flag: String, _ low: Int, _ high: Int, unit: Phrase? = nil) -> Phrase {
            let nl = unit.map { " \($0.nl)" } ?? "", en = unit.map { " \($0.en)" } ?? ""
            return Phrase(nl: "\(flag) moet van \(low) tot \(high)\(nl) zijn", en: "\(flag) must be from \(low) to \(high)\(en)")
        }
        public static let seconds = Phrase(nl: "seconden", en: "seconds")
        public static let oneKeySource = Phrase(nl: "geef de sleutel op één manier: --pseudonymise of --pseudonymise-key-file",
                                                en: "give the key one way: --pseudonymise or --pseudonymise-key-file")
    }
}

extension Texts {
    /// The words of the listings for people (`catalogue`, `plugins` in text format).
    public enum Listing {
        public static func outcomeLine(assessment: String, supervisor: String, numbers: String) -> Phrase {
            Phrase(nl: "beoordeling: \(assessment); werkplekbegeleider: \(supervisor); nummers \(numbers)",
                   en: "assessment: \(assessment); supervisor: \(supervisor); numbered \(numbers)")
        }
        public static let indicative = Phrase(nl: " (indicatief, niet beoordeeld)", en: " (indicative, not assessed)")
        public static let skills = Phrase(nl: "Complexe beroepsvaardigheden (beginfase / groeifase / vergevorderde fase)",
                                          en: "Complex professional skills (beginfase / groeifase / vergevorderde fase)")
        public static let trajectories = Phrase(nl: "Leeruitkomsten jaar 1 van maatwerktrajecten", en: "Year-1 outcomes of custom trajectories")
        public static func supervisorJudgement(_ needed: Bool) -> Phrase {
            needed ? Phrase(nl: "oordeel werkplekbegeleider nodig", en: "supervisor's judgement needed")
                   : Phrase(nl: "oordeel werkplekbegeleider niet nodig", en: "supervisor's judgement not needed")
        }
        public static let moments = Phrase(nl: "Momenten", en: "Moments")
        public static func requires(_ list: String) -> Phrase { Phrase(nl: "vraagt \(list)", en: "requires \(list)") }
        public static func allows(_ list: String) -> Phrase { Phrase(nl: "staat toe: \(list)", en: "allows \(list)") }
        public static let aliases = Phrase(nl: "andere namen", en: "aliases")
        public static let starred = Phrase(nl: ", met *", en: ", starred")
        public static let role = Phrase(nl: "rol", en: "role")
        public static let pilot = Phrase(nl: "pilot", en: "pilot")
        public static let builtIn = Phrase(nl: "ingebouwd", en: "built-in")
    }
}

extension Texts.Commands {
    /// A first word that is no command, with the nearest command if one is near.
    public static func unknownCommand(_ typed: String, suggestion: String?) -> Phrase {
        let nl = suggestion.map { " Bedoel je ‘docxforms \($0)’?" } ?? " `docxforms --help` noemt de opdrachten."
        let en = suggestion.map { " Did you mean 'docxforms \($0)'?" } ?? " `docxforms --help` lists the commands."
        return Phrase(nl: "onbekende opdracht ‘\(typed)’.\(nl)", en: "unknown command '\(typed)'.\(en)")
    }
}
