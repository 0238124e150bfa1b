import Foundation
import ProbityCore
import Testing
@testable import ProbityReports

/// The moderated scorecard page: self-assessed and moderated side by side, every
/// disagreement with its rationale, the inspector's findings, hostile text escaped.
@Suite struct HTMLModeratedScorecardRendererTests {
    func page() throws -> (ModeratedScorecard, String) {
        let (moderated, sources) = try HTMLFixtures.moderated()
        return (moderated, HTMLModeratedScorecardRenderer.render(moderated, sources: sources, context: HTMLFixtures.context))
    }

    @Test func theModeratedPageMatchesItsGoldenFile() throws {
        try HTMLGolden.check(try page().1, "scorecard-moderated-2012.html")
    }

    /// Issue 11: the log's file name and SHA-256 head are in the record at the end, not the header.
    @Test func theHeaderNamesModeratorsAndTheRecordKeepsTheHash() throws {
        let (moderated, page) = try page()
        let log = moderated.moderation
        let header = try #require(page.components(separatedBy: "</header>").first)
        #expect(!header.contains(log.head.description), "the hash is not in the header")
        #expect(!header.contains(HTMLEscaping.escape(log.file)), "the file name is not in the header")
        #expect(header.contains("Moderated by "))
        let record = try #require(page.components(separatedBy: "<section aria-labelledby=\"record-heading\" id=\"record\">").last)
        #expect(record.contains(log.head.description) && record.contains(HTMLEscaping.escape(log.file)))
        #expect(page.contains("<section aria-labelledby=\"summary-heading\" id=\"summary\" class=\"own-page\">"))
    }

    @Test func thePageKeepsEveryRule() throws {
        let audit = HTMLAudit(try page().1)
        #expect(audit.problems == [])
        #expect(audit.duplicateIDs == [])
    }

    @Test func selfAssessedAndModeratedAreSideBySide() throws {
        let (moderated, page) = try page()
        let scale = moderated.moderated.scale
        let label = { (grade: GradeID?) in scale.label(grade) }
        // The fixture's moderation lowers scores (media 63.1 -> 53.1, information 67.3 -> 51.3,
        // gratuities 37.9 -> 22.9) without moving a grade: answer findings already cap the
        // self-assessed grades. A grade change on the page is tested by ModeratedScoreTests.
        #expect(moderated.areas.contains { $0.moderatedScore < $0.selfAssessedScore }, "the fixture's moderation lowers a score")
        var needles = [
            "<div id=\"self-assessed-grade\" class=\"wide\"><span class=\"label\">Self-assessed grade</span>",
            "<div id=\"overall-grade\" class=\"wide\"><span class=\"label\">Moderated grade</span>",
            "<svg id=\"moderation-chart\"",
        ]
        for summary in moderated.areas {
            needles.append("<tr data-area=\"\(summary.area?.rawValue ?? "")\">")
            needles.append("<g class=\"movement\" data-key=\"\(summary.area?.rawValue ?? "")\"")
            needles.append(">\(label(summary.selfAssessedGrade))</span> \(NumberFormatting.number(summary.selfAssessedScore))</td>")
            needles.append(">\(label(summary.moderatedGrade))</span> \(NumberFormatting.number(summary.moderatedScore))</td>")
            if summary.gradeChange < 0 { needles.append("<td>\(Words.count(-summary.gradeChange, "grade")) lower</td>") }
        }
        #expect(HTMLAudit.missing(needles, in: page) == [])
    }

    @Test func everyDisagreementIsListedWithItsRationale() throws {
        let (moderated, page) = try page()
        #expect(moderated.disagreements.map(\.item) == ["MR-01", "IS-02", "IS-03", "GH-02"])
        #expect(HTMLAudit.missing([
            "<tr data-item=\"GH-02\" data-direction=\"overstated\">",
            "<tr data-item=\"MR-01\" data-direction=\"overstated\">",
            "<tr data-item=\"IS-02\" data-direction=\"understated\">",
            "<td>Register shows no declines in nine months &lt;script&gt;alert(1)&lt;/script&gt;</td>",
            "<td>Policy seen; staff in two focus groups had not been briefed &amp; didn&#39;t know it</td>",
            "<td>EV-02 Asserted only</td>",
            "Inspector A. Example (HMI &lt;lead&gt;)",
            "Cause of concern MOD-1-1: Declines never recorded =HYPERLINK(&quot;http://x&quot;) (inspector&#39;s finding: Inspector A. Example (HMI &lt;lead&gt;)",
        ], in: page) == [])
        #expect(HTMLAudit.present(["<script>", "<lead>"], in: page) == [])
    }
}
