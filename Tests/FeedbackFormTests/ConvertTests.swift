import Foundation
import Testing
import Docx
@testable import FeedbackForm
import PluginRegistry

private let forms: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Fixtures/forms")
}()

private func convert(_ name: String) throws -> FormRecord {
    let document = try DocxReader().read(contentsOf: forms.appendingPathComponent("\(name).docx").path)
    return FormConverter(plugins: builtInPlugins).convert(document, source: name)
}

private func expected(_ name: String) throws -> [String: Any] {
    let data = try Data(contentsOf: forms.appendingPathComponent("\(name).expected.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
}

private func string(_ any: Any?) -> String? { any as? String }

@Suite struct ConvertTests {
    /// The filled template, the same after LibreOffice dropped its tags, and a
    /// form of plain tables: each gives back what its generator put in.
    @Test(arguments: ["tagged-1", "tagged-2", "tagged-1-libreoffice", "plain-table", "plain-grid"])
    func everyVariantGivesItsExpectedRecord(name: String) throws {
        let record = try convert(name)
        let want = try expected(name)
        let student = want["student"] as? [String: Any]
        #expect(record.student.name == string(student?["name"]))
        #expect(record.student.number == string(student?["number"]))
        #expect(record.subject?.code == string(want["subject"]))
        #expect(record.moment == string(want["moment"]))
        #expect(record.date == string(want["date"]))
        #expect(record.school == string(want["school"]))
        #expect(record.supervisor == string(want["supervisor"]))
        let outcomes = try #require(want["outcomes"] as? [String: [String: Any]])
        for outcome in record.outcomes where outcome.subject == nil {
            let w = try #require(outcomes[outcome.id])
            #expect(outcome.judgement == string(w["judgement"]), "\(outcome.id)")
            #expect(outcome.confidence == w["confidence"] as? Bool, "\(outcome.id)")
            #expect(outcome.selfReflection == string(w["selfReflection"]), "\(outcome.id)")
            #expect(outcome.feedback == string(w["feedback"]), "\(outcome.id)")
            #expect(outcome.indicatorsSeenFeedback == string(w["indicatorsSeenFeedback"]), "\(outcome.id)")
            #expect(outcome.developmentMade == string(w["developmentMade"]), "\(outcome.id)")
            #expect(outcome.developmentToMake == string(w["developmentToMake"]), "\(outcome.id)")
            #expect(outcome.indicators.filter { $0.seen == true }.compactMap(\.id).sorted() == (w["seen"] as? [String] ?? []), "\(outcome.id)")
        }
        let skills = Dictionary(uniqueKeysWithValues: record.skills.compactMap { s in s.phase.map { (s.id, $0) } })
        #expect(skills == (want["skills"] as? [String: String] ?? [:]))
        // Nothing wanting in any field but what the form leaves out; the document may say it holds comments or tracked changes.
        let notFound: [DiagnosticCode] = [.judgementNotFound, .confidenceNotFound]
        #expect(record.diagnostics.filter { $0.severity != .info && $0.where != "document" && !notFound.contains($0.code) }.isEmpty)
        for diagnostic in record.diagnostics where notFound.contains(diagnostic.code) {
            let steps = diagnostic.where.split(separator: ".").map(String.init)
            #expect(outcomes[steps[1]]?[steps[2]] is NSNull, "\(diagnostic.where) is in the form")
        }
        #expect(record.kind == .form)
        // No row is taken for a kijkkader row that is not one (a judgement table's rows name outcomes).
        #expect(record.outcomes.flatMap(\.indicators).filter { $0.id == nil }.count == (want["unmatchedIndicators"] as? [Any])?.count ?? 0)
    }

    @Test func everyTaggedValueSaysItCameFromItsTag() throws {
        let record = try convert("tagged-1")
        #expect(record.sources["student.name"]?.method == "tag")
        #expect(record.sources["outcomes.afstemmen.judgement"]?.method == "tag")
        #expect(record.outcomes[0].indicators.count == 23)
    }

    @Test func labelsAndMarksSayHowTheyWereRead() throws {
        let record = try convert("plain-table")
        #expect(record.sources["student.name"]?.method == "label")
        #expect(record.sources["outcomes.positief-leerklimaat.judgement"]?.method == "label+others-struck-through")
        #expect(record.sources["outcomes.afstemmen.judgement"]?.method == "label+emphasised")
        #expect(record.sources["outcomes.leerstof-verwerken.judgement"]?.method == "label+only-option-present")
        #expect(record.sources["outcomes.positief-leerklimaat.confidence"]?.method == "label+marked-with-glyph")
        #expect(record.sources["moment"]?.method == "heading")
    }

    @Test func rowsMatchingNoIndicatorAreKeptNotDropped() throws {
        let record = try convert("plain-table")
        let kept = record.outcomes[0].indicators.filter { $0.id == nil }
        #expect(kept == [IndicatorRecord(id: nil, text: "Je zorgt voor een opgeruimd en uitnodigend lokaal.", seen: true)])
        #expect(record.outcomes[0].indicators.first { $0.id == "positief-leerklimaat.klassenmanagement.3" }?.text
                == "Je activeert leerlingen aan het begin van de les")
    }

    @Test func commentsAndInsertionsAreFeedbackWithAuthor() throws {
        let record = try convert("plain-table")
        #expect(record.comments.map(\.author) == ["J. de Wit"])
        #expect(record.comments.first?.outcome == "afstemmen")
        #expect(record.comments.first?.text == "Noem een voorbeeld uit de les van dinsdag.")
        #expect(record.insertions.map(\.outcome) == ["leerstof-verwerken"])
        #expect(record.insertions.first?.text == " Gebruik exit tickets.")
    }

    /// Every subject's blank template, as the template writer makes it, is a blank form and says nothing else.
    @Test(arguments: builtInPlugins.map(\.subject.code))
    func everySubjectsBlankTemplateIsABlankForm(code: String) {
        let plugin = builtInPlugins.first { $0.subject.code == code }!
        let document = FormTemplate(plugins: builtInPlugins, subject: plugin).document()
        let record = FormConverter(plugins: builtInPlugins).convert(document, source: "blank")
        #expect(record.kind == .blankForm)
        #expect(record.diagnostics.map(\.code) == [.documentBlank])
    }

    @Test func theBlankTemplateGivesARecordThatSaysItIsBlank() throws {
        let record = try convert("template")
        #expect(record.student.name == nil && record.outcomes.allSatisfy { $0.judgement == nil && $0.selfReflection == nil })
        #expect(record.kind == .blankForm)
        #expect(record.diagnostics.map(\.code) == [.documentBlank])
    }
}

@Suite struct OptionReaderTests {
    private func pieces(_ parts: [(String, (inout RunFormat) -> Void)]) -> [Piece] {
        parts.map { text, style in
            var format = RunFormat()
            style(&format)
            return Piece(text: text, format: format)
        }
    }
    private let plain: (inout RunFormat) -> Void = { _ in }

    @Test func eachWayOfChoosingIsRead() {
        let reader = OptionReader.judgement
        #expect(reader.read(pieces([("niet voldaan", plain)])) == .chosen("niet-voldaan", method: .onlyOptionPresent))
        #expect(reader.read(pieces([("voldaan / ", plain), ("niet voldaan", { $0.strike = true })])) == .chosen("voldaan", method: .othersStruckThrough))
        #expect(reader.read(pieces([("voldaan / ", plain), ("niet voldaan", { $0.bold = true })])) == .chosen("niet-voldaan", method: .emphasised))
        #expect(reader.read(pieces([("☐ voldaan ☒ niet voldaan", plain)])) == .chosen("niet-voldaan", method: .markedWithGlyph))
        #expect(reader.read(pieces([("X voldaan   niet voldaan", plain)])) == .chosen("voldaan", method: .markedWithGlyph))
    }

    @Test func noChoiceOrTwoChoicesAreAmbiguous() {
        let reader = OptionReader.judgement
        #expect(reader.read(pieces([("voldaan / niet voldaan", plain)])) == .ambiguous)
        #expect(reader.read(pieces([("voldaan", { $0.bold = true }), (" / ", plain), ("niet voldaan", { $0.bold = true })])) == .ambiguous)
        #expect(reader.read(pieces([("n.v.t.", plain)])) == .notAnOption("n.v.t."))
        #expect(reader.read(pieces([("", plain)])) == .notFound)
    }

    @Test func yesAndNoAreWholeWordsAndNothingElse() {
        #expect(OptionReader.yesNo.read(pieces([("jazeker nee", plain)])) == .notAnOption("jazeker nee"))
        #expect(OptionReader.yesNo.read(pieces([("ja / nee", plain)])) == .ambiguous)
    }

    @Test func datesAndSubjectsAreNormalised() {
        #expect(FormRecord.isoDate("14 januari 2026") == "2026-01-14")
        #expect(FormRecord.isoDate("3-2-26") == "2026-02-03")
        #expect(FormRecord.isoDate("2025-12-02T00:00:00Z") == "2025-12-02")
        #expect(FormRecord.isoDate("volgende week") == nil)
        // A day the month does not have is no date, never the nearest one.
        #expect(FormRecord.isoDate("31-2-2026") == nil && FormRecord.isoDate("2026-02-30") == nil)
        #expect(FormRecord.isoDate("29-2-2028") == "2028-02-29" && FormRecord.isoDate("29-2-2026") == nil)
        #expect(FormRecord.isoDate("20 jan 2026") == "2026-01-20" && FormRecord.isoDate("3 October 2025") == "2025-10-03")
        let reading = FormReading(document: Document(mainPart: "", body: []), catalogue: .handbook2025, plugins: builtInPlugins,
                                  matcher: FormReading.IndicatorMatcher([]), headings: OutcomeHeadings([], plugins: []),
                                  names: FieldNames(outcomes: [], skills: [], plugins: builtInPlugins), source: "")
        #expect(reading.subject(named: "wiskunde") == FormRecord.NamedSubject(code: "WI", name: "Wiskunde"))
        #expect(reading.subject(named: "Nederlands (NE)").code == "NE")
        #expect(reading.subject(named: "Duits") == FormRecord.NamedSubject(code: "DU/FR", name: "Duits"))
        #expect(reading.subject(named: "NaSk").code == "NA/SK")
        #expect(reading.subject(named: "Filosofie").code == nil)
    }
}

/// Hand-made layouts, built as models (what the reader gives for them).
@Suite struct HandMadeLayoutTests {
    private func p(_ text: String) -> Block { .paragraph(Paragraph(inlines: [.run(Run(text: text))])) }
    private func cell(_ text: String, _ column: Int) -> Table.Row.Item { .cell(Table.Cell(blocks: [p(text)], column: column)) }
    private func row(_ texts: String...) -> Table.Item { .row(Table.Row(items: texts.enumerated().map { cell($0.element, $0.offset) })) }
    private func convert(_ blocks: [Block]) -> FormRecord {
        FormConverter(plugins: builtInPlugins).convert(Document(mainPart: "word/document.xml", body: NodeList(blocks)), source: "hand-made")
    }

    @Test func aTableWithAColumnPerFieldAndARowPerOutcome() {
        let record = convert([
            p("Tussenevaluatie"),
            .table(Table(items: [
                row("Leeruitkomst", "Zelfreflectie", "Feedback werkplekbegeleider", "Oordeel"),
                row("Creëren van positief leerklimaat", "Rust in de klas.", "Goede routines.", "voldaan"),
                row("Afstemmen op de lerenden", "Ik observeer meer.", "Nog weinig variatie.", "niet voldaan"),
            ])),
        ])
        #expect(record.outcomes[0].selfReflection == "Rust in de klas." && record.outcomes[0].judgement == "voldaan")
        #expect(record.outcomes[1].feedback == "Nog weinig variatie." && record.outcomes[1].judgement == "niet-voldaan")
        #expect(record.sources["outcomes.afstemmen.judgement"]?.method == "column+only-option-present")
        #expect(record.moment == "tussenevaluatie")
    }

    /// A row of the complex-skills table is never a kijkkader row, even in a
    /// table whose other rows are: its name begins no field's label, and is
    /// still compared with the skills' names.
    @Test func aSkillsRowAmongKijkkaderRowsIsNoIndicator() {
        let sentences = Catalogue.handbook2025.outcomes[0].dimensions.flatMap(\.indicators).prefix(3).map(\.text)
        let record = convert([
            p("Creëren van positief leerklimaat"),
            .table(Table(items: [row("Indicator", "Gezien", "Toelichting")] + sentences.map { row($0, "X", "") }
                         + [row("Zelfstandigheid", "X", "")])),
        ])
        #expect(record.outcomes[0].indicators.filter { $0.id != nil }.count == 3)
        #expect(!record.outcomes[0].indicators.contains { $0.text == "Zelfstandigheid" })
        #expect(!record.diagnostics.contains { $0.code == .indicatorUnmatched })
    }

    /// An indicator found in several rows keeps the first row's reading and
    /// is said once, with the number of rows, in the order of the ids; a
    /// tagged checkbox counts as its indicator's first row.
    @Test func anIndicatorInSeveralRowsIsSaidOnceWithItsCount() {
        let indicators = Catalogue.handbook2025.outcomes[0].dimensions.flatMap(\.indicators)
        let (a, b, c) = (indicators[0], indicators[1], indicators[2])
        var box = ContentControl(kind: .checkbox, level: .inline, content: .inlines([.run(Run(text: "☒"))]))
        box.tag = "seen.\(c.id)"
        box.checked = true
        let record = convert([
            p("Creëren van positief leerklimaat"),
            .paragraph(Paragraph(inlines: [.control(box)])),
            .table(Table(items: [row("Indicator", "Gezien", "Toelichting"), row(b.text, "X", ""), row(a.text, "", ""),
                                 row(b.text, "", ""), row(b.text, "X", ""), row(a.text, "X", ""), row(c.text, "", "")])),
        ])
        let duplicates = record.diagnostics.filter { $0.code == .indicatorDuplicate }
        #expect(duplicates.map(\.where) == [a, b, c].map { "indicators.\($0.id)" }.sorted())
        let counts = Dictionary(uniqueKeysWithValues: duplicates.map { ($0.where, $0.facts.number) })
        #expect(counts["indicators.\(a.id)"] == 2 && counts["indicators.\(b.id)"] == 3 && counts["indicators.\(c.id)"] == 2)
        let read = Dictionary(uniqueKeysWithValues: record.outcomes[0].indicators.compactMap { i in i.id.map { ($0, i.seen) } })
        #expect(read[a.id] == false && read[b.id] == true && read[c.id] == true)
    }

    /// A tag on several controls: the first control's value is read, and the
    /// tag is said once, with the number of controls, in the order the tags
    /// were found again; a tag on one control is not said.
    @Test func aTagOnSeveralControlsReadsTheFirstAndIsSaidOnceWithItsCount() {
        func text(_ tag: String, _ value: String) -> Block {
            var control = ContentControl(kind: .text, level: .inline, content: .inlines([.run(Run(text: value))]))
            control.tag = tag
            return .paragraph(Paragraph(inlines: [.control(control)]))
        }
        let record = convert([
            text("student.name", "Bram Peters"), text("school", "Het Lyceum"), text("student.name", "Anna de Vries"),
            text("student.number", "2088776"), text("school", "De Brug"), text("student.name", "Piet Jansen"),
        ])
        #expect(record.student.name == "Bram Peters" && record.school == "Het Lyceum" && record.student.number == "2088776")
        let duplicates = record.diagnostics.filter { $0.code == .tagDuplicate }
        #expect(duplicates.map(\.where) == ["student.name", "school"])
        #expect(duplicates.map(\.facts.number) == [3, 2])
    }

    /// A kijkkader table's first row is its headings, also where the first
    /// heading is as long as a sentence and where a row-level control wraps
    /// the rows: never kept as a row that matches no indicator.
    @Test func aKijkkaderTablesHeadingRowIsNoIndicatorRow() {
        let indicators = Catalogue.handbook2025.outcomes[0].dimensions.flatMap(\.indicators)
        let heading = row("Indicatoren uit het kijkkader", "Gezien", "Toelichting")
        let rows = [row(indicators[0].text, "X", ""), row(indicators[1].text, "", ""), row(indicators[2].text, "X", "")]
        let wrapped = Table.Item.control(ContentControl(kind: .richtext, level: .row, content: .rows(NodeList([heading] + rows))))
        for items in [[heading] + rows, [wrapped]] {
            let record = convert([p("Creëren van positief leerklimaat"), .table(Table(items: items))])
            #expect(!record.diagnostics.contains { $0.code == .indicatorUnmatched || $0.code == .indicatorOutsideOutcome })
            #expect(!record.outcomes[0].indicators.contains { $0.text == "Indicatoren uit het kijkkader" })
            #expect(record.outcomes[0].indicators.filter { $0.id != nil }.count == 3)
        }
    }

    @Test func severalLabelsOnOneLine() {
        let record = convert([p("Naam: Jan de Boer\tStudentnummer: 1122334\tDatum: 2-12-2025")])
        #expect(record.student.name == "Jan de Boer")
        #expect(record.student.number == "1122334")
        #expect(record.date == "2025-12-02")
    }

    /// A control left at its placeholder reads what is typed beside it, but
    /// never another field's value on the same line.
    @Test func aValueTypedBesideAnUntouchedControlIsReadButNotAnotherFieldsValue() {
        func untouched(_ tag: String) -> Inline {
            var control = ContentControl(kind: .text, level: .inline, content: .inlines([.run(Run(text: "Klik of tik om tekst in te voeren."))]))
            control.tag = tag
            control.showingPlaceholder = true
            return .control(control)
        }
        let typed = convert([
            .table(Table(items: [.row(Table.Row(items: [
                cell("Naam student", 0),
                .cell(Table.Cell(blocks: [.paragraph(Paragraph(inlines: [untouched("student.name"), .run(Run(text: " Fenna de Groot"))]))], column: 1)),
            ]))])),
        ])
        #expect(typed.student.name == "Fenna de Groot" && typed.sources["student.name"]?.method == "tag+beside-control")
        let line = convert([.paragraph(Paragraph(inlines: [.run(Run(text: "Naam: ")), untouched("student.name"),
                                                           .run(Run(text: "\tStudentnummer: 2088776"))]))])
        #expect(line.student.name == nil && line.student.number == "2088776")
    }

    /// Controls that lost their tags (LibreOffice keeps the aliases) are
    /// found by the alias the template gives them: a header field's, and an
    /// outcome's field and choice ("Zelfreflectie – <outcome>"), however the
    /// alias is cased.
    @Test func controlsWithoutTagsAreFoundByTheTemplatesAlias() {
        func aliased(_ alias: String, _ text: String) -> Block {
            var control = ContentControl(kind: .text, level: .inline, content: .inlines([.run(Run(text: text))]))
            control.alias = alias
            return .paragraph(Paragraph(inlines: [.control(control)]))
        }
        let outcome = Catalogue.handbook2025.outcomes[1]
        let record = convert([
            aliased("Studentnummer", "2088776"),
            aliased("ZELFREFLECTIE – \(outcome.name)", "Ik stemde mijn uitleg af."),
            aliased("Oordeel – \(outcome.name)", "voldaan"),
        ])
        #expect(record.student.number == "2088776" && record.sources["student.number"]?.method == "alias")
        let read = record.outcomes.first { $0.id == outcome.id }
        #expect(read?.selfReflection == "Ik stemde mijn uitleg af.")
        #expect(record.sources["outcomes.\(outcome.id).selfReflection"]?.method == "alias")
        #expect(read?.judgement == "voldaan" && record.sources["outcomes.\(outcome.id).judgement"]?.method == "alias")
    }

    @Test func labelAndValueInsideOneCell() {
        let record = convert([.table(Table(items: [row("Naam student: Iris Smit"), row("Vak: Engels")]))])
        #expect(record.student.name == "Iris Smit")
        #expect(record.subject?.code == "EN")
    }

    @Test func aLabelFoundTwiceWithDifferentValuesIsNeitherButADiagnostic() {
        let record = convert([p("Naam student: A"), p("Studentnummer: 1234567"), p("Naam student: B")])
        #expect(record.student.name == nil)
        #expect(record.diagnostics.contains { $0.where == "student.name" && $0.code == .headerAmbiguous && $0.facts.quotes == ["A", "B"] })
        #expect(record.diagnostics.contains { $0.code == .documentSeveralStudents && $0.facts.number == 2 })
    }
}

extension HandMadeLayoutTests {
    @Test func theMomentCanStandInThePageHeader() {
        let header = Story(kind: .header, part: "word/header1.xml", blocks: [.paragraph(Paragraph(inlines: [.run(Run(text: "Eindbeoordeling wpl2"))]))])
        let document = Document(mainPart: "word/document.xml", body: [], stories: [header])
        let record = FormConverter().convert(document, source: "x")
        #expect(record.moment == "eindbeoordeling" && record.sources["moment"]?.method == "page-header")
    }

    @Test func aColouredOptionIsTheChosenOne() {
        var red = RunFormat()
        red.color = "FF0000"
        let judgement = Paragraph(inlines: [.run(Run(text: "Oordeel: voldaan / ")), .run(Run(text: "niet voldaan", format: red))])
        let record = FormConverter().convert(Document(mainPart: "d", body: [
            .paragraph(Paragraph(inlines: [.run(Run(text: "Leerstof verwerken"))])), .paragraph(judgement),
        ]), source: "x")
        #expect(record.outcomes[2].judgement == "niet-voldaan")
    }
}

extension ConvertTests {
    @Test func indicatorsAndSkillsSayWhereTheyWereRead() throws {
        let tagged = try convert("tagged-1")
        #expect(tagged.sources["indicators.ppi.visie-op-onderwijs.1"]?.method == "tag")
        #expect(tagged.sources["skills.zelfstandigheid"]?.method == "tag")
        let plain = try convert("plain-table")
        #expect(plain.sources["indicators.positief-leerklimaat.klassenmanagement.3"]?.method == "wording")
        #expect(plain.sources["skills.zelfstandigheid"]?.method == "label")
    }
}

@Suite struct TextMatchingTests {
    @Test func wordsAreLettersDigitsAndCombiningMarks() {
        let decomposed = "cre\u{0308}e\u{0308}ren"
        #expect(Catalogue.words("Creëren, 3e klas—leerlingen’s (tóch)") == ["Creëren", "3e", "klas", "leerlingen", "s", "tóch"])
        #expect(Catalogue.words(decomposed + " nu") == [Substring(decomposed), "nu"])
        #expect(Catalogue.words(" ,; ").isEmpty)
    }

    @Test func labelsAreNormalisedWithoutTheirParenthesesAndPunctuation() {
        #expect(FormFields.normalise("Naam van de student (voluit):") == "naam van de student")
        #expect(FormFields.normalise("Zelf-reflectie: Créatief") == "zelf-reflectie: creatief")
        #expect(FormFields.normalise("  Oordeel  …  ") == "oordeel")
        // Plain ASCII takes a shorter way to the same result: brackets (nested, unbalanced), runs
        // of punctuation and white space, trailing colons and dashes.
        #expect(FormFields.normalise("Stud.nr.:") == "stud nr")
        #expect(FormFields.normalise("\tVak/opleiding\n(bijv. (AK)) :-") == "vak opleiding")
        #expect(FormFields.normalise("x ) y ( z") == "x y")
        #expect(FormFields.normalise("Zelf-reflectie: Creatief") == FormFields.normalise("Zelf-reflectie: Créatief"))
        #expect(FormFields.normalise("") == "")
    }

    /// A checkbox's glyph looked up as a scalar is what looking it up as a
    /// character gives, for every scalar up to U+2FFFF (all that have a
    /// decomposition, so could equal another): each glyph is one scalar.
    @Test func glyphScalarsAgreeWithGlyphCharacters() {
        #expect(Vocabulary.tickGlyphs.allSatisfy { $0.unicodeScalars.count == 1 })
        #expect(Vocabulary.boxGlyphs.allSatisfy { $0.unicodeScalars.count == 1 })
        var differing: [UInt32] = []
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            if Vocabulary.tickScalars.contains(scalar) != Vocabulary.tickGlyphs.contains(character)
                || Vocabulary.boxScalars.contains(scalar) != Vocabulary.boxGlyphs.contains(character) {
                differing.append(value)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }

    /// Counting characters only as far as needed gives what counting them all
    /// does, also where characters are several bytes or scalars.
    @Test func atMostNCharactersAgreesWithCounting() {
        let decomposed = String(repeating: "e\u{301}", count: 120)
        for text in ["", "abc", String(repeating: "x", count: 120), String(repeating: "x", count: 121), decomposed, decomposed + "x",
                     String(repeating: "☒", count: 40), "🇳🇱🇳🇱", String(repeating: "\r\n", count: 61), String(repeating: "ab", count: 61)]
            // ASCII up to a mark that joins the last ASCII letter, or a CR LF, or a letter beyond ASCII, around each limit.
            + [0, 1, 2, 3, 13, 14, 15, 16, 17, 39, 40, 41, 42, 119, 120, 121, 122, 123].flatMap { k in
                ["\u{301}", "\r\n", "\r", "é", "e\u{301}x"].map { String(repeating: "x", count: k) + $0 }
            } {
            for n in [0, 1, 2, 14, 40, 119, 120, 121] {
                #expect(text.hasAtMostCharacters(n) == (text.count <= n), "\(text.count) characters, \(n)")
            }
        }
    }

    @Test func aLabelsFirstWordIsItsASCIILettersBeforeASpaceAColonOrTheEnd() {
        #expect(FormFields.leadingWord("Je past consequent…") == "je")
        #expect(FormFields.leadingWord("NAAM: Bram") == "naam")
        #expect(FormFields.leadingWord("Zelfreflectie") == "zelfreflectie")
        for none in ["", "Stud.nr.", "E-mail", "2.1 Je", "École", " Naam", "Naam(voluit)"] { #expect(FormFields.leadingWord(none) == nil, "\(none)") }
    }

    /// The first word of a text that has a field is some label's first word:
    /// so a text whose first word is none (a kijkkader's sentence) is never
    /// normalised nor looked up. Tried on every label, written as forms write them.
    @Test func aTextWithAFieldBeginsWithTheFirstWordOfALabel() {
        for (fields, labels) in [(FormFields.headerFields, FormFields.header.flatMap(\.labels)),
                                 (FormFields.outcomeFields, FormFields.outcome.flatMap(\.labels))] {
            #expect(!labels.isEmpty)
            for label in labels {
                #expect(FormFields.normalise(label) == label, "a vocabulary label is written normalised: \(label)")
                for text in [label, label.uppercased(), label.capitalized + ": x", label + " (voluit)", label + " rest"] {
                    guard fields.field(of: FormFields.normalise(text)) != nil, let word = FormFields.leadingWord(text) else { continue }
                    #expect(fields.hasLabel(beginningWith: word), "\(text)")
                }
            }
            #expect(!fields.hasLabel(beginningWith: "je"))
        }
    }

    @Test func foldingLowersRemovesAccentsAndCollapsesSpace() {
        #expect(Catalogue.fold("  Creëren\tVAN  een\u{00A0}Positief ") == "creeren van een positief")
        #expect(Catalogue.fold("ÉÉN École") == "een ecole")
        #expect(Catalogue.fold("Ωmega straße") == "ωmega straße")
        #expect(Catalogue.fold(" \n ").isEmpty)
        // Latin-1 letters and general punctuation (read from a table) fold as any other scalar does.
        #expect(Catalogue.fold("collega’s – ÑÜ\u{2003}Ø İstanbul ΣΟΦΊΑ") == "collega’s – nu ø i̇stanbul σοφία")
        // A decomposed accent stays a mark of its word.
        #expect(Catalogue.words(Catalogue.fold("Cre\u{0065}\u{0308}ren en ideeën")).count == 3)
    }

    /// A sentence as the catalogue prints it is found without folding, as
    /// the same indicator folding finds: itself, or the first of those folding alike.
    @Test func aSentenceAsPrintedIsTheIndicatorItsFoldingFinds() throws {
        let indicators = Catalogue.handbook2025.indicators
        let matcher = FormReading.IndicatorMatcher(Catalogue.handbook2025.outcomes)
        #expect(indicators.count > 100)
        for indicator in indicators {
            let first = indicators.first { Catalogue.fold($0.text) == Catalogue.fold(indicator.text) }
            for text in [indicator.text, indicator.text.uppercased()] {
                guard case .indicator(let found, let similarity) = matcher.match(text, in: nil) else {
                    Issue.record("no match for \(indicator.id)")
                    continue
                }
                #expect(found.indicator == first && similarity == 1, "\(indicator.id)")
                #expect(found.tag == "seen.\(found.indicator.id)" && found.place == "indicators.\(found.indicator.id)")
            }
        }
        // Canonically equal but spelled with a combining mark: not the printed bytes, so read by folding as before.
        let accented = try #require(indicators.first { $0.text.contains("ë") })
        let decomposed = accented.text.replacingOccurrences(of: "ë", with: "e\u{0308}")
        #expect(decomposed == accented.text && !decomposed.utf8.elementsEqual(accented.text.utf8))
        #expect(matcher.bestMatch(decomposed, in: nil) == matcher.bestMatch(Catalogue.fold(decomposed), in: nil))
    }

    /// A reworded sentence close to indicators of two outcomes is the one of
    /// the outcome whose section the row is in; outside any, the closest.
    @Test func aKijkkaderRowIsMatchedWithinItsOutcomeFirst() throws {
        let matcher = FormReading.IndicatorMatcher(Catalogue.handbook2025.outcomes)
        let row = "Je kunt toelichten waarom je bepaalde pedagogische keuzes hebt gemaakt en hoe die het groepsklimaat beïnvloeden."
        #expect(matcher.bestMatch(row, in: "afstemmen")?.id == "afstemmen.pedagogisch-afstemmen.4")
        #expect(matcher.bestMatch(row, in: "positief-leerklimaat")?.id == "positief-leerklimaat.groeps-en-communicatieproces-begeleiden.6")
        #expect(matcher.bestMatch(row, in: nil)?.id == "positief-leerklimaat.groeps-en-communicatieproces-begeleiden.6")
        // A row of another outcome's section still finds its sentence.
        #expect(matcher.bestMatch(row, in: "ict")?.id == "positief-leerklimaat.groeps-en-communicatieproces-begeleiden.6")
        let exact = try #require(Catalogue.handbook2025.indicators.last)
        #expect(matcher.bestMatch(exact.text.uppercased(), in: "afstemmen") == exact)
        #expect(matcher.bestMatch("Het weer was vandaag erg mooi in de stad.", in: "ict") == nil)
    }

    @Test func aLabelBelongsToTheFieldOfItsLongestMatchingLabel() {
        let labels = FieldLabels([("feedback", ["feedback"]), ("seen", ["feedback indicatoren"]), ("name", ["naam", "naam student"])])
        #expect(labels.field(of: "feedback indicatoren: kiest ict-middelen") == "seen")
        #expect(labels.field(of: "feedback: goed gedaan") == "feedback")
        #expect(labels.field(of: "naam student") == "name")
        // A label is a whole word of the text, at its start.
        #expect(labels.field(of: "feedbackformulier") == nil)
        #expect(labels.field(of: "de feedback") == nil)
        #expect(labels.field(of: "") == nil)
        // Two fields with equally long labels: the first field's.
        #expect(FieldLabels([("a", ["datum"]), ("b", ["datum"])]).field(of: "datum") == "a")
    }

    @Test func aWordBeginsOneOfTheWordPrefixesAsHasPrefixWouldSay() {
        let prefixes = WordPrefixes(["vertrouwen", "ver", "samenwerking"])
        for word in ["vertrouwen", "verder", "ver", "samenwerkingen", "ve", "samen", "je", ""] {
            #expect(prefixes.beginOne(word) == ["vertrouwen", "ver", "samenwerking"].contains { word.hasPrefix($0) }, "\(word)")
        }
        #expect(!WordPrefixes([]).beginOne("vertrouwen"))
    }

    /// The template prints its labels from the vocabulary the reader reads them with: each is read as its own field.
    @Test func everyPrintedLabelIsReadAsItsOwnField() {
        for field in Vocabulary.headerFields {
            #expect(FormFields.headerFields.field(of: FormFields.normalise(field.printed)) == field.key, "\(field.key)")
        }
        for field in Vocabulary.outcomeFields {
            #expect(FormFields.outcomeFields.field(of: FormFields.normalise(field.printed)) == field.key, "\(field.key)")
        }
        for choices in [Vocabulary.judgement, Vocabulary.confidence] {
            for choice in choices {
                #expect(OptionReader(choices: choices).read([Piece(text: choice.spellings[0], format: RunFormat())])
                        == .chosen(choice.value, method: .onlyOptionPresent))
            }
        }
    }

    @Test func aLabelMatchesTheWholeTextOrAWordOfIt() {
        #expect(FormFields.match("feedback: goed", ["feedback", "feed"]) == "feedback")
        #expect(FormFields.match("feedbackgesprek", ["feedback"]) == nil)
        #expect(FormFields.match("naam student 123", ["naam", "naam student"]) == "naam student")
    }
}

@Suite struct ParallelConversionTests {
    /// One converter shared by many threads gives every form the record it
    /// gives alone (run under ThreadSanitizer by .ci/sanitizers).
    @Test func aSharedConverterConvertsInParallel() throws {
        let names = ["tagged-1", "tagged-2", "tagged-1-libreoffice", "plain-table", "plain-grid"]
        let documents = try names.map { try DocxReader().read(contentsOf: forms.appendingPathComponent("\($0).docx").path) }
        let converter = FormConverter(plugins: builtInPlugins)
        let alone = documents.map { converter.convert($0, source: "f") }
        let results = Results(count: 40)
        DispatchQueue.concurrentPerform(iterations: 40) { i in
            let document = try? DocxReader().read(contentsOf: forms.appendingPathComponent("\(names[i % names.count]).docx").path)
            results.set(i, document.map { converter.convert($0, source: "f") })
        }
        for i in 0..<40 { #expect(results.get(i) == alone[i % names.count]) }
    }
}

/// Records written from many threads, one slot each.
private final class Results: @unchecked Sendable {
    private var records: [FormRecord?]
    private let lock = NSLock()

    init(count: Int) { records = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ record: FormRecord?) { lock.withLock { records[i] = record } }
    func get(_ i: Int) -> FormRecord? { lock.withLock { records[i] } }
}
