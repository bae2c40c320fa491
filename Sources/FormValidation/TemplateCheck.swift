public import Docx
public import FeedbackForm

/// Checks a blank form template against the catalogue and its subject
/// plugin: every outcome and indicator present with the handbook's wording,
/// every field a tagged control of the right kind, nothing filled in, no
/// tracked changes or comments left behind.
///
/// What the template should hold is what ``FormTemplate`` writes for the same
/// subject, so the writer and this check can never disagree.
public struct TemplateCheck: Sendable {
    public let catalogue: Catalogue
    public let plugins: [any SubjectPlugin]
    /// The controls each variant's template has, by tag: the general form's
    /// under nil, each subject's under its code. Worked out once.
    private let expectedControls: [String?: [String: ContentControl]]
    private let converter: FormConverter
    /// Every outcome id a tag can start with: the catalogue's and every plugin's.
    private let outcomeIDs: [String]

    public init(catalogue: Catalogue = .handbook2025, plugins: [any SubjectPlugin]) {
        self.catalogue = catalogue
        self.plugins = plugins
        converter = FormConverter(catalogue: catalogue, plugins: plugins)
        outcomeIDs = catalogue.outcomes.map(\.id) + plugins.flatMap { $0.subject.outcomes.map(\.id) }
        var expected: [String?: [String: ContentControl]] = [nil: TemplateCheck.controls(catalogue, plugins, nil)]
        for plugin in plugins { expected[plugin.subject.code] = TemplateCheck.controls(catalogue, plugins, plugin) }
        expectedControls = expected
    }

    /// The controls of the template ``FormTemplate`` writes for `subject`, by tag.
    private static func controls(_ catalogue: Catalogue, _ plugins: [any SubjectPlugin], _ subject: (any SubjectPlugin)?) -> [String: ContentControl] {
        Dictionary(FormTemplate(catalogue: catalogue, plugins: plugins, subject: subject).document().contentControls
            .compactMap { located in located.control.tag.map { ($0, located.control) } }, uniquingKeysWith: { first, _ in first })
    }

    /// The findings for `document`. `subject` names the variant the template
    /// is of; nil: the one its subject field names, else the general form.
    public func findings(in document: Document, subject: (any SubjectPlugin)? = nil) -> [Finding] {
        let controls = document.contentControls
        let variant = subject ?? subjectNamed(in: controls)
        let expected = expectedControls[variant?.subject.code] ?? TemplateCheck.controls(catalogue, plugins, variant)
        let record = converter.convert(document, source: "")
        var findings = leftovers(in: document)
        var present: [String: LocatedControl] = [:]
        // No tag at all is one finding with its likely cause, not one per control and per missing tag.
        let noneTagged = !controls.isEmpty && controls.allSatisfy { ($0.control.tag ?? "").isEmpty }
        if noneTagged {
            findings.append(Finding(rule: .controlUntagged, location: document.mainPart,
                                    message: Texts.Validation.noneTagged(controls.count)))
        }
        for located in controls where !noneTagged {
            let place = located.location.description
            guard let tag = located.control.tag, !tag.isEmpty else {
                findings.append(Finding(rule: .controlUntagged, location: place, message: Texts.Validation.untagged(alias: located.control.alias)))
                continue
            }
            guard present[tag] == nil else {
                findings.append(Finding(rule: .tagDuplicate, outcome: outcomeID(of: tag), location: place,
                                        message: Texts.Validation.tagTwice(tag)))
                continue
            }
            present[tag] = located
            guard let model = expected[tag] else {
                findings.append(Finding(rule: .tagUnknown, location: place,
                                        message: Texts.Validation.unknownTag(tag)))
                continue
            }
            findings += shape(of: located, against: model, variant: variant)
        }
        let missingOutcomes = Set((catalogue.outcomes.map { ($0.id, $0.name) } + (variant?.subject.outcomes.map { ($0.id, $0.name) } ?? []))
            .filter { id, name in !present.keys.contains { $0.hasPrefix(id + ".") } && !hasHeading(name, in: document) }
            .map(\.0))
        for id in missingOutcomes.sorted() {
            findings.append(Finding(rule: .outcomeMissing, outcome: id, location: "outcomes.\(id)",
                                    message: Texts.Validation.outcomeMissing(outcomeName(id, variant))))
        }
        findings += indicators(record, missingOutcomes: missingOutcomes)
        let read = Set(record.outcomes.flatMap(\.indicators).compactMap(\.id))
        for tag in expected.keys.sorted() where present[tag] == nil && !noneTagged {
            let outcome = outcomeID(of: tag)
            if let outcome, missingOutcomes.contains(outcome) { continue }
            // A missing row is reported as a missing indicator; a row without its checkbox here.
            if tag.hasPrefix("seen."), !read.contains(String(tag.dropFirst(5))) { continue }
            findings.append(Finding(rule: .controlMissing, outcome: outcome, location: tag,
                                    message: Texts.Validation.controlMissing(tag)))
        }
        return findings
    }

    // MARK: parts of the check

