import Foundation
import Testing
@testable import FeedbackForm

/// The handbook the catalogue is taken from, where the project's shared folder
/// sits beside the checkout (as on the team's machines and in CI).
let handbookURL: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("shared/seeds/000_1b1854eb628a5607.txt")
}()

let handbookAvailable = FileManager.default.fileExists(atPath: handbookURL.path)

/// The handbook's text with every run of whitespace (line wraps included) made one space.
let handbook: String = {
    guard let text = try? String(contentsOf: handbookURL, encoding: .utf8) else { return "" }
    return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}()

private let catalogue = Catalogue.handbook2025

@Suite struct CatalogueShapeTests {
    @Test func fiveOutcomesWithStableIds() {
        #expect(catalogue.outcomes.map(\.id) == ["positief-leerklimaat", "afstemmen", "leerstof-verwerken", "ict", "ppi"])
    }

    @Test func indicatorCountsAreTheHandbooks() {
        #expect(catalogue.outcomes.map { $0.dimensions.map(\.indicators.count) } == [
            [10, 6, 4, 3], [4, 7, 7, 6], [6, 6, 6, 6], [3, 3, 1, 4], [5, 6, 5, 5, 3],
        ])
        #expect(catalogue.indicators.count == 106)
        #expect(Set(catalogue.indicators.map(\.id)).count == 106)
    }

    @Test func onlyDifferentiatieIsIndicative() {
        let indicative = catalogue.outcomes.flatMap(\.dimensions).filter { !$0.assessable }
        #expect(indicative.map(\.id) == ["leerstof-verwerken.differentiatie"])
        #expect(indicative[0].indicators.allSatisfy { !$0.assessable })
        #expect(catalogue.indicators.filter(\.assessable).count == 100)
    }

    @Test func assessmentAndRoleFollowTheHandbook() {
        #expect(catalogue.outcomes.map(\.assessment) == [.summativeIntermediate, .summativeIntermediate, .summative, .formative, .formative])
        #expect(catalogue.outcomes.map(\.supervisorRole) == [.assessAndGuide, .assessAndGuide, .assessAndGuide, .guideAndFeedback, .guideAndFeedback])
    }

    @Test func foldingLowersRemovesAccentsAndCollapsesWhiteSpace() {
        #expect(Catalogue.fold("  Leeruitkomst\t2:\n AFSTEMMEN  ") == "leeruitkomst 2: afstemmen")
        #expect(Catalogue.fold("Creëren  VAN") == "creeren van")
        #expect(Catalogue.fold("Creëren  VAN") == Catalogue.fold("Creeren  VAN"))
        #expect(Catalogue.fold(" \t ") == "")
    }

    @Test func outcomesAreFoundByAnyNameIgnoringCaseAndAccents() {
        #expect(catalogue.outcome("creeren van een POSITIEF leerklimaat")?.id == "positief-leerklimaat")
        #expect(catalogue.outcome("Afstemmen op de lerenden")?.id == "afstemmen")
        #expect(catalogue.outcome("Ontwikkelen van professionele en persoonlijke identiteit")?.id == "ppi")
        #expect(catalogue.outcome("leren en lesgeven met ICT")?.id == "ict")
        #expect(catalogue.outcome("ppi")?.id == "ppi")
        #expect(catalogue.outcome("Wiskunde") == nil)
    }

    @Test func headingsNameTheirOutcomeWhateverTheNumberingAround() {
        let headings = OutcomeHeadings(catalogue.outcomes, plugins: [])
        // Numbering, "Leeruitkomst", "LUK" and punctuation before the name; case and accents aside.
        #expect(headings.outcome(named: "5.1 Creëren van een positief leerklimaat") == "positief-leerklimaat")
        #expect(headings.outcome(named: "Leeruitkomst 2: Afstemmen op de lerenden") == "afstemmen")
        #expect(headings.outcome(named: "5.3 – LUK Leren en lesgeven met ICT") == "ict")
        #expect(headings.outcome(named: "LUK PPI") == "ppi")
        #expect(headings.outcome(named: "  3) LEERSTOF VERWERKEN") == "leerstof-verwerken")
        // Tabs and line breaks before the name are spaces; a first letter beyond ASCII is folded first.
        #expect(headings.outcome(named: "\t2.\nafstemmen op de lerenden") == "afstemmen")
        #expect(headings.outcome(named: "Áfstemmen op de lerenden") == "afstemmen")
        // A few words after the name (a note on the heading) still name it; a longer text does not.
        #expect(headings.outcome(named: "Afstemmen op de lerende (zie ook bijlage 2)") == "afstemmen")
        #expect(headings.outcome(named: "Afstemmen op de lerende: " + String(repeating: "x", count: 41)) == nil)
        #expect(headings.outcome(named: "Afstemmen op de lerende: " + String(repeating: "é", count: 38)) == "afstemmen")
        // The name must end where a word ends: "ICT-gebruik" continues it, "Afstemmingen" is another word.
        #expect(headings.outcome(named: "ICTgebruik in de klas") == nil)
        #expect(headings.outcome(named: "Afstemmingen met de sectie") == nil)
        // A sentence of the kijkkader, or an empty or long text, is no heading.
        #expect(headings.outcome(named: "Je creëert een positief leerklimaat in de klas") == nil)
        #expect(headings.outcome(named: "") == nil)
        #expect(headings.outcome(named: "PPI " + String(repeating: "a ", count: 70)) == nil)
    }

    @Test func ictCarriesItsThreeNumbers() {
        #expect(catalogue.outcome("ict")?.numbers.map(\.number) == ["5.5", "5.4", "5.3"])
    }

    @Test func fourteenSkillsWithThreePhases() {
        #expect(catalogue.skills.count == 14)
        #expect(catalogue.skills.allSatisfy { $0.phases.map(\.phase) == [.beginfase, .groeifase, .vergevorderdeFase] })
        #expect(catalogue.skills[5].id == "vertrouwen-van-collegas")
    }

    @Test func momentsSayWhatTheyAsk() {
        #expect(catalogue.moments.map(\.id) == ["startgesprek", "tussenevaluatie", "eindbeoordeling"])
        #expect(catalogue.moments[2].requires.contains(.judgement))
        #expect(!catalogue.moments[1].requires.contains(.judgement) && catalogue.moments[1].allows.contains(.judgement))
    }
}

