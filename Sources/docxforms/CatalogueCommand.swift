import ArgumentParser
import FeedbackForm
import JSONOutput
import Messages

extension DocxForms {
    /// `docxforms catalogue`: the handbook's outcomes, kijkkader and skills as data.
    struct CatalogueCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "catalogue",
            abstract: "Print the learning outcomes, kijkkader, complex skills and moments the form is about.",
            discussion: """
                The data is the handbook's (HAN, wpl2, 2025-2026), with stable ids: outcomes with \
                their dimensions and every indicator sentence as printed (106), the table of \
                complex professional skills (14 dimensions, three phases), the year-1 outcomes \
                of custom trajectories and the moments of the conversation cycle. JSON keys: \
                outcomes[] (id, name, aliases, numbers, assessment, supervisorRole, description, \
                dimensions[] (id, name, assessable, indicators[] (id, text, assessable))), \
                skills[] (id, name, phases[] (phase, text)), customTrajectoryOutcomes[], moments[].
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, text
        }

        @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: " or ")).")
        var format = Format.text

        @OptionGroup var language: LanguageOption

        func run() throws {
            let catalogue = Catalogue.handbook2025
            switch format {
            case .json: StandardOutput().write(try JSONOutput(pretty: true).encode(catalogue) + "\n")
            case .text: StandardOutput().write(CatalogueText.render(catalogue, Speech.language))
            }
        }
    }
}

/// The catalogue for people: outcomes with their dimensions and numbered
/// indicators, then the skills table, the trajectories and the moments.
enum CatalogueText {
    static func render(_ catalogue: Catalogue, _ language: Language) -> String {
        typealias L = Texts.Listing
        var out = ""
        for outcome in catalogue.outcomes {
            let numbers = outcome.numbers.map { "\($0.number) (\($0.scheme))" }.joined(separator: ", ")
            out += "\(outcome.name) [\(outcome.id)]\n"
            out += "  " + L.outcomeLine(assessment: outcome.assessment.rawValue, supervisor: outcome.supervisorRole.rawValue, numbers: numbers)(language) + "\n"
            for dimension in outcome.dimensions {
                out += "  \(dimension.name) [\(dimension.id)]\(dimension.assessable ? "" : L.indicative(language))\n"
                for (n, indicator) in dimension.indicators.enumerated() {
                    out += "    \(n + 1). \(indicator.text)\n"
                }
            }
            out += "\n"
        }
        out += L.skills(language) + "\n"
        for skill in catalogue.skills {
            out += "  \(skill.name) [\(skill.id)]\n"
            for phase in skill.phases { out += "    \(phase.phase.rawValue): \(phase.text)\n" }
        }
        out += "\n" + L.trajectories(language) + "\n"
        for outcome in catalogue.customTrajectoryOutcomes {
            out += "  \(outcome.name) [\(outcome.id)]: \(L.supervisorJudgement(outcome.supervisorJudgementNeeded)(language))\n"
        }
        out += "\n" + L.moments(language) + "\n"
        for moment in catalogue.moments {
            out += "  \(moment.name) [\(moment.id)], \(moment.timing): " + L.requires(moment.requires.map(\.rawValue).joined(separator: ", "))(language)
            out += moment.allows.isEmpty ? "\n" : "; " + L.allows(moment.allows.map(\.rawValue).joined(separator: ", "))(language) + "\n"
        }
        return out
    }
}
