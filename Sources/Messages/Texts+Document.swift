extension Texts {
    /// What the reading core notes about a document it could read (`dump`'s diagnostics).
    public enum Document {
        public static func bindingDiffers(_ name: String) -> Phrase {
            Phrase(nl: "invulveld ‘\(name)’ toont andere inhoud dan zijn gekoppelde custom-XML-waarde; de gekoppelde waarde is genomen",
                   en: "content control '\(name)' shows other content than its bound custom XML value; the bound value is used")
        }
        public static func bindingUnsupported(_ name: String, _ reason: Phrase) -> Phrase {
            Phrase(nl: "invulveld ‘\(name)’: \(reason.nl)", en: "content control '\(name)': \(reason.en)")
        }
        public static func customXMLSkipped(_ reason: String) -> Phrase {
            Phrase(nl: "custom-XML-onderdeel overgeslagen: de XML is niet goed gevormd (\(reason))",
                   en: "custom XML part skipped: the XML is not well-formed (\(reason))")
        }
        public static func unclosedField(_ instruction: String) -> Phrase {
            Phrase(nl: "veld ‘\(instruction)’ heeft geen einde; zijn resultaat is als tekst bewaard",
                   en: "a field '\(instruction)' has no end; its result is kept as text")
        }
        public static let unbalancedField = Phrase(nl: "een veldeinde zonder begin is genegeerd", en: "a field end without a beginning was ignored")
        public static let strayBlock = Phrase(nl: "inhoud buiten elk verhaal is genegeerd", en: "content outside any story was ignored")
        public static let mainPartWithoutType = Phrase(nl: "het hoofddocument heeft geen inhoudstype; gelezen als WordprocessingML",
                                                       en: "the main part has no content type; read as WordprocessingML")
        public static let mainPartByContentType = Phrase(
            nl: "geen officeDocument-relatie; het hoofddocument is via [Content_Types].xml gevonden",
            en: "no officeDocument relationship; the main part was found through [Content_Types].xml")
        public static let relatedPartMissing = Phrase(nl: "een gerelateerd onderdeel ontbreekt", en: "a related part is missing")
        public static func partSkipped(_ reason: String) -> Phrase {
            Phrase(nl: "overgeslagen: de XML is niet goed gevormd (\(reason))", en: "skipped: the XML is not well-formed (\(reason))")
        }

        // MARK: XPath of data bindings

        public static func notAbsolute(_ expression: String) -> Phrase {
            Phrase(nl: "geen absoluut pad: \(expression)", en: "not an absolute path: \(expression)")
        }
        public static func unsupportedPredicate(_ expression: String) -> Phrase {
            Phrase(nl: "niet ondersteund predicaat in \(expression)", en: "unsupported predicate in \(expression)")
        }
        public static func undeclaredPrefix(_ prefix: String, _ expression: String) -> Phrase {
            Phrase(nl: "niet gedeclareerd voorvoegsel ‘\(prefix)’ in \(expression)", en: "undeclared prefix '\(prefix)' in \(expression)")
        }
        public static func unsupportedStep(_ step: String, _ expression: String) -> Phrase {
            Phrase(nl: "niet ondersteunde stap ‘\(step)’ in \(expression)", en: "unsupported step '\(step)' in \(expression)")
        }
        public static let attributeStepLast = Phrase(nl: "een attribuutstap moet de laatste zijn", en: "an attribute step must come last")
    }
}
