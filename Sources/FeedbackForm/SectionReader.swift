/// Finds the sections of a form that a heading names (an observation form, a
/// practicum report) and keeps their text, for the plugins of the subjects
/// whose forms have them.
public enum SectionReader {
    /// Every section whose heading (a short paragraph, or a one-cell table row)
    /// contains one of `keywords`, with the text of what follows up to the
    /// next heading-styled paragraph or the next such section.
    public static func sections(titled keywords: [String], kind: String, in document: Document) -> [FormRecord.Section] {
        var sections: [FormRecord.Section] = []
        var open: (title: String, text: [String], location: Location)?
        let folded = keywords.map(Catalogue.fold)
        func close() {
            if let section = open {
                sections.append(FormRecord.Section(kind: kind, title: section.title, text: section.text.joined(separator: "\n").trimmed,
                                                   location: section.location))
            }
            open = nil
        }
        for (index, block) in document.body.enumerated() {
            let location = Location(part: document.mainPart, path: "body/block[\(index + 1)]")
            let text = block.text.trimmed
            let isHeading: Bool
            if case .paragraph(let paragraph) = block {
                isHeading = (paragraph.style.map { $0.lowercased().hasPrefix("heading") || $0.lowercased().hasPrefix("kop") } ?? false)
            } else {
                isHeading = false
            }
            if text.count <= 80, folded.contains(where: { Catalogue.fold(text).contains($0) }) {
                close()
                open = (text, [], location)
            } else if isHeading {
                close()
            } else if open != nil, !text.isEmpty {
                open?.text.append(text)
            }
        }
        close()
        return sections
    }
}
