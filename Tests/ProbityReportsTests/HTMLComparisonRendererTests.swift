import Foundation
import ProbityCore
import Testing
@testable import ProbityReports

/// The comparison page: both years' grades with the movement chart, every item's change,
/// findings resolved, new and persisting, rates, and hostile text escaped.
@Suite struct HTMLComparisonRendererTests {
    func page() throws -> (Comparison, String) {
        let (comparison, scale, oldScale) = try HTMLFixtures.comparison()
        return (comparison, HTMLComparisonRenderer.render(comparison, scale: scale, oldScale: oldScale, context: HTMLFixtures.context))
    }

    @Test func theComparisonPageMatchesItsGoldenFile() throws {
        try HTMLGolden.check(try page().1, "comparison-2011-2012.html")
    }

    @Test func thePageKeepsEveryRule() throws {
        let audit = HTMLAudit(try page().1)
        #expect(audit.problems == [])
        #expect(audit.duplicateIDs == [])
    }

    @Test func everyAreaMovesOnTheChartAndInTheTable() throws {
        let (comparison, page) = try page()
        var needles = ["<svg id=\"movement-chart\"", "<div id=\"overall-grade\" class=\"wide\"><span class=\"label\">Overall 2012</span>",
                       "<div id=\"old-grade\" class=\"wide\"><span class=\"label\">Overall 2011</span>"]
        for area in comparison.areas {
            needles.append("<tr data-area=\"\(area.area)\" data-movement=\"\(area.grade.rawValue)\">")
            needles.append("<g class=\"movement\" data-key=\"\(area.area)\"")
            if let old = area.old, let new = area.new {
                needles.append("\(NumberFormatting.number(old.score)) \u{2192} \(NumberFormatting.number(new.score))")
            }
        }
        for item in comparison.allItems {
            needles.append("<tr data-item=\"\(item.item)\" data-change=\"\(item.change.rawValue)\">")
        }
        #expect(HTMLAudit.missing(needles, in: page) == [])
        #expect(comparison.allItems.contains { $0.change == .new }, "the 2012 checklist adds items")
        #expect(comparison.allItems.contains { $0.change == .improved } && comparison.allItems.contains { $0.change == .regressed })
    }

    @Test func findingsAreEscapedAndTraced() throws {
        let (comparison, page) = try page()
        #expect(!comparison.allFindings.isEmpty)
        for finding in comparison.allFindings {
            #expect(page.contains("<tr data-finding=\"\(finding.id)\" data-status=\"\(finding.status.rawValue)\">"))
        }
        #expect(HTMLAudit.missing(["Declined offers are not recorded &lt;script&gt;alert(1)&lt;/script&gt;",
                                   "Low-level spend left to budget holders =HYPERLINK(&quot;http://x&quot;)"], in: page) == [])
        #expect(!page.contains("<script"))
    }
}