@Suite(.enabled(if: handbookAvailable, "the handbook is in ../shared/seeds"))
struct CatalogueMatchesHandbookTests {
    /// Where each outcome's kijkkader ends in the handbook.
    static let endOfKijkkader = ["Afstemmen op de lerenden Je stemt", "5.2 LUK Leerstof verwerken",
                                 "5.3 LUK Leren en lesgeven met ICT", "5.4 LUK Ontwikkelen", "Literatuur:"]

    @Test func everyIndicatorIsPrintedExactlySoUnderItsHeading() throws {
        var position = try #require(handbook.range(of: "Kijkkader")).upperBound
        for (outcome, end) in zip(catalogue.outcomes, Self.endOfKijkkader) {
            for (i, dimension) in outcome.dimensions.enumerated() {
                let heading = try #require(handbook.range(of: " \(dimension.name) •", range: position..<handbook.endIndex),
                                           "\(dimension.id): heading not found")
                let next = i + 1 < outcome.dimensions.count ? " \(outcome.dimensions[i + 1].name) •" : " \(end)"
                let stop = try #require(handbook.range(of: next, range: heading.upperBound..<handbook.endIndex))
                let printed = "•" + handbook[heading.upperBound..<stop.lowerBound]
                    .replacingOccurrences(of: " Kijkkader", with: "")
                let ours = "• " + dimension.indicators.map(\.text).joined(separator: " • ")
                #expect(printed.trimmingCharacters(in: .whitespaces) == ours, "\(dimension.id)")
                position = stop.lowerBound
            }
        }
    }

    @Test func descriptionsArePrintedSo() {
        for outcome in catalogue.outcomes {
            #expect(handbook.contains(outcome.description), "\(outcome.id)")
        }
    }

    @Test func theSkillsTableIsPrintedSo() throws {
        let start = try #require(handbook.range(of: "Dimensie Beginfase Groei-fase Vergevorderde fase"))
        let end = try #require(handbook.range(of: "7 BIJLAGE 2"))
        let printed = handbook[start.upperBound..<end.lowerBound].filter { !$0.isWhitespace }
        let ours = catalogue.skills.map { ([$0.name] + $0.phases.map(\.text)).joined() }.joined().filter { !$0.isWhitespace }
        // The PDF broke "mede-eigenaar" over two lines; removing whitespace rejoins it.
        #expect(printed == ours)
    }

    @Test func everyNumberingIsTheHandbooks() {
        for outcome in catalogue.outcomes {
            for number in outcome.numbers where number.scheme != "chapter-5" {
                #expect(outcome.aliases.contains { handbook.contains("\($0) (\(number.number))") }, "\(outcome.id) \(number.scheme)")
            }
            let chapter5 = outcome.numbers.first { $0.scheme == "chapter-5" }!.number
            #expect(handbook.contains("\(chapter5) LUK") || handbook.contains("\(chapter5) Afstemmen en creëren 1"), "\(outcome.id)")
        }
    }

    @Test func customTrajectoriesSayWhetherAJudgementIsNeeded() throws {
        let section = try #require(handbook.range(of: "Afhankelijk van de leeruitkomst uit jaar 1"))
        for (i, outcome) in catalogue.customTrajectoryOutcomes.enumerated() {
            let name = try #require(handbook.range(of: outcome.name, range: section.upperBound..<handbook.endIndex))
            let nextName = i + 1 < catalogue.customTrajectoryOutcomes.count
                ? handbook.range(of: catalogue.customTrajectoryOutcomes[i + 1].name, range: name.upperBound..<handbook.endIndex)?.lowerBound
                : handbook.range(of: "2 BEOORDELEN EN BESLISSEN")?.lowerBound
            let block = handbook[name.upperBound..<(nextName ?? handbook.endIndex)]
            let needed = block.contains("werkplekbegeleider is nodig") || block.contains("werkplekbegeleider is dan nodig")
            let notNeeded = block.contains("is dan niet nodig") || block.contains("is niet nodig")
            if needed || notNeeded {
                #expect(outcome.supervisorJudgementNeeded == needed, "\(outcome.id)")
            } else {
                // Oriëntatie op een positief leerklimaat: the judgement is folded into the year-2 outcome.
                #expect(!outcome.supervisorJudgementNeeded, "\(outcome.id)")
            }
        }
    }
}
