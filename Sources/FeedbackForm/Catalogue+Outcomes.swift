// The five general outcomes and their kijkkader, from chapters 1 and 5 of the
// handbook. Every text is the handbook's, character for character; the
// catalogue tests compare them with the handbook.

extension Catalogue {
    static let generalOutcomes: [Outcome] = [
        outcome(
            id: "positief-leerklimaat", name: "Creëren van positief leerklimaat",
            aliases: ["Creëren van een positief leerklimaat", "Creëren van positief leerklimaat", "Positief leerklimaat"],
            numbers: [("chapter-1", "5.1"), ("overview-table", "5.1"), ("chapter-5", "5.1")],
            assessment: .summativeIntermediate, supervisorRole: .assessAndGuide,
            description: "Je creëert in les- en begeleidingssituaties een veilig en stimulerend leerklimaat waarin alle lerenden zo goed mogelijk kunnen leren. Je schept voorwaarden hiervoor door een goed klassenmanagement en door het groeps- en communicatieproces op een positieve manier te beïnvloeden en begeleiden. Je past hierbij kennis toe over groepsdynamische processen, culturele verschillen, gelijke kansen en effectieve didactiek. Je toont inzicht te hebben in de invloed van groepsnormen en groepscohesie op het leerklimaat en je kunt deze processen (bij)sturen. Je toont je bewust van je verbale en non-verbale communicatie en de mogelijke effecten daarvan op de prestaties en het welzijn van de lerenden. Je reflecteert kritisch op jouw eigen handelen, je kunt je handelen legitimeren en jezelf hierin gericht ontwikkelen.",
            dimensions: [
                ("klassenmanagement", "Klassenmanagement", assessable: true, [
                    "Je kunt uitleggen welke regels en routines je in de klas hanteert, waarom je daarvoor gekozen hebt en hoe ze bijdragen aan rust en voorspelbaarheid.",
                    "Je past consequent routines toe en grijpt in als afspraken niet worden nageleefd.",
                    "Je activeert leerlingen aan het begin van de les (bijv. door vragen, korte opdrachten of een prikkelende start).",
                    "Je houdt leerlingen betrokken door afwisseling, tempo en interactie te gebruiken tijdens de les.",
                    "Je bent je bewust van je stemgebruik, houding, mimiek en gebaren en past deze aan op de situatie of groep.",
                    "Je gebruikt positieve, duidelijke en respectvolle taal richting leerlingen.",
                    "Je herkent signalen van onrust, verveling of uitsluiting in de groep.",
                    "Je reageert adequaat en consequent op ongewenst gedrag en benoemt gewenst gedrag expliciet.",
                    "Je stemt instructie, werkvormen en tempo af op de groep en het lesdoel.",
                    "Je creëert een veilige en stimulerende leeromgeving door structuur en heldere verwachtingen.",
                ]),
                ("groeps-en-communicatieproces-begeleiden", "Groeps- en communicatieproces begeleiden", assessable: true, [
                    "Je onderhoudt regelmatig contact met de groep door oogcontact, gebaren en open lichaamstaal.",
                    "Je stemt toon, tempo en woordkeuze af op het niveau en de behoeften van de leerlingen.",
                    "Je observeert groepsdynamiek (wie neemt de leiding, wie trekt zich terug, hoe wordt er samengewerkt).",
                    "Je grijpt in of past activiteiten aan om samenwerking, veiligheid en respect te bevorderen.",
                    "Je beschrijft situaties waarin je moest kiezen tussen verschillende pedagogische belangen.",
                    "Je kunt toelichten waarom je bepaalde keuzes hebt gemaakt en hoe die het groepsklimaat beïnvloeden.",
                ]),
                ("kansengelijkheid", "Kansengelijkheid", assessable: true, [
                    "Je spreekt leerlingen aan op hun mogelijkheden in plaats van hun beperkingen.",
                    "Je biedt alle leerlingen gelijke kansen om deel te nemen en te presteren, bijvoorbeeld door differentiatie of extra ondersteuning.",
                    "Je geeft feedback die gericht is op groei en inzet, niet op persoonskenmerken.",
                    "Je spreekt waardering uit voor inzet en voortgang, en stimuleert leerlingen om verder te denken of proberen.",
                ]),
                ("reflecteren", "Reflecteren", assessable: true, [
                    "Je beschrijft concreet wat je hebt gedaan in de klas, wat het effect was op de groep en hoe je dat hebt vastgesteld (observaties, feedback, eigen gevoel).",
                    "Je benoemt wat goed ging en wat je wilt verbeteren, en koppelt dat aan theorie of feedback van anderen.",
                    "Je past inzichten uit reflectie toe in je volgende lessen en kunt uitleggen waarom.",
                ]),
            ]),
        outcome(
            id: "afstemmen", name: "Afstemmen op de lerende",
            aliases: ["Afstemmen op de lerende", "Afstemmen op de lerenden", "Afstemmen op de lerende(n)", "Afstemmen"],
            numbers: [("chapter-1", "5.2"), ("overview-table", "5.2"), ("chapter-5", "5.1")],
            assessment: .summativeIntermediate, supervisorRole: .assessAndGuide,
            description: "Je stemt je pedagogisch en didactisch handelen af op de onderwijsbehoeften van de lerenden. Daarmee draag je bij aan een veilig leerklimaat en bied je inclusief onderwijs aan dat voor alle lerenden passend is. Hiervoor pas je kennis toe over de ontwikkeling van executieve functies, van kennis over de meest voorkomende leer- en gedragsproblemen en van kennis over het creëren van gelijke kansen. Je gaat daarbij uit van hoge verwachtingen. Je past verschillende observatietechnieken en gesprekstechnieken toe en je maakt gebruik van de informatiebronnen om de onderwijsbehoeften in de groep inzichtelijk te maken en te analyseren. Je kijkt kritisch naar jouw eigen handelen en gaat daarbij na of dit aansluit bij de onderwijsbehoeften van alle lerende(n).",
            dimensions: [
                ("inventariseren-van-behoeften", "Inventariseren van behoeften", assessable: true, [
                    "Je verzamelt informatie over leerlingen via observaties, toetsen, gesprekken, rapportages of overdrachten.",
                    "Je analyseert deze informatie om patronen, sterke kanten en ondersteuningsbehoeften te herkennen.",
                    "Je bespreekt je bevindingen met collega’s, ouders of begeleiders om een completer beeld te vormen.",
                    "Je verwerkt de verzamelde gegevens in je lesvoorbereiding of aanpak om aan te sluiten bij de behoeften van leerlingen.",
                ]),
                ("didactisch-afstemmen", "Didactisch afstemmen", assessable: true, [
                    "Je ontwerpt en plant lessen met een heldere opbouw, doelen en differentiatie afgestemd op niveau en behoefte.",
                    "Je gebruikt variatie in werkvormen, instructie en feedback om alle leerlingen te activeren en uit te dagen.",
                    "Je kunt uitleggen waarom je bepaalde didactische keuzes maakt, onderbouwd met theorie of feedback.",
                    "Je zorgt in je lessen voor gelijke deelname en stimuleert leerlingen om vertrouwen te hebben in hun leervermogen.",
                    "Je herkent signalen van verschillen in aandacht, motivatie, planning of werkhouding bij leerlingen.",
                    "Je past opdrachten, instructie of begeleiding aan om leerlingen te ondersteunen bij bijvoorbeeld concentratie, taakaanpak of zelfregulatie.",
                    "Je benoemt welke executieve functies relevant zijn voor jouw les en hoe je daar rekening mee hebt gehouden.",
                ]),
                ("pedagogisch-afstemmen", "Pedagogisch afstemmen", assessable: true, [
                    "Je creëert een veilige sfeer waarin leerlingen zich gezien en gewaardeerd voelen.",
                    "Je spreekt vertrouwen en hoge verwachtingen uit richting alle leerlingen, ongeacht achtergrond of niveau.",
                    "Je past je begeleiding en feedback aan op de emotionele en sociale behoeften van leerlingen.",
                    "Je kunt toelichten waarom je bepaalde pedagogische keuzes hebt gemaakt en hoe die bijdragen aan een positief groepsklimaat.",
                    "Je signaleert verschillen in zelfcontrole, emotieregulatie of sociale interactie tussen leerlingen.",
                    "Je kiest passende interventies of begeleiding om gewenst gedrag te stimuleren en ongewenst gedrag te voorkomen.",
                    "Je stemt verwachtingen en ondersteuning af op de individuele mogelijkheden van leerlingen, binnen de grenzen van de groep.",
                ]),
                ("inzicht-eigen-handelen", "Inzicht eigen handelen", assessable: true, [
                    "Je beschrijft concreet wat je hebt gedaan, hoe leerlingen daarop reageerden en wat het effect was.",
                    "Je vergelijkt je handelen met theoretische kaders of modellen (bijv. didactische principes, pedagogische theorieën).",
                    "Je gebruikt feedback van collega’s, mentor of leerlingen om je handelen te analyseren.",
                    "Je benoemt wat je wilt behouden, verbeteren of anders aanpakken, met een duidelijke onderbouwing waarom.",
                    "Je koppelt je leer- of ontwikkeldoelen aan theorie, feedback of eerdere ervaringen.",
                    "Je vertaalt je inzichten in concrete acties voor een volgende les, periode of stage.",
                ]),
            ]),
        outcome(
            id: "leerstof-verwerken", name: "Leerstof verwerken",
            aliases: ["Leerstof verwerken", "LUK Leerstof verwerken"],
            numbers: [("chapter-1", "5.3"), ("overview-table", "5.3"), ("chapter-5", "5.2")],
            assessment: .summative, supervisorRole: .assessAndGuide,
            description: "Je zet passende leeractiviteiten in om de doelen te behalen. Je hanteert hierbij vakdidactische principes. Je gebruikt activerende werkvormen en productieve strategieën tijdens de les. Je zorgt voor spreiding van de oefeningen in tijd en voor afwisseling van werkvormen. Je achterhaalt regelmatig in de les of de lerende de inhoud heeft begrepen. Tevens ben je in staat om verlengde instructie te geven aan lerenden die meer ondersteuning of uitdaging nodig hebben. Je gaat na met een collega of de door jou gekozen leeractiviteiten passend en effectief zijn geweest voor het verwerken van de leerstof.",
            dimensions: [
                ("toepassing-van-vakdidactiek", "Toepassing van vakdidactiek", assessable: true, [
                    "Je kunt uitleggen welke vakdidactische principes bij jouw vak horen en hoe je die hebt toegepast in je les.",
                    "Je kiest leeractiviteiten die passen bij het lesdoel, de voorkennis en het niveau van de leerlingen.",
                    "Je stemt de opbouw van de les (instructie en verwerking) af op het bereiken van de leerdoelen.",
                    "Je wisselt af tussen verschillende werkvormen (bijv. klassikaal, individueel, samenwerkend leren).",
                    "Je plant herhaling of oefening op verschillende momenten in, om het leereffect te versterken.",
                    "Je kunt toelichten waarom je voor bepaalde werkvormen hebt gekozen vanuit vakdidactisch oogpunt.",
                ]),
                ("activerend-lesgeven", "Activerend lesgeven", assessable: true, [
                    "Je betrekt leerlingen actief bij het leerproces door middel van vragen, opdrachten of discussie.",
                    "Je zet werkvormen in die leerlingen aanzetten tot denken, onderzoeken of samenwerken.",
                    "Je observeert en bewaakt de betrokkenheid van leerlingen tijdens de les.",
                    "Je controleert tijdens de les actief of leerlingen de leerstof begrijpen (bijv. door formatieve vragen, check-ins, korte opdrachten.",
                    "Je reageert op signalen van onbegrip door extra uitleg, een ander voorbeeld of een aangepaste werkvorm te geven.",
                    "Je gebruikt de feedback van leerlingen om het tempo, de uitleg of de oefeningen aan te passen.",
                ]),
                ("differentiatie", "Differentiatie – indicatief (niet om te beoordelen)", assessable: false, [
                    "Je past je uitleg of begeleiding aan op het niveau of de ondersteuningsbehoefte van leerlingen.",
                    "Je biedt verschillende routes of keuzemogelijkheden binnen opdrachten aan, afgestemd op wat leerlingen nodig hebben.",
                    "Je houdt rekening met tempo-, interesse- en niveauverschillen in de groep.",
                    "Je gebruikt gevarieerde werkvormen zodat leerlingen op verschillende manieren kunnen leren (bijv. visueel, praktisch, verbaal).",
                    "Je biedt verdiepings- of herhalingstaken aan om leerlingen op hun eigen niveau uit te dagen.",
                    "Je kunt toelichten waarom en hoe je hebt gedifferentieerd.",
                ]),
                ("evaluatie-van-eigen-handelen", "Evaluatie van eigen handelen", assessable: true, [
                    "Je vergelijkt de behaalde resultaten of reacties van leerlingen met de gestelde leerdoelen.",
                    "Je vraagt feedback aan leerlingen, collega’s of je mentor over de effectiviteit van je uitleg of werkvormen.",
                    "Je benoemt sterke punten en verbeterpunten in je aanpak op basis van observaties en feedback.",
                    "Je reflecteert op wat niet goed werkte en onderzoekt mogelijke oorzaken (bijv. te weinig instructie, te moeilijke taak, onvoldoende variatie).",
                    "Je formuleert concrete aanpassingen of nieuwe strategieën voor een volgende les.",
                    "Je past je toekomstige aanpak aan op basis van de inzichten uit je evaluatie.",
                ]),
            ]),
        outcome(
            id: "ict", name: "Leren en lesgeven met ict",
            aliases: ["Leren en lesgeven met ict", "Leren en lesgeven met ICT", "LUK Leren en lesgeven met ICT", "ICT"],
            numbers: [("chapter-1", "5.5"), ("overview-table", "5.4"), ("chapter-5", "5.3")],
            assessment: .formative, supervisorRole: .guideAndFeedback,
            description: "Je kunt met ict onderwijs ontwerpen, uitvoeren en evalueren, met als doel het leren te faciliteren, monitoren, evalueren en optimaliseren. Je gebruikt de mogelijkheden van technologie om jezelf te blijven ontwikkelen in je vakgebied als leraar. Je toont aan dat je jezelf nieuwe ict-middelen eigen kunt maken en deze doelgericht en verantwoord kunt inzetten in jouw onderwijspraktijk. Je experimenteert met (voor jou) nieuwe technologie en maakt gebruik van de expertise van anderen. Je kunt lerenden toerusten voor de digitale samenleving en fungeert hierbij als rolmodel.",
            dimensions: [
                ("orientatie", "Oriëntatie", assessable: true, [
                    "Je analyseert welke ict-faciliteiten beschikbaar zijn binnen jouw onderwijscontext en bepaalt hoe je deze kunt gebruiken.",
                    "Je brengt de relevante leerlijn digitale geletterdheid voor jouw context in kaart om je les daarop aan te laten sluiten.",
                    "Je selecteert actuele bronnen of technologische ontwikkelingen die relevant zijn voor de inhoud van je les of je professionele ontwikkeling.",
                ]),
                ("ontwerpen", "Ontwerpen", assessable: true, [
                    "Je ontwerpt methodisch een onderwijsactiviteit waarin je de samenhang tussen lesinhoud, didactiek en technologie beschrijft en verantwoordt (TPACK).",
                    "Je integreert activiteiten die bijdragen aan de digitale geletterdheid van de leerlingen.",
                    "Je kiest ict-middelen en werkvormen waarmee je data kunt verzamelen over het leerproces van de leerlingen.",
                ]),
                ("uitvoeren", "Uitvoeren", assessable: true, [
                    "Je voert het ontwerp uit in de praktijk en toont daarbij aan dat je de gekozen ict-middelen beheerst en effectief kunt inzetten.",
                ]),
                ("evalueren", "Evalueren", assessable: true, [
                    "Je verzamelt tijdens en na de uitvoering data (en feedback) via ict om te controleren of het ontwerp effectief was.",
                    "Je analyseert de verzamelde gegevens over je leerlingen om op basis daarvan je begeleiding of het onderwijs direct of voor een volgende keer aan te passen.",
                    "Je reflecteert op de inzet van ict en vertaalt actuele technologische ontwikkelingen naar je eigen visie en handelen in de praktijk.",
                    "Je kunt uitleggen wat de meerwaarde (voor- en nadelen) was van de ingezette ict-middelen voor het leerproces",
                ]),
            ]),
        outcome(
            id: "ppi", name: "Ontwikkeling van een persoonlijke en professionele identiteit (PPI)",
            aliases: ["Ontwikkeling van een persoonlijke en professionele identiteit", "Ontwikkeling van professionele en persoonlijke identiteit", "Ontwikkelen van professionele en persoonlijke identiteit", "Ontwikkeling van een persoonlijke en professionele identiteit (PPI)", "Ontwikkeling van professionele en persoonlijke identiteit (PPI)", "PPI"],
            numbers: [("chapter-1", "5.4"), ("overview-table", "5.5"), ("chapter-5", "5.4")],
            assessment: .formative, supervisorRole: .guideAndFeedback,
            description: "Je typeert jezelf als persoon en de invloed daarvan op jezelf als leraar. Je bent in staat om jouw visie op goed onderwijs te onderbouwen en te expliciteren. Als leraar ben je je bewust van de kwetsbaarheid van het beroep van leraar. Dit betekent dat je verantwoordelijk bent, moet handelen en verantwoording aflegt maar niet alles onder controle kunt hebben. Je reflecteert op jouw professionele handelen in de praktijk als leraar. Je onderzoekt of jij (in de persoon van leraar) het goed doet, het goede doet en instaat bent om zelf nieuw effectief gedrag te ontwerpen, uit te proberen en te evalueren (double loop learning). Je onderzoekt actief mogelijkheden tot groei en ontwikkeling. Je geeft richting aan je eigen leren als leraar en als deelnemer aan de professionele gemeenschap (toekomstperspectief). Je blikt vanuit een kritische taakopvatting en een duidelijk beroepsbeeld vooruit naar de volgende fase van je (onderwijs)loopbaan. Je kunt op basis hiervan een onderbouwd antwoord geven op de vraag ‘Wat voor leraar wil ik zijn?’.",
            dimensions: [
                ("zelfkennis-en-persoonlijke-invloed", "Zelfkennis en persoonlijke invloed", assessable: true, [
                    "Je kan, onder andere a.d.h.v. concrete voorbeelden, je kwaliteiten en ontwikkelpunten benoemen waarbij je concrete vervolgstappen voor je ontwikkeling formuleert.",
                    "Je benoemt je persoonlijke eigenschappen en je persoonlijke ervaringen je kijk op het docentschap beïnvloeden",
                    "Je benoemt hoe jouw waarden en overtuigingen je handelen als leraar beïnvloeden",
                    "Je benoemt hoe je professionele en persoonlijke waarden en overtuigingen overeenkomen en waar deze verschillen.",
                    "Je herkent hoe je (professionele en persoonlijke) waarden en overtuigingen jouw handelen en keuzes in de dagelijks lespraktijk beïnvloeden (vb. in het ontwerpen van je lessen, keuzes in klassenmanagement etc.).",
                ]),
                ("reflectie-en-double-loop-learning", "Reflectie en Double loop learning", assessable: true, [
                    "Je benoemt de effecten van je eigen gedrag op je omgeving waarbij je kritisch naar jezelf durft te kijken",
                    "In je reflectie kan je situaties vanuit de theorie, praktijk en jezelf als persoon verklaren en op basis van deze drie perspectieven handelingsalternatieven formuleren.",
                    "Je reflecteert zowel op het wat, hoe en het waarom van het eigen handelen.",
                    "Je benoemt hoe jouw eigen waarden, overtuigingen, drijfveren, identiteit en taakopvatting invloed hebben op jouw professioneel handelen.",
                    "Je maakt actief gebruik van de theorie en feedback van anderen om je handelen in de praktijk te bekijken en verder te ontwikkelen (collega’s, lerenden, begeleiders etc.)",
                    "Je laat over langere periode zien hoe eerdere reflecties hebben geleid tot nieuwe inzichten en zichtbare veranderingen in gedrag of houding.",
                ]),
                ("visie-op-onderwijs", "Visie op onderwijs", assessable: true, [
                    "Je hebt een concrete visie op onderwijs en hoe jouw vak daaraan bijdraagt waarbij je de koppeling met de doelen van onderwijs maakt (bijv. a.d.h.v. de domeindoelen van onderwijs van Gert Biesta)",
                    "Je onderbouwt jouw visie op onderwijs vanuit je ervaringen uit de praktijk, je waarden, normen en drijfveren als persoon en de relevante en recente theoretische inzichten.",
                    "Je bent bekend met de het recente beroepsbeeld van het docentschap en neemt dit incl. de bijkomende verantwoordelijkheden mee in je eigen visie op onderwijs.",
                    "Je laat a.d.h.v. concrete voorbeelden zien hoe jouw keuzes in vakinhoud, (vak)didactiek en de pedagogiek voortkomen uit je eigen visie.",
                    "Je staat open voor nieuwe perspectieven en past je visie aan op basis van nieuwe kennis, ervaringen en inzichten.",
                ]),
                ("professionele-groei-en-ontwikkeling", "Professionele groei en ontwikkeling", assessable: true, [
                    "Je ziet andere visies en perspectieven als mogelijkheden om van te leren. Je bent bereid om buiten je eigen comfortzone zaken uit te proberen t.b.v. je eigen ontwikkeling.",
                    "Je neemt verantwoordelijkheid voor het eigen leren door zelf initiatief te nemen. Je vraagt bijv. actief feedback, staat open voor nieuwe leerervaringen",
                    "Je toont nieuwsgierigheid en experimenteert met nieuwe ideeën, methoden of aanpakken in de praktijk.",
                    "Je zoekt actief verbinding met en neemt deel aan de professionele gemeenschap. Denk hierbij bijv. aan overleggen, intervisies, gezamenlijke projecten, ontwerpen van onderwijs of vaknetwerken buiten de school.",
                    "Je laat zien dat professionele ontwikkeling een continu proces voor jou is (niet incidenteel).",
                ]),
                ("toekomstperspectief-en-beroepsbeeld", "Toekomstperspectief en beroepsbeeld", assessable: true, [
                    "Je verbindt je toekomstbeeld met persoonlijke waarden, overtuigingen, drijfveren, je visie op onderwijs, de dagelijks praktijk en actuele theoretische inzichten.",
                    "Je verbindt je persoonlijke toekomstbeeld met de ontwikkelingen binnen het onderwijsveld, het beroepsbeeld van de docent en de maatschappij.",
                    "Je stelt concrete, haalbare ontwikkeldoelen inclusief benodigde stappen, middelen en ondersteuning, op voor zowel de korte als lange termijn. Deze ontwikkeldoelen volgen logisch uit het toekomstbeeld.",
                ]),
            ]),
    ]
}