    private func leftovers(in document: Document) -> [Finding] {
        var findings: [Finding] = []
        if !document.trackedChanges.isEmpty {
            findings.append(Finding(rule: .trackedChanges, location: document.trackedChanges[0].part,
                                    message: Texts.Validation.trackedChanges(document.trackedChanges.count)))
        }
        if !document.comments.isEmpty {
            findings.append(Finding(rule: .commentsLeft, location: document.comments[0].part,
                                    message: Texts.Validation.comments(document.comments.count)))
        }
        return findings
    }

    /// Kind, options and emptiness of a control the template should have.
    private func shape(of located: LocatedControl, against model: ContentControl, variant: (any SubjectPlugin)?) -> [Finding] {
        let control = located.control, tag = control.tag ?? "", place = located.location.description
        let outcome = outcomeID(of: tag)
        var findings: [Finding] = []
        if TemplateCheck.kindClass(control.kind) != TemplateCheck.kindClass(model.kind) {
            findings.append(Finding(rule: .controlKind, outcome: outcome, location: place,
                                    message: Texts.Validation.wrongKind(tag, found: Texts.Validation.controlKind(control.kind.rawValue),
                                                                        expected: Texts.Validation.controlKind(model.kind.rawValue))))
        } else if model.kind == .dropdown {
            let offered = control.listItems.map { Catalogue.fold($0.displayText) }, wanted = model.listItems.map { Catalogue.fold($0.displayText) }
            if Set(offered) != Set(wanted) {
                let list = control.listItems.map(\.displayText).joined(separator: ", "), want = model.listItems.map(\.displayText).joined(separator: ", ")
                findings.append(Finding(rule: .controlOptions, outcome: outcome, location: place,
                                        message: Texts.Validation.otherOptions(tag, offered: list, expected: want)))
            }
        }
        if isFilled(control), !(tag == "subject" && variant != nil) {
            findings.append(Finding(rule: .templateFilled, outcome: outcome, location: place,
                                    message: Texts.Validation.templateFilled(tag)))
        }
        return findings
    }

    /// Every catalogue indicator present with the handbook's exact wording;
    /// rows matching none reported as extra.
    private func indicators(_ record: FormRecord, missingOutcomes: Set<String>) -> [Finding] {
        var findings: [Finding] = []
        for (outcome, read) in zip(catalogue.outcomes, record.outcomes) {
            let byID = Dictionary(read.indicators.compactMap { row in row.id.map { ($0, row) } }, uniquingKeysWith: { first, _ in first })
            if missingOutcomes.contains(outcome.id) && byID.isEmpty { continue }
            for indicator in outcome.dimensions.flatMap(\.indicators) {
                let place = "indicators.\(indicator.id)"
                guard let row = byID[indicator.id] else {
                    findings.append(Finding(rule: .indicatorMissing, outcome: outcome.id, location: place,
                                            message: Texts.Validation.indicatorMissing(indicator.id, indicator.text)))
                    continue
                }
                if TemplateCheck.spaced(row.text) != TemplateCheck.spaced(indicator.text) {
                    let diff = WordDiff.render(from: TemplateCheck.spaced(indicator.text), to: TemplateCheck.spaced(row.text))
                    findings.append(Finding(rule: .indicatorWording, outcome: outcome.id, location: place,
                                            message: Texts.Validation.indicatorWording(indicator.id, diff: diff)))
                }
            }
            for row in read.indicators where row.id == nil {
                findings.append(Finding(rule: .indicatorExtra, outcome: outcome.id, location: "indicators",
                                        message: Texts.Validation.indicatorExtra(row.text)))
            }
        }
        return findings
    }

    // MARK: helpers

    private func subjectNamed(in controls: [LocatedControl]) -> (any SubjectPlugin)? {
        guard let value = controls.first(where: { $0.control.tag == "subject" })?.control.value else { return nil }
        let code = value.firstIndex(of: "(").map { String(value[value.index(after: $0)...].prefix { $0 != ")" }) }
        return plugins.first { $0.subject.isNamed(value) || (code.map($0.subject.isNamed) ?? false) }
    }

    private func outcomeID(of tag: String) -> String? {
        let body = tag.hasPrefix("seen.") ? String(tag.dropFirst(5)) : tag
        return outcomeIDs.filter { body.hasPrefix($0 + ".") }.max { $0.count < $1.count }
    }

    private func outcomeName(_ id: String, _ variant: (any SubjectPlugin)?) -> String {
        catalogue.outcomes.first { $0.id == id }?.name ?? variant?.subject.outcomes.first { $0.id == id }?.name ?? id
    }

    private func hasHeading(_ name: String, in document: Document) -> Bool {
        let folded = Catalogue.fold(name)
        return document.body.contains { block in
            guard case .paragraph(let paragraph) = block else { return false }
            return Catalogue.fold(paragraph.text).hasSuffix(folded)
        }
    }

    private func isFilled(_ control: ContentControl) -> Bool {
        if control.kind == .checkbox { return control.checked == true }
        guard let value = control.value?.trimmed, !value.isEmpty else { return false }
        return !FormTemplate.isPlaceholder(value)
    }

    /// Kinds that hold the same sort of value: plain and rich text both hold text.
    private static func kindClass(_ kind: ContentControl.Kind) -> ContentControl.Kind {
        kind == .richtext ? .text : kind
    }

    /// White space runs made one space, ends trimmed: the wording without its layout.
    static func spaced(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
