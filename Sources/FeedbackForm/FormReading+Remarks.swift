internal import Docx

extension FormReading {
    // MARK: skills

    mutating func readSkills() {
        for skillNames in names.skills {
            let skill = skillNames.skill
            var marked: [String] = []
            var found = false
            for (phase, tag) in zip(skill.phases, skillNames.tags) {
                if let located = tagged[tag] {
                    found = true
                    if located.control.checked == true {
                        marked.append(phase.phase.rawValue)
                        record.sources[skillNames.place] = source(located.location, .tag)
                    }
                }
            }
            if !found, let row = candidates.first(where: { $0.cells.count >= 4 && $0.label.hasPrefix(skillNames.label) }) {
                found = true
                record.sources[skillNames.place] = source(row.location, .label)
                for (phase, cell) in zip(skill.phases, row.cells.dropFirst()) where FormReading.marked(cell) {
                    marked.append(phase.phase.rawValue)
                }
            }
            guard found else { continue }
            if marked.count > 1 {
                diagnose(.skillSeveralPhases, skillNames.place)
            }
            record.skills.append(SkillRecord(id: skill.id, phase: marked.count == 1 ? marked[0] : nil))
        }
    }

    /// A skills cell counts as marked when it holds a checked box or mark, or
    /// is shaded or emphasised throughout.
    static func marked(_ cell: Table.Cell) -> Bool {
        let pieces = Piece.of(cell.blocks)
        let text = pieces.map(\.text).joined()
        if text.contains(where: { "☒☑✓✔".contains($0) }) { return true }
        if text.contains(where: { "☐□".contains($0) }) { return false }
        if MarkReading.read(pieces) == .marked(true) { return true }
        return cell.shading != nil && cell.shading?.uppercased() != "FFFFFF"
    }

    // MARK: signatures and remarks

    mutating func readSignatures() {
        for (role, labels) in FormFields.signatures {
            var signature = FormRecord.Signature(role: role)
            if let name = tagged["signature.\(role).name"] { signature.name = value(of: name.control, orPieces: Piece.of(Inline.control(name.control))) }
            if let date = tagged["signature.\(role).date"] { signature.date = date.control.value.flatMap(FormRecord.isoDate) }
            if tagged["signature.\(role).name"] == nil,
               let row = candidates.last(where: { $0.cells.count >= 3 && FormFields.match($0.label, labels) == $0.label }) {
                signature.name = FormReading.text(of: Piece.of(row.cells[1].blocks), FormReading.singleControl(row.cells[1].blocks))
                signature.date = FormReading.text(of: Piece.of(row.cells[2].blocks), FormReading.singleControl(row.cells[2].blocks))
                    .flatMap(FormRecord.isoDate)
            }
            if signature.name != nil || signature.date != nil { record.signatures.append(signature) }
        }
    }

    mutating func readRemarks() {
        func outcome(holding text: String?) -> String? {
            guard let text, !text.trimmed.isEmpty else { return nil }
            return record.outcomes.first { o in
                [o.selfReflection, o.feedback, o.indicatorsSeenFeedback, o.developmentMade, o.developmentToMake, o.goal]
                    .contains { $0?.contains(text) == true }
            }?.id
        }
        record.comments = document.comments.map { comment in
            FormRecord.Remark(author: comment.author, date: comment.date, text: Block.text(of: comment.blocks),
                              anchor: comment.anchorText, outcome: outcome(holding: comment.anchorText))
        }
        record.insertions = document.trackedChanges.filter { $0.kind == .insertion || $0.kind == .moveTo }.map { change in
            FormRecord.Remark(author: change.author, date: change.date, text: change.text, anchor: nil, outcome: outcome(holding: change.text))
        }
    }
}
