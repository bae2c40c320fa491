/// Which record value a field of another system names by its title (an
/// eJournal template's "Naam student", "Oordeel – Afstemmen"), from the form's
/// own labels (``Vocabulary``): for map skeletons that a person then checks.
/// Only a title equal to a label matches; anything else is left to the person.
package enum RecordValueTitles {
    /// The record value path (`student.name`, `outcomes.afstemmen.judgement`)
    /// that `title` names, or nil when it names none for sure.
    package static func path(forTitle title: String, catalogue: Catalogue) -> String? {
        let folded = FormFields.normalise(title)
        // An outcome's field: the outcome's name or alias inside, the field's label around it.
        let named = catalogue.outcomes.flatMap { outcome in ([outcome.name] + outcome.aliases).map { (outcome, FormFields.normalise($0)) } }
            .filter { !$0.1.isEmpty && folded.contains($0.1) }.max { $0.1.count < $1.1.count }
        if let (outcome, name) = named {
            let rest = FormFields.normalise(folded.replacing(name, with: " ").replacing("-", with: " "))
            if let field = Vocabulary.outcomeFields.first(where: { $0.labels.contains(rest) || FormFields.normalise($0.alias) == rest }),
               let value = outcomeValue[field.key] {
                return "outcomes.\(outcome.id).\(value)"
            }
            return indicatorsSeenTitles.contains(rest) ? "outcomes.\(outcome.id).indicatorsSeen" : nil
        }
        let field = Vocabulary.headerFields.first { $0.labels.contains(folded) || FormFields.normalise($0.alias) == folded }
        return field.flatMap { headerValue[$0.key] }
    }

    /// For a record value that is a choice: its values, each with the spellings
    /// that mean it (the first as the template shows it). Nil for free text.
    package static func choices(for path: String) -> [(value: String, spellings: [String])]? {
        let list: [Vocabulary.Choice]? = if path == "moment" { Vocabulary.moment }
            else if path.hasSuffix(".judgement") { Vocabulary.judgement }
            else if path.hasSuffix(".confidence") { Vocabulary.confidence }
            else { nil }
        return list?.map { ($0.value, $0.spellings) }
    }

    /// Whether an option's text is one of a choice's spellings.
    package static func option(_ text: String, means spellings: [String]) -> Bool {
        let folded = FormFields.normalise(text).replacing("-", with: " ")
        return spellings.contains { FormFields.normalise($0) == folded }
    }

    private static let headerValue = [
        "student.name": "student.name", "student.number": "student.number", "subject": "subject.name", "school": "school",
        "supervisor": "supervisor", "school-teacher-educator": "schoolTeacherEducator",
        "institute-teacher-educator": "instituteTeacherEducator", "moment": "moment", "date": "date", "lessons": "lessonsGiven",
    ]
    private static let outcomeValue = [
        "goal": "goal", "learning-activities": "learningActivities", "success-criteria": "successCriteria",
        "self-reflection": "selfReflection", "feedback.indicators-seen": "indicatorsSeenFeedback",
        "feedback.development-made": "developmentMade", "feedback.development-to-make": "developmentToMake",
        "feedback": "feedback", "judgement": "judgement", "confidence": "confidence",
    ]
    private static let indicatorsSeenTitles: Set<String> = ["indicatoren gezien", "geziene indicatoren", "indicators seen", "kijkkader"]
}
