public import Docx

/// The blank feedback-and-assessment form, as a document model that
/// `DocxWriter` writes to .docx. Built from the catalogue, so the template,
/// the converter and the validator can never disagree on wording or tags.
///
/// Every field is a content control with a tag (the contract the converter
/// reads), a readable alias, and a visible label in the cell beside it.
public struct FormTemplate: Sendable {
    public var catalogue: Catalogue
    /// The subjects the subject field offers.
    public var plugins: [any SubjectPlugin]
    /// The subject whose variant to write: its code or name filled in and its
    /// subject-didactics outcomes added (nil: the general form).
    public var subject: (any SubjectPlugin)?

    public init(catalogue: Catalogue = .handbook2025, plugins: [any SubjectPlugin] = [], subject: (any SubjectPlugin)? = nil) {
        self.catalogue = catalogue
        self.plugins = plugins
        self.subject = subject
    }

    /// The tags of the header fields, with their labels.
    public static let headerFields: [(tag: String, label: String)] = Vocabulary.headerFields.map { ($0.key, $0.printed) }

    /// The template's title.
    public static let title = "Feedback- en beoordelingsformulier werkplekleren 2"

    /// The whole form.
    public func document() -> Document {
        var ids = 1000
        var body: [Block] = [
            paragraph(FormTemplate.title, style: "Title"),
            paragraph("Tweedegraads lerarenopleiding HAN · leerjaar 2 · 2025-2026. De student vult per leeruitkomst "
                      + "de zelfreflectie in; de werkplekbegeleider geeft feedback en, bij de summatieve leeruitkomsten, "
                      + "een oordeel. Geef concrete voorbeelden van gedrag, motiveer het oordeel en benoem haalbare "
                      + "ontwikkelstappen richting jaar 3. Het kijkkader staat achteraan.", style: "Hint"),
            paragraph("Gegevens", style: "Heading1"),
            .table(labelledTable(headerRows(&ids), widths: [3000, 6638])),
        ]
        for outcome in catalogue.outcomes {
            body += outcomeSection(outcome, &ids)
        }
        if let subject {
            body += subjectSection(subject.subject, &ids)
        }
        body += kijkkaderSection(&ids)
        body += skillsSection(&ids)
        body += signatureSection(&ids)
        return Document(mainPart: "word/document.xml", body: NodeList(body))
    }

    // MARK: sections

    private func headerRows(_ ids: inout Int) -> [(String, Block)] {
        FormTemplate.headerFields.map { field in
            let control: ContentControl
            switch field.tag {
            case "subject":
                let items = plugins.map { ContentControl.ListItem(displayText: "\($0.subject.name) (\($0.subject.code))", value: $0.subject.code) }
                let chosen = subject.map { "\($0.subject.name) (\($0.subject.code))" }
                control = choice(.combobox, tag: field.tag, alias: field.label, items: items, chosen: chosen, &ids)
            case "moment":
                let items = catalogue.moments.map { ContentControl.ListItem(displayText: $0.name, value: $0.id) }
                control = choice(.dropdown, tag: field.tag, alias: field.label, items: items, chosen: nil, &ids)
            case "date":
                var date = textControl(.date, tag: field.tag, alias: field.label, &ids)
                date.dateFormat = "d-M-yyyy"
                control = date
            default:
                control = textControl(.text, tag: field.tag, alias: field.label, &ids)
            }
            return (field.label, .paragraph(Paragraph(inlines: [.control(control)])))
        }
    }

