internal import Docx

extension FormReading {
    // MARK: the header

    mutating func readHeader() {
        func header(_ path: String, _ tag: String) -> String? {
            text(path, tag: tag, aliases: names.headerAliases(tag), field: tag)
        }
        record.student.name = header("student.name", "student.name")
        record.student.number = header("student.number", "student.number")
        record.school = header("school", "school")
        record.supervisor = header("supervisor", "supervisor")
        record.schoolTeacherEducator = header("schoolTeacherEducator", "school-teacher-educator")
        record.instituteTeacherEducator = header("instituteTeacherEducator", "institute-teacher-educator")
        record.lessonsGiven = header("lessonsGiven", "lessons")
        if let written = header("subject", "subject") { record.subject = subject(named: written) }
        if record.subject?.code == nil, let name = record.subject?.name {
            diagnose(.subjectUnknown, "subject", quotes: [name])
        }
        // A name holds no student number: "Bram Peters (2088776)" is not read as a name.
        if let name = record.student.name, name.split(whereSeparator: { !$0.isNumber }).contains(where: { $0.count >= 5 }) {
            withdraw("student.name", .headerInvalid, quotes: [name])
            record.student.name = nil
        }
        if let number = record.student.number, !FormFields.isStudentNumber(number) {
            withdraw("student.number", .headerInvalid, quotes: [number])
            record.student.number = nil
        }
        if let date = header("date", "date") {
            record.date = FormRecord.isoDate(date)
            if record.date == nil { withdraw("date", .headerInvalid, quotes: [date]) }
        }
        record.moment = readMoment()
        let titleMoment = paragraphsBeforeFirstTable.lazy.compactMap(FormReading.moment).first
        // A title naming one moment and a field naming another: neither is sure.
        if let field = record.moment, let title = titleMoment, title != field {
            withdraw("moment", .momentConflict, quotes: [title, field])
            record.moment = nil
            return
        }
        if record.moment == nil, let title = titleMoment {
            record.moment = title
            record.sources["moment"] = FormRecord.Source(part: document.mainPart, path: "body", found: .heading)
        }
        if record.moment == nil, let header = document.stories.first(where: { $0.kind == .header && FormReading.moment(Block.text(of: $0.blocks)) != nil }) {
            record.moment = FormReading.moment(Block.text(of: header.blocks))
            record.sources["moment"] = FormRecord.Source(part: header.part, path: "header", found: .pageHeader)
        }
    }

    /// The subject a subject field names: the plugin's code, and the name as
    /// the plugin gives it (or the alias written, for "Duits" in DU/FR).
    func subject(named text: String) -> FormRecord.NamedSubject {
        let folded = Subject.fold(text)
        guard let plugin = names.subjects.first(where: { Subject.isNamed(folded: folded, byAnyOf: $0.names) })?.plugin else {
            return FormRecord.NamedSubject(code: nil, name: text)
        }
        let written = plugin.subject.aliases.first { Catalogue.fold($0) == Catalogue.fold(text) && $0.count > 3 }
        return FormRecord.NamedSubject(code: plugin.subject.code, name: written ?? plugin.subject.name)
    }

    /// The moment field: a drop-down value, the one moment left, or the one
    /// marked among several (☒ Eindbeoordeling, struck or bold options).
    mutating func readMoment() -> String? {
        guard let found = find(tag: "moment", aliases: names.headerAliases("moment"), field: "moment", outcome: nil, path: "moment", reader: .moment) else { return nil }
        if let control = found.control, control.showingPlaceholder { return nil }
        switch OptionReader.moment.read(found.pieces) {
        case .chosen(let value, _):
            record.sources["moment"] = found.source
            return value
        case .ambiguous, .conflict, .notAnOption:
            diagnose(.momentAmbiguous, "moment", quotes: [Piece.quote(found.pieces)])
            return nil
        case .notFound:
            // Something is written there, but it names no moment.
            if let written = FormReading.text(of: found.pieces, found.control) {
                diagnose(.momentNotAnOption, "moment", quotes: [Piece.quote([Piece(text: written, format: RunFormat())])])
            }
            return nil
        }
    }

    /// The one moment a title or page header names; nil when it names none or several.
    static func moment(_ text: String) -> String? {
        let folded = Catalogue.fold(text)
        var named: [String] = []
        if folded.containsBytes("startgesprek") || folded == "start" { named.append("startgesprek") }
        if folded.containsBytes("tussenevaluatie") || folded.containsBytes("tussentijds") || folded == "tussen" { named.append("tussenevaluatie") }
        if folded.containsBytes("eindbeoordeling") || folded.containsBytes("eindevaluatie") || folded == "eind" { named.append("eindbeoordeling") }
        return named.count == 1 ? named[0] : nil
    }
}
