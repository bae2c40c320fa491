internal import Docx

extension FormReading {
    // MARK: which document is this?

    /// Says what the document is once everything is read: no form at all (none
    /// of the form's fields, outcomes or kijkkader rows), the form left blank,
    /// another year's form, or the forms of several students in one file; and
    /// for a form, which header fields are missing and what is left unresolved.
    mutating func recogniseDocument() {
        let sections = Set(candidates.compactMap(\.outcome))
        let formTags = tagged.keys.contains { tag in
            FormFields.header.contains { $0.tag == tag } || tag.hasPrefix("seen.") || tag.hasSuffix(".judgement")
        }
        let headerFields = Set(candidates.compactMap(\.headerField)).count
        let indicators = record.outcomes.contains { !$0.indicators.isEmpty }
        guard formTags || !sections.isEmpty || indicators || !gridJudgements.isEmpty || headerFields >= 2 else {
            record.kind = .notAForm
            return
        }
        if isBlank {
            record.kind = .blankForm
            diagnose(.documentBlank, "document")
            return
        }
        if let (year, words) = otherYear {
            diagnose(.documentOtherYear, "document", quotes: [words], number: year)
        }
        // The student's name or number written with different values anywhere, in any section.
        for path in ["student.name", "student.number"] {
            var values: [String] = []
            for candidate in candidates where candidate.headerField == path && candidate.method != .column && !candidate.isSignature {
                if let text = FormReading.text(of: candidate.pieces, candidate.control), !values.contains(text) { values.append(text) }
            }
            guard values.count > 1 else { continue }
            if !record.diagnostics.contains(where: { $0.code == .documentSeveralStudents }) {
                diagnose(.documentSeveralStudents, "document", quotes: values, number: values.count)
            }
            if record.diagnostics.contains(where: { $0.where == path }) { record.sources[path] = nil } else { withdraw(path, .headerAmbiguous, quotes: values) }
            if path == "student.name" { record.student.name = nil } else { record.student.number = nil }
        }
        for (path, missing) in [("student.name", record.student.name == nil), ("student.number", record.student.number == nil),
                                ("subject", record.subject == nil), ("moment", record.moment == nil)]
        where missing && !record.diagnostics.contains(where: { $0.where == path }) {
            diagnose(.headerNotFound, path)
        }
        reportChoicesNotFound(in: sections)
        let pending = document.trackedChanges.count
        if pending > 0 { diagnose(.documentTrackedChanges, "document", number: pending) }
        if !document.comments.isEmpty { diagnose(.documentComments, "document", number: document.comments.count) }
    }

    /// A summative outcome whose section the form has, without a judgement (or
    /// confidence statement) that could be read and without a word on why:
    /// said, a warning at the eindbeoordeling (where it is required), else a note.
    private mutating func reportChoicesNotFound(in sections: Set<String>) {
        guard record.moment != "startgesprek" else { return }
        let severity: Severity = record.moment == "eindbeoordeling" ? .warning : .info
        for outcome in catalogue.outcomes where outcome.assessment != .formative {
            guard sections.contains(outcome.id) || tagged["\(outcome.id).judgement"] != nil,
                  let read = record.outcomes.first(where: { $0.id == outcome.id }) else { continue }
            for (path, missing, code) in [("judgement", read.judgement == nil, DiagnosticCode.judgementNotFound),
                                          ("confidence", outcome.assessment == .summativeIntermediate && read.confidence == nil,
                                           .confidenceNotFound)] where missing {
                let place = "outcomes.\(outcome.id).\(path)"
                if !record.diagnostics.contains(where: { $0.where == place }) { diagnose(code, place, severity: severity) }
            }
        }
    }

    /// Whether nothing is filled in: no header value, no outcome text or
    /// choice, nothing ticked in the kijkkader or the skills table.
    private var isBlank: Bool {
        // The subject is left out: a subject's template comes with its subject chosen.
        let header: [String?] = [record.student.name, record.student.number, record.school, record.supervisor,
                                 record.schoolTeacherEducator, record.instituteTeacherEducator, record.lessonsGiven, record.date,
                                 record.moment]
        let outcomes = record.outcomes.allSatisfy { o in
            [o.judgement, o.selfReflection, o.feedback, o.indicatorsSeenFeedback, o.developmentMade, o.developmentToMake,
             o.goal, o.learningActivities, o.successCriteria].allSatisfy { $0 == nil }
                && o.confidence == nil && !o.indicators.contains { $0.seen != false }
        }
        return header.allSatisfy { $0 == nil } && outcomes && record.skills.allSatisfy { $0.phase == nil }
            && record.comments.isEmpty && record.insertions.isEmpty
            && !record.diagnostics.contains { $0.severity != .info && $0.code != .tagDuplicate }
    }

    /// The year another year's form names in its title or page header, with the words that name it.
    private var otherYear: (Int, String)? {
        // Titles are short; an introduction may well speak of "jaar 3" as what comes next.
        let titles = (paragraphsBeforeFirstTable.prefix(8) + document.stories.filter { $0.kind == .header }.map { Block.text(of: $0.blocks) })
            .filter { $0.hasAtMostCharacters(120) }.map(Catalogue.fold)
        if titles.contains(where: { title in Vocabulary.yearTwo.contains { FormReading.containsWord(title, $0) } }) { return nil }
        for (year, words) in Vocabulary.otherYears {
            for title in titles {
                if let word = words.first(where: { FormReading.containsWord(title, $0) }) { return (year, word) }
            }
        }
        return nil
    }

    /// Whether `phrase` stands in `text` as whole words.
    static func containsWord(_ text: String, _ phrase: String) -> Bool {
        let words = Catalogue.words(text), wanted = Catalogue.words(phrase)
        guard !wanted.isEmpty, words.count >= wanted.count else { return false }
        return (0...(words.count - wanted.count)).contains { start in
            zip(words[start..<start + wanted.count], wanted).allSatisfy { $0 == $1 }
        }
    }
}