    private func outcomeSection(_ outcome: Outcome, _ ids: inout Int) -> [Block] {
        // A row of the outcome's table: the field's printed label and its control, both from the vocabulary.
        func field(_ key: String) -> (label: String, tag: String, alias: String) {
            let field = Vocabulary.field(key, in: Vocabulary.outcomeFields)
            return (field.printed, "\(outcome.id).\(key)", "\(field.alias) – \(outcome.name)")
        }
        func text(_ key: String) -> (String, Block) {
            let (label, tag, alias) = field(key)
            return (label, richText(tag, alias: alias, &ids))
        }
        func choice(_ key: String, _ choices: [Vocabulary.Choice]) -> (String, Block) {
            let (label, tag, alias) = field(key)
            return (label, inline(self.choice(.dropdown, tag: tag, alias: alias, items: FormTemplate.items(choices), chosen: nil, &ids)))
        }
        var rows: [(String, Block)] = ["goal", "learning-activities", "success-criteria", "self-reflection"].map(text)
        let hint: String
        switch outcome.assessment {
        case .summativeIntermediate, .summative:
            rows += [text("feedback"), choice("judgement", Vocabulary.judgement)]
            if outcome.assessment == .summativeIntermediate {
                rows.append(choice("confidence", Vocabulary.confidence))
                hint = "Summatief op tussenniveau: voldaan / niet voldaan, met voldoende vertrouwen voor jaar 3."
            } else {
                hint = "Summatief: voldaan / niet voldaan. Vakinhoudelijke kennis is voorwaardelijk."
            }
        case .formative:
            rows += ["feedback.indicators-seen", "feedback.development-made", "feedback.development-to-make"].map(text)
            hint = "Formatief in jaar 2 (summatief in jaar 4): feedback en feed-forward. Nog weinig gezien? Zeg dat gerust."
        }
        return [
            paragraph(outcome.name, style: "Heading1"),
            paragraph(hint, style: "Hint"),
            .table(labelledTable(rows, widths: [3200, 6438])),
        ]
    }

    /// The subject-didactics outcomes of the chosen subject: what the
    /// supervisor does for each, and fields for the parts that are theirs.
    private func subjectSection(_ subject: Subject, _ ids: inout Int) -> [Block] {
        var blocks: [Block] = [
            paragraph("Vakdidactische leeruitkomsten \(subject.name)", style: "Heading1"),
        ]
        if subject.outcomes.contains(where: \.starred) {
            blocks.append(paragraph("De student toont \(Subject.starredInYear2) van de leeruitkomsten met een * aan in jaar 2, "
                                    + "de overige in jaar 3.", style: "Hint"))
        }
        for outcome in subject.outcomes {
            blocks.append(paragraph(outcome.name + (outcome.starred ? " *" : ""), style: "Heading2"))
            let role: String
            switch outcome.role {
            case .assess: role = "de werkplekbegeleider beoordeelt (voldaan / niet voldaan) en geeft feedback"
            case .feedback: role = outcome.pilotRole == .assess
                ? "de werkplekbegeleider geeft feedback; bij studenten in de pilot ook een oordeel"
                : "de werkplekbegeleider geeft feedback"
            case .none: role = "wordt volledig door het instituut verzorgd; de werkplekbegeleider heeft hier geen rol"
            }
            blocks.append(paragraph("\(outcome.ects) EC: \(role).", style: "Hint"))
            guard outcome.role != .none else { continue }
            var rows: [(String, Block)] = [
                ("Zelfreflectie student", richText("\(outcome.id).self-reflection", alias: "Zelfreflectie – \(outcome.name)", &ids)),
                ("Feedback werkplekbegeleider", richText("\(outcome.id).feedback", alias: "Feedback – \(outcome.name)", &ids)),
            ]
            if outcome.role == .assess || outcome.pilotRole == .assess {
                rows.append(("Oordeel", inline(choice(.dropdown, tag: "\(outcome.id).judgement", alias: "Oordeel – \(outcome.name)",
                                                      items: FormTemplate.items(Vocabulary.judgement),
                                                      chosen: nil, &ids))))
            }
            blocks.append(.table(labelledTable(rows, widths: [3200, 6438])))
        }
        return blocks
    }

