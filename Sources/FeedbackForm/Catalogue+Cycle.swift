// The table of complex professional skills (Bijlage 1), the year-1 outcomes
// of custom trajectories (chapter 1) and the moments of the conversation cycle
// (chapter 3), from the handbook.

extension Catalogue {
    static let complexSkills: [SkillDimension] = [
        skill("Opbouw van routines", "Ontwikkelt incidentele routines met hulp van externe sturing",
              "Werkt routinematig in herkenbare situaties", "Past routines flexibel toe in nieuwe of complexe contexten"),
        skill("Overzien van taken", "Richt zich op losse handelingen of deeltaken", "Verbindt en ordent verschillende taken",
              "Overziet het geheel en maakt strategische afwegingen"),
        skill("Overzien van leerroutes (van anderen)", "Volgt bestaande methodes of instructies",
              "Past aanpak aan per individu of groep", "Ontwerpt leerprocessen op maat en verbindt deze met bredere kaders"),
        skill("Zelfstandigheid", "Handelt onder begeleiding of na instructie", "Werkt zelfstandig en stemt af wanneer nodig",
              "Neemt initiatief, begeleidt anderen en ontwikkelt een duidelijke visie"),
        skill("Verantwoordelijkheden buiten het klaslokaal", "Richt zich primair op de eigen lespraktijk",
              "Neemt deeltaken op zich binnen de bredere schoolcontext",
              "Neemt actief eigenaarschap in schoolontwikkeling en neemt initiatief"),
        skill("Vertrouwen van collega’s", "Bouwt vertrouwen op door expliciete begeleiding",
              "Wordt betrouwbaar geacht bij uitvoering van taken", "Wordt geraadpleegd, fungeert als klankbord of coach"),
        skill("Verantwoordelijkheid tonen en ervaren", "Neemt taken op na toewijzing",
              "Neemt verantwoordelijkheid binnen afgesproken kaders",
              "Positioneert zich als mede-eigenaar van bredere (onderwijs)doelen"),
        skill("Metacognitie", "Herkent eigen fouten achteraf en leert daaruit",
              "Reflecteert op het eigen handelen en benoemt oorzaken", "Plant, monitort en evalueert eigen handelen systematisch"),
        skill("Onderliggende kennisbasis", "Heeft fragmentarisch inzicht in begrippen en methoden",
              "Legt verbanden tussen modellen en kennisgebieden", "Integreert diepgaande, toepasbare kennis in handelen"),
        skill("Voorspelbaarheid van context", "Functioneert in standaard- of oefensituaties",
              "Reageert adequaat in wisselende situaties", "Blijft effectief in onvoorspelbare, complexe situaties"),
        skill("Analytisch vermogen", "Herkent fouten of verschillen in de uitvoering", "Analyseert samenhang en oorzaken",
              "Doorziet systemen, anticipeert op ontwikkelingen"),
        skill("Evaluatief vermogen", "Volgt bestaande kaders zonder eigen afweging", "Weegt keuzes op basis van ervaring of kennis",
              "Maakt bewuste afwegingen t.o.v. doelen, waarden en context"),
        skill("Samenwerking en communicatie", "Reageert op aanwijzingen, deelt informatie op verzoek",
              "Wisselt actief informatie uit en stemt af met anderen", "Bouwt bruggen, faciliteert samenwerking, adresseert spanningen"),
        skill("Professionele identiteit en ethisch handelen", "Handelt volgens regels en zoekt bevestiging",
              "Herkent ethische dilemma’s en maakt afwegingen", "Handelt congruent met waarden, neemt morele verantwoordelijkheid"),
    ]

    static let yearOneOutcomes: [CustomTrajectoryOutcome] = [
        CustomTrajectoryOutcome(id: "orientatie-op-beroep", name: "Oriëntatie op Beroep", supervisorJudgementNeeded: false),
        CustomTrajectoryOutcome(id: "orientatie-op-een-positief-leerklimaat", name: "Oriëntatie op een positief leerklimaat",
                                supervisorJudgementNeeded: false),
        CustomTrajectoryOutcome(id: "orientatie-op-de-lerende", name: "Oriëntatie op de lerende", supervisorJudgementNeeded: false),
        CustomTrajectoryOutcome(id: "ontwerpen-uitvoeren-en-evalueren", name: "Ontwerpen, uitvoeren en evalueren",
                                supervisorJudgementNeeded: true),
        CustomTrajectoryOutcome(id: "effectieve-instructie", name: "Effectieve instructie", supervisorJudgementNeeded: true),
    ]

    static let formMoments: [Moment] = [
        Moment(id: "startgesprek", name: "Startgesprek", timing: "na ongeveer 3 weken; het eerste driehoeksgesprek",
               requires: [.goal, .learningActivities, .successCriteria], allows: []),
        Moment(id: "tussenevaluatie", name: "Tussenevaluatie", timing: "halverwege; het tweede driehoeksgesprek",
               requires: [.selfReflection, .supervisorFeedback, .threePartFeedback], allows: [.judgement, .confidence]),
        Moment(id: "eindbeoordeling", name: "Eindbeoordeling", timing: "aan het eind van het werkplekleren",
               requires: [.selfReflection, .supervisorFeedback, .threePartFeedback, .judgement, .confidence], allows: []),
    ]

    private static func skill(_ name: String, _ begin: String, _ growth: String, _ advanced: String) -> SkillDimension {
        SkillDimension(id: slug(name), name: name, phases: [
            .init(phase: .beginfase, text: begin), .init(phase: .groeifase, text: growth),
            .init(phase: .vergevorderdeFase, text: advanced),
        ])
    }

    /// Builds an outcome from the handbook's texts, deriving the ids.
    static func outcome(id: String, name: String, aliases: [String], numbers: [(String, String)],
                        assessment: Outcome.Assessment, supervisorRole: Outcome.SupervisorRole, description: String,
                        dimensions: [(String, String, assessable: Bool, [String])]) -> Outcome {
        Outcome(
            id: id, name: name, aliases: aliases, numbers: numbers.map { Outcome.Number(scheme: $0.0, number: $0.1) },
            assessment: assessment, supervisorRole: supervisorRole, description: description,
            dimensions: dimensions.map { dimensionID, dimensionName, assessable, sentences in
                let fullID = "\(id).\(dimensionID)"
                return Dimension(id: fullID, name: dimensionName, assessable: assessable,
                                 indicators: sentences.enumerated().map { n, text in
                                     Indicator(id: "\(fullID).\(n + 1)", text: text, assessable: assessable)
                                 })
            })
    }

    /// `Vertrouwen van collega’s` → `vertrouwen-van-collegas`.
    static func slug(_ name: String) -> String {
        var out = ""
        for scalar in fold(name).unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "-", !out.hasSuffix("-"), !out.isEmpty {
                out.append("-")
            }
        }
        return out.hasSuffix("-") ? String(out.dropLast()) : out
    }
}
