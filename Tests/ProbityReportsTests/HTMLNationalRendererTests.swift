import Foundation
import ProbityCore
import Testing
@testable import ProbityReports

/// The national page: the forces x areas grid (chart and table) agreeing cell by cell with
/// the grade distributions, the national figures and shares, coverage, and hostile force
/// names escaped.
@Suite struct HTMLNationalRendererTests {
    func page() throws -> (NationalView, String) {
        let view = try HTMLFixtures.nationalView()
        return (view, HTMLNationalRenderer.render(view, context: HTMLFixtures.context))
    }

    @Test func theNationalPageMatchesItsGoldenFile() throws {
        try HTMLGolden.check(try page().1, "national.html")
    }

    @Test func thePageKeepsEveryRule() throws {
        let audit = HTMLAudit(try page().1)
        #expect(audit.problems == [])
        #expect(audit.duplicateIDs == [])
    }

    @Test func everyForceHasACellPerAreaMatchingTheDistribution() throws {
        let (view, page) = try page()
        #expect(view.coverage.forcesCounted == 5)
        let names = Dictionary(view.coverage.forces.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        var needles = ["<svg id=\"national-grid\""]
        for distribution in view.areas + [view.overall] {
            let column = distribution.area?.rawValue ?? "overall"
            let title = HTMLEscaping.escape(distribution.area == nil ? "Overall" : distribution.title)
            let counts = distribution.grades.map { "<td class=\"num\">\($0.count)</td>" }.joined(separator: "\n")
            needles.append("<tr data-area=\"\(column)\">\n<th scope=\"row\">\(HTMLEscaping.escape(distribution.title))</th>\n\(counts)\n")
            for tally in distribution.grades {
                for force in tally.forces {
                    needles.append("<g class=\"cell\" data-column=\"\(column)\" data-grade=\"\(tally.grade)\">\n")
                    needles.append("<title>\(HTMLEscaping.escape(names[force] ?? "")), \(title): \(tally.label)</title>")
                }
            }
        }
        let flat = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
        #expect(HTMLAudit.missing(needles, in: flat) == [])
        let cells = page.components(separatedBy: "<g class=\"cell\"").count - 1
        #expect(cells == 5 * (view.areas.count + 1), "one cell per force and column")
    }

    @Test func nationalFiguresAndSharesAreShownWithTheirForces() throws {
        let (view, page) = try page()
        #expect(HTMLAudit.missing([
            "<tr data-figure=\"professional-standards:investigations.total\">",
            "<td class=\"num\">332</td>", "<td class=\"num\">257</td>", "<td class=\"num\">465</td>",
            "<td class=\"num\">77%</td>",
            "1 expected force is missing",
            "No workforce figure (no rates): EE",
            "<th scope=\"row\">Brackenfold Police &lt;script&gt;alert(1)&lt;/script&gt;</th>",
        ], in: page) == [])
        #expect(view.shares.first?.value.map { ($0 * 100).rounded() } == 77)
        #expect(!page.contains("<script"))
    }
}