    private func kijkkaderSection(_ ids: inout Int) -> [Block] {
        var blocks: [Block] = [
            paragraph("Kijkkader", style: "Heading1"),
            paragraph("Vink aan welke indicatoren u hebt gezien. Differentiatie is indicatief en telt niet mee in het oordeel.",
                      style: "Hint"),
        ]
        for outcome in catalogue.outcomes {
            var items: [Table.Item] = [.row(Table.Row(items: [
                .cell(headerCell("Indicator", column: 0)), .cell(headerCell("Gezien", column: 1)),
            ], isHeader: true))]
            for dimension in outcome.dimensions {
                items.append(.row(Table.Row(items: [
                    .cell(Table.Cell(blocks: [bold(dimension.name)], column: 0, columnSpan: 2, shading: FormTemplate.labelShade)),
                ])))
                for indicator in dimension.indicators {
                    items.append(.row(Table.Row(items: [
                        .cell(Table.Cell(blocks: [paragraph(indicator.text)], column: 0)),
                        .cell(Table.Cell(blocks: [inline(checkbox("seen.\(indicator.id)", alias: "Gezien: \(indicator.id)", &ids))],
                                         column: 1)),
                    ])))
                }
            }
            blocks.append(paragraph(outcome.name, style: "Heading2"))
            blocks.append(.table(Table(style: "TableGrid", columnWidths: [8638, 1000], items: items)))
        }
        return blocks
    }

    private func skillsSection(_ ids: inout Int) -> [Block] {
        var items: [Table.Item] = [.row(Table.Row(items: ["Dimensie", "Beginfase", "Groeifase", "Vergevorderde fase"]
            .enumerated().map { .cell(headerCell($0.element, column: $0.offset)) }, isHeader: true))]
        for skill in catalogue.skills {
            var cells: [Table.Row.Item] = [.cell(Table.Cell(blocks: [bold(skill.name)], column: 0, shading: FormTemplate.labelShade))]
            for (i, phase) in skill.phases.enumerated() {
                let box = checkbox("skill.\(skill.id).\(phase.phase.rawValue)", alias: "\(skill.name): \(phase.phase.rawValue)", &ids)
                cells.append(.cell(Table.Cell(blocks: [
                    .paragraph(Paragraph(inlines: [.control(box), .run(Run(text: " " + phase.text))])),
                ], column: i + 1)))
            }
            items.append(.row(Table.Row(items: cells)))
        }
        return [
            paragraph("Tabel complexe beroepsvaardigheden", style: "Heading1"),
            paragraph("Formatief: de tabel maakt groei zichtbaar, niet halen of falen. Vink per dimensie de fase aan "
                      + "die past bij wat u ziet (startgesprek: ‘wanneer zijn we tevreden?’).", style: "Hint"),
            .table(Table(style: "TableGrid", columnWidths: [2438, 2400, 2400, 2400], items: items)),
        ]
    }

    private func signatureSection(_ ids: inout Int) -> [Block] {
        let people = [("student", "Student"), ("supervisor", "Werkplekbegeleider"),
                      ("school-teacher-educator", "Schoolopleider"), ("institute-teacher-educator", "Instituutsopleider")]
        var items: [Table.Item] = [.row(Table.Row(items: ["", "Naam", "Datum"].enumerated().map {
            .cell(headerCell($0.element, column: $0.offset))
        }, isHeader: true))]
        for (key, label) in people {
            var date = textControl(.date, tag: "signature.\(key).date", alias: "Datum – \(label)", &ids)
            date.dateFormat = "d-M-yyyy"
            items.append(.row(Table.Row(items: [
                .cell(Table.Cell(blocks: [bold(label)], column: 0, shading: FormTemplate.labelShade)),
                .cell(Table.Cell(blocks: [inline(textControl(.text, tag: "signature.\(key).name", alias: "Naam – \(label)", &ids))], column: 1)),
                .cell(Table.Cell(blocks: [inline(date)], column: 2)),
            ])))
        }
        return [
            paragraph("Ondertekening", style: "Heading1"),
            .table(Table(style: "TableGrid", columnWidths: [2638, 4200, 2800], items: items)),
        ]
    }

    // MARK: building blocks

