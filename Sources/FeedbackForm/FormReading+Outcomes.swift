internal import Docx

extension FormReading {
    // MARK: outcomes

    mutating func readOutcome(id: String, name: String) -> OutcomeRecord {
        var result = OutcomeRecord(id: id, name: name)
        let names = names.outcome(id: id, name: name)
        func value(_ field: OutcomeFieldNames.Field) -> String? {
            text(field.place, tag: field.tag, aliases: field.aliases, field: field.suffix, outcome: id)
        }
        result.goal = value(names.goal)
        result.learningActivities = value(names.learningActivities)
        result.successCriteria = value(names.successCriteria)
        result.selfReflection = value(names.selfReflection)
        result.feedback = value(names.feedback)
        result.indicatorsSeenFeedback = value(names.indicatorsSeenFeedback)
        result.developmentMade = value(names.developmentMade)
        result.developmentToMake = value(names.developmentToMake)
        result.judgement = choice(.judgement, names.judgement, id: id)
        result.confidence = choice(.yesNo, names.confidence, id: id).map { $0 == OutcomeRecord.word(for: true) }
        return result
    }

    mutating func choice(_ reader: OptionReader, _ field: OutcomeFieldNames.Field, id: String) -> String? {
        let fieldPath = field.place
        let judgement = field.suffix == "judgement"
        guard let found = find(tag: field.tag, aliases: field.aliases, field: field.suffix, outcome: id, path: fieldPath,
                               reader: reader) else {
            guard judgement, let grid = gridJudgements[id] else { return nil }
            switch grid.value {
            case .value(let value):
                record.sources[fieldPath] = source(grid.location, .judgementTable)
                return value
            case .ambiguous: diagnose(.judgementAmbiguous, fieldPath, quotes: [])
            case .unknown(let quote): diagnose(.judgementMarkUnknown, fieldPath, quotes: [quote])
            case .conflict(let quote): diagnose(.judgementMarkConflict, fieldPath, quotes: [quote])
            }
            return nil
        }
        if let control = found.control, control.showingPlaceholder { return nil }
        switch reader.read(found.pieces) {
        case .notFound:
            return nil
        case .chosen(let value, let method):
            // A drop-down holding one option with another typed beside it holds neither for sure.
            if let around = found.surroundings, case let reading = reader.read(around), reading != .notFound,
               reading != .chosen(value, method: .onlyOptionPresent) {
                diagnose(judgement ? .judgementAmbiguous : .confidenceAmbiguous, fieldPath, quotes: [Piece.quote(around)])
                return nil
            }
            var source = found.source
            if source.found != .tag && source.found != .alias { source.choice = method }
            record.sources[fieldPath] = source
            return value
        case .ambiguous:
            diagnose(judgement ? .judgementAmbiguous : .confidenceAmbiguous, fieldPath, quotes: [Piece.quote(found.pieces)])
        case .notAnOption(let quote):
            diagnose(judgement ? .judgementNotAnOption : .confidenceNotAnOption, fieldPath, quotes: [quote])
        case .conflict(let quote):
            diagnose(judgement ? .judgementMarkConflict : .confidenceMarkConflict, fieldPath, quotes: [quote])
        }
        return nil
    }

    // MARK: the subject

    /// The plugin of the form's subject: the one the subject field names, else
    /// the one whose outcomes or headings the form has.
    func subjectPlugin() -> (any SubjectPlugin)? {
        if let code = record.subject?.code { return plugins.first { $0.subject.code == code } }
        let contexts = Set(candidates.compactMap(\.outcome))
        // Folded once here, not once per plugin heading.
        let texts = (paragraphsBeforeFirstTable + document.body.map(\.text)).map(Catalogue.fold)
        return plugins.first { plugin in
            plugin.subject.outcomes.contains { contexts.contains($0.id) || tagged["\($0.id).self-reflection"] != nil }
                || plugin.subject.headings.contains { heading in
                    let folded = Catalogue.fold(heading)
                    return texts.contains { $0.contains(folded) }
                }
        }
    }

    /// The subject's outcomes with their facts, its sections, and its rules:
    /// no judgement where the supervisor does not judge; two starred outcomes in year 2.
    mutating func readSubject(_ plugin: any SubjectPlugin) {
        let subject = plugin.subject
        if record.subject == nil {
            record.subject = FormRecord.NamedSubject(code: subject.code, name: subject.name)
            record.sources["subject"] = FormRecord.Source(part: document.mainPart, path: "body", found: .subjectOutcomes)
        }
        var addressed = 0
        // The subject part counts only where the form has it at all.
        let present = subject.outcomes.contains { outcome in
            let tagPrefix = outcome.id + "."
            return candidates.contains { $0.outcome == outcome.id } || tagged.keys.contains { $0.hasPrefix(tagPrefix) }
        }
        for outcome in subject.outcomes {
            var result = readOutcome(id: outcome.id, name: outcome.name)
            result.subject = subject.code
            result.ects = outcome.ects
            result.starred = outcome.starred
            result.role = outcome.role.rawValue
            let path = "outcomes.\(outcome.id).judgement"
            if result.judgement != nil && outcome.role != .assess {
                diagnose(outcome.pilotRole == .assess ? .judgementPilotOnly : .judgementWithoutRole, path)
            }
            if outcome.starred && [result.selfReflection, result.feedback, result.judgement].contains(where: { $0 != nil }) {
                addressed += 1
            }
            record.outcomes.append(result)
        }
        // None addressed before the eindbeoordeling is a form not filled in there yet (or a blank one).
        if present && subject.outcomes.contains(where: \.starred) && (addressed > 0 || record.moment == "eindbeoordeling")
            && addressed != Subject.starredInYear2 {
            diagnose(.starredCount, "outcomes", number: addressed, expected: Subject.starredInYear2)
        }
        plugin.readSections(of: document, into: &record)
    }

}
