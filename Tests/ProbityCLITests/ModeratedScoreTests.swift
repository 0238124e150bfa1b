import Foundation
import Testing

/// `probity score FILE --moderation MOD`: the self-assessed and moderated scorecards side by
/// side in every format (golden files), with the grade moderation changed and the reason.
@Suite struct ModeratedScoreTests {
    let workspace: ModerationWorkspace

    init() throws {
        workspace = try ModerationWorkspace()
        try workspace.moderateStandard()
    }

    func score(_ format: String) -> CLIRun {
        workspace.run(["score", "assessment.json", "--moderation", "mod.json", "--format", format])
    }

    @Test(arguments: [("text", "moderated.txt"), ("markdown", "moderated.md"), ("json", "moderated.json")])
    func matchesTheGoldenFile(_ format: String, _ golden: String) throws {
        let result = score(format)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        try ModerationGolden.check(result.stdout, against: golden)
    }

    @Test func theTextShowsTheGradeChangeAndTheReason() throws {
        let text = score("text").stdout
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 }, "fits 80 columns")
        #expect(text.contains("\nmedia                  Outstanding 98.7           Good 70.3                   -1\n"))
        #expect(text.contains("\ngratuities             Not graded                 Not graded                   0\n"))
        #expect(text.contains("gratuities, self-assessed: only 18.2% of the area's applicable weight was"))
        #expect(!text.contains("Inadequate 0"))
        #expect(text.contains("MR-02 (media): force met, inspector partially-met: overstated"))
        #expect(text.contains("entry 1, A. Inspector (HMI), 2026-01-01: The contact log exists but only the"))
        #expect(text.contains("GH-08 (gratuities): force partially-met, inspector met: understated"))
        #expect(text.contains("The force overstated 2 items and understated 1 item; the evidence for 1 item was\nregraded."))
        #expect(text.contains("[Area for improvement] MOD-2-1 Media-contact recording is not checked (media)"))
    }

    @Test func theMarkdownTrailCarriesTheRationale() throws {
        let markdown = score("markdown").stdout
        #expect(markdown.contains("| MR-02 | media | met | partially-met | overstated | 1 -> 0.35 | EV-02 documented | entry 1, A. Inspector (HMI), 2026-01-01 | The contact log exists but only the press office uses it. |"))
        #expect(markdown.contains("moderated in entry 1 by A. Inspector (HMI), 2026-01-01: status partially-met; evidence graded EV-02 documented. Rationale: The contact log exists"))
    }

    @Test func theJSONHasBothScorecards() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(score("json").stdout.utf8)) as? [String: Any])
        let card = try #require(json["moderatedScorecard"] as? [String: Any])
        let selfAssessed = try #require(card["selfAssessed"] as? [String: Any])
        let moderated = try #require(card["moderated"] as? [String: Any])
        #expect(selfAssessed["overallScore"] as? Double != moderated["overallScore"] as? Double)
        let disagreements = try #require(card["disagreements"] as? [[String: Any]])
        #expect(disagreements.compactMap { $0["direction"] as? String } == ["evidence-regraded", "overstated", "overstated", "understated"])
    }

    @Test func aTamperedLogIsNotScored() throws {
        try workspace.tamper { entries in entries.remove(at: 0) }
        let result = score("text")
        #expect(result.code == 1)
        #expect(result.stderrLines == ["error: mod.json: entries[0].sequence: found 2, expected 1: entry 1 was removed", "Error: 1 error"])
        #expect(result.stdout.isEmpty)
    }

    @Test func aMissingLogIsNamed() {
        let result = workspace.run(["score", "assessment.json", "--moderation", "nope.json"])
        #expect(result.code == 1 && result.stderr == "Error: nope.json: no such file\n")
    }

    @Test func withoutModerationTheScorecardIsUnchanged() {
        let plain = workspace.run(["score", "assessment.json"])
        #expect(plain.code == 0)
        #expect(plain.stdout.hasPrefix("Integrity health check: Exampleshire Police (EX), 2012"))
        #expect(!plain.stdout.contains("oderat"))
    }
}
