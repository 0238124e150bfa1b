import Foundation
import Testing
@testable import ProbityRegisters

@Suite struct CrosscheckerTests {
    func flagged(_ report: CrosscheckReport, _ check: CheckID) -> [String] {
        report.findings.filter { $0.check == check }.map(\.rowID.rawValue)
    }

    /// Contract at +0 and +365 days flagged; +366, −1 and declined not; a decoy name not.
    @Test func checkAWindowBoundaries() throws {
        let report = try RegisterFixtures.report()
        #expect(flagged(report, .a) == ["H1", "H2"])
        let a = report.findings.filter { $0.check == .a }
        #expect(a.map(\.relatedID?.rawValue) == ["C1", "C2"])
        #expect(a.map(\.supplierID?.rawValue) == ["SUP1", "SUP2"])
        let days = a.map { ($0.relatedDate?.daysSinceEpoch ?? 0) - ($0.date?.daysSinceEpoch ?? 0) }
        #expect(days == [0, 365])
    }

    @Test func checkAIsMoreSevereWhenTheRecipientDecidedTheContract() throws {
        let a = try RegisterFixtures.report().findings.filter { $0.check == .a }
        #expect(a.map(\.severity) == [.medium, .high])
    }

    @Test func checkAWindowIsData() throws {
        var rules = try CrosscheckRules.defaults
        rules.hospitality.contractWindow = DayWindow(fromDays: -1, toDays: 366)
        let report = try RegisterFixtures.report(rules: rules)
        #expect(flagged(report, .a) == ["H1", "H2", "H3", "H4"])
    }

    @Test func checkBAndBWorse() throws {
        let report = try RegisterFixtures.report()
        #expect(flagged(report, .b) == ["BI1", "BI2"])
        #expect(flagged(report, .bWorse) == ["BI1"])
        let worse = report.findings.first { $0.check == .bWorse }
        #expect(worse?.relatedID?.rawValue == "C2")
        #expect(worse?.severity == .high)
    }

    @Test func checkCChiefOfficersWithoutPeerReview() throws {
        #expect(flagged(try RegisterFixtures.report(), .c) == ["H6", "H8"])
        var rules = try CrosscheckRules.defaults
        rules.hospitality.chiefOfficerRanks = ["CC"]
        #expect(flagged(try RegisterFixtures.report(rules: rules), .c) == ["H6"])
    }

    @Test func checkDProhibitedCategoriesAreData() throws {
        #expect(flagged(try RegisterFixtures.report(), .d) == ["BI4", "BI5"])
        var rules = try CrosscheckRules.defaults
        rules.interests.prohibitedCategories = ["retail", "driver"]
        #expect(flagged(try RegisterFixtures.report(rules: rules), .d) == ["BI4"])
    }

    /// Reviewed exactly 12 months before as-of: not overdue; a day earlier or never: overdue.
    @Test func checkEReviewBoundary() throws {
        #expect(flagged(try RegisterFixtures.report(), .e) == ["BI5", "BI7"])
        var rules = try CrosscheckRules.defaults
        rules.interests.reviewPeriodMonths = 24
        #expect(flagged(try RegisterFixtures.report(rules: rules), .e) == ["BI7"])
    }

    @Test func healthFigures() throws {
        let health = try RegisterFixtures.report(workforce: 2000).health
        #expect(health.hospitalityEntries == 10)
        #expect(health.declined == 2)
        #expect(health.declinedShare == 0.2)
        #expect(health.entriesPer1000Workforce == 5)
        #expect(health.chiefOfficerEntries == 4)
        #expect(health.chiefOfficerShare == 0.4)
        #expect(health.valueBands.map(\.entries) == [2, 4, 1, 1, 1])
        #expect(health.valueBands.map(\.label) == ["under £25", "£25 to under £50", "£50 to under £100",
                                                  "£100 to under £250", "£250 and over"])
        #expect(health.entriesWithoutValue == 1)
    }

    @Test func nameMapListsEachDistinctNamePerRegister() throws {
        let names = try RegisterFixtures.report().names
        let hospitality = names.filter { $0.source == .hospitality }
        #expect(hospitality.map(\.typedName) == ["The Northern Fleet Services Ltd.", "Apex Data Solutions Ltd",
                                                 "Kestrel Kennel Ltd", "Leeds City Council",
                                                 "Northern Fleet Solutions Ltd"])
        #expect(hospitality.map(\.rows) == [1, 1, 3, 4, 1])
        #expect(hospitality.map(\.method) == [.exact, .exact, .exact, .none, .none])
        let servcies = names.first { $0.typedName == "Northern Fleet Servcies" }
        #expect(servcies?.method == .fuzzy)
        #expect(servcies?.supplierID?.rawValue == "SUP1")
    }

    @Test func findingsAreInCheckThenRowOrder() throws {
        let report = try RegisterFixtures.report()
        #expect(report.findings.map(\.check) == report.findings.map(\.check).sorted())
        #expect(report.counts[.a] == 2 && report.counts[.e] == 2)
    }
}
