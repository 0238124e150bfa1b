import Foundation
import ProbityCore
import Testing

/// The demo force, Northshire Constabulary, compared from its 2011 self-assessment (wfof-2011,
/// 12 months to March 2011) to its 2012 one (revisit-2012, September 2011 to May 2012), as the
/// README shows it. Golden Markdown and JSON, plus the figures checked by hand.
///
/// Checked by hand against docs/examples/northshire-2011.json and northshire-2012.json:
/// - Investigations per month over periods of different lengths: professional-standards
///   `investigations.total` is 60 in 2010-04-01..2011-03-31 (12 months) = 5 a month, and 54 in
///   2011-09-01..2012-05-31 (9 months) = 6 a month: +20% a month, though the total fell by 6.
///   Information `investigations.total`: 45 / 12 = 3.75, 41 / 9 = 4.56 a month, +21.5%.
/// - An item improved through a `changed` crosswalk entry: MR-01 is partially-met in 2011 and
///   met in 2012; revisit-2012's crosswalk maps MR-01 <- MR-01 as `changed` (measured against the
///   April 2012 interim ACPO media guidance).
/// - A merged item: 2012's IS-03 (met) continues 2011's IS-03 (partially-met) and IS-04
///   (not-met); better than both, so improved, "merged from IS-03, IS-04".
/// - A retired item: IS-04 (not-met in 2011) is retired, merged into IS-03.
/// - A new item: MR-10 (crosswalk `new`) is met in 2012 and absent from 2011.
/// - A not-comparable item: PS-08 is partially-met in 2011 but not-assessed in 2012.
/// - A resolved finding: IS-F01 (cause of concern, no proactive checks of information systems)
///   follows from 2011's `audits.proactive: false`; in 2012 `audits.proactive` is true and 5 of 8
///   systems were audited, so it is gone. GH-F03 (chief officers' entries not peer reviewed)
///   persists: 0 of 6 entries reviewed in 2011, 2 of 3 in 2012.
@Suite struct CompareDemoTests {
    static let arguments = ["compare", "docs/examples/northshire-2011.json", "docs/examples/northshire-2012.json"]

    func run(_ format: String) -> CLIRun {
        CLIHarness.run(Self.arguments + ["--format", format], in: CLIHarness.packageRoot)
    }

    @Test(arguments: [("markdown", "md"), ("json", "json")])
    func theDemoComparisonMatchesItsGolden(_ format: String, _ suffix: String) throws {
        let result = run(format)
        #expect(result.code == 0, "\(result.stderr)")
        try CompareGolden.check(result.stdout, against: "northshire-2011-2012.\(suffix)")
    }

    @Test func theHandCheckedFigures() throws {
        let result = run("json")
        #expect(result.code == 0, "\(result.stderr)")
        let comparison = try #require(try CompareCommandTests.decode(result.stdout))
        #expect(comparison.old.months == 12 && comparison.new.months == 9)
        #expect(comparison.matching.basis == .crosswalk)

        let figures = comparison.areas.flatMap(\.figures)
        let investigations = try #require(figures.first { $0.area == "professional-standards" && $0.id == "investigations.total" })
        #expect(investigations.basis == .perMonth)
        #expect(investigations.old?.value == 60 && investigations.old?.rate == 5)
        #expect(investigations.new?.value == 54 && investigations.new?.rate == 6)
        #expect(NumberFormatting.percent(try #require(investigations.relativeChange)) == "20%")
        let disclosure = try #require(figures.first { $0.area == "information" && $0.id == "investigations.total" })
        #expect(NumberFormatting.percent(try #require(disclosure.relativeChange)) == "21.5%")

        let items = Dictionary(comparison.allItems.map { ("\($0.item)/\($0.change.rawValue)", $0) }, uniquingKeysWith: { first, _ in first })
        let mr01 = try #require(items["MR-01/improved"])
        #expect(mr01.crosswalk == .changed && mr01.old.map(\.status) == [.partiallyMet] && mr01.newStatus == .met)
        let is03 = try #require(items["IS-03/improved"])
        #expect(is03.old.map(\.item) == ["IS-03", "IS-04"] && is03.old.map(\.status) == [.partiallyMet, .notMet])
        #expect(is03.reason == "merged from IS-03, IS-04")
        let is04 = try #require(items["IS-04/retired"])
        #expect(is04.reason == "merged into IS-03, compared there" && is04.old.map(\.status) == [.notMet])
        #expect(items["MR-10/new"]?.newStatus == .met)
        #expect(items["PS-08/not-comparable"]?.reason == "not assessed in NEW")

        let findings = Dictionary(comparison.allFindings.filter(\.isWeakness).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(findings["IS-F01"]?.status == .resolved && findings["IS-F01"]?.oldKind == .concern)
        #expect(findings["IS-F01"]?.also == ["IS-03-A", "IS-04-A"], "the answer findings it absorbed, matched through the merge")
        #expect(findings["GH-F03"]?.status == .persisting)

        // Direction of travel over the 57 items judged in both years: 41 weaknesses resolved and
        // 3 items improved without one resolving (gains 44), 8 new weaknesses (losses 8), 7
        // persisting: (44 - 8) / (44 + 8 + 7) = 36 / 59 = +0.61 -> some progress (0.25 <= 0.61 < 0.75).
        let progress = comparison.progress
        #expect(progress.tally.comparableItems.count == 57)
        #expect(progress.tally.resolved.count == 41 && progress.tally.improved.count == 3 && progress.gains == 44)
        #expect(progress.tally.new.count == 8 && progress.losses == 8 && progress.persisting == 7)
        #expect(progress.index == 36.0 / 59.0 && progress.level == "some-progress")
    }

    @Test func theDemoTextFitsEightyColumns() {
        let result = run("text")
        #expect(result.code == 0)
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}