    /// Whether a control's text is still a placeholder (Word's, LibreOffice's
    /// or this template's), not something filled in.
    package static func isPlaceholder(_ text: String) -> Bool {
        text.utf8.count < 64 && Vocabulary.placeholders.contains(FormFields.normalise(text))
    }

    /// A drop-down's entries for a choice: each option as the vocabulary first spells it.
    private static func items(_ choices: [Vocabulary.Choice]) -> [ContentControl.ListItem] {
        choices.map { ContentControl.ListItem(displayText: $0.spellings[0], value: $0.value) }
    }

    static let labelShade = "DEEAF6"
    static let textPlaceholder = Vocabulary.printedPlaceholders[0]
    static let choicePlaceholder = Vocabulary.printedPlaceholders[1]

    private func labelledTable(_ rows: [(String, Block)], widths: [Int]) -> Table {
        Table(style: "TableGrid", columnWidths: widths, items: rows.map { label, field in
            .row(Table.Row(items: [
                .cell(Table.Cell(blocks: [bold(label)], column: 0, shading: FormTemplate.labelShade)),
                .cell(Table.Cell(blocks: [field], column: 1)),
            ]))
        })
    }

    private func headerCell(_ text: String, column: Int) -> Table.Cell {
        Table.Cell(blocks: [bold(text)], column: column, shading: "B4C6E7")
    }

    private func paragraph(_ text: String, style: String? = nil) -> Block {
        .paragraph(Paragraph(style: style, inlines: [.run(Run(text: text))]))
    }

    private func bold(_ text: String) -> Block {
        var format = RunFormat()
        format.bold = true
        return .paragraph(Paragraph(inlines: [.run(Run(text: text, format: format))]))
    }

    private func inline(_ control: ContentControl) -> Block {
        .paragraph(Paragraph(inlines: [.control(control)]))
    }

    /// Placeholder text: the character style Word uses, and its grey set
    /// directly too (LibreOffice ignores the style inside plain-text controls).
    private func placeholderRun(_ text: String) -> Inline {
        var format = RunFormat()
        format.style = "PlaceholderText"
        format.color = "808080"
        return .run(Run(text: text, format: format))
    }

    private func nextID(_ ids: inout Int) -> String {
        ids += 1
        return String(ids)
    }

    private func textControl(_ kind: ContentControl.Kind, tag: String, alias: String, _ ids: inout Int) -> ContentControl {
        var control = ContentControl(kind: kind, level: .inline, content: .inlines([placeholderRun(FormTemplate.textPlaceholder)]))
        control.tag = tag
        control.alias = alias
        control.id = nextID(&ids)
        control.showingPlaceholder = true
        return control
    }

    /// A block-level rich-text control, for answers of several paragraphs.
    private func richText(_ tag: String, alias: String, _ ids: inout Int) -> Block {
        var control = ContentControl(kind: .richtext, level: .block,
                                     content: .blocks([.paragraph(Paragraph(inlines: [placeholderRun(FormTemplate.textPlaceholder)]))]))
        control.tag = tag
        control.alias = alias
        control.id = nextID(&ids)
        control.showingPlaceholder = true
        return .control(control)
    }

    private func choice(_ kind: ContentControl.Kind, tag: String, alias: String, items: [ContentControl.ListItem],
                        chosen: String?, _ ids: inout Int) -> ContentControl {
        var control = ContentControl(kind: kind, level: .inline,
                                     content: .inlines([chosen.map { .run(Run(text: $0)) } ?? placeholderRun(FormTemplate.choicePlaceholder)]))
        control.tag = tag
        control.alias = alias
        control.id = nextID(&ids)
        control.listItems = items
        control.showingPlaceholder = chosen == nil
        return control
    }

    private func checkbox(_ tag: String, alias: String, _ ids: inout Int) -> ContentControl {
        var control = ContentControl(kind: .checkbox, level: .inline, content: .inlines([.run(Run(text: "☐"))]))
        control.tag = tag
        control.alias = alias
        control.id = nextID(&ids)
        control.checked = false
        return control
    }
}
