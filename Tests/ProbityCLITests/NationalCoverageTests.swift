import Foundation
import Testing

/// What the national view says about what it counted: missing forces against the number
/// expected, incomplete forces, forces without a workforce or a data return, moderations.
@Suite struct NationalCoverageTests {
    @Test func missingForcesAreCountedAgainstTheNumberExpected() {
        let short = CLIHarness.run(["national", "national", "--expected-forces", "46"])
        #expect(short.code == 0)
        #expect(short.stdout.contains("  Forces counted: 44 of 46 expected; 2 missing\n"))
        let unchecked = CLIHarness.run(["national", "national"])
        #expect(unchecked.stdout.contains("  Forces counted: 44 (no --expected-forces given, so missing forces are not\n    checked)\n"))
        let surplus = CLIHarness.run(["national", "national", "--expected-forces", "43"])
        #expect(surplus.stdout.contains("  Forces counted: 44 of 43 expected; none missing\n"))
        #expect(surplus.stdout.contains("  Note: 44 forces counted, more than the 43 expected\n"))
    }

    @Test func incompleteForcesAreNamed() throws {
        let result = CLIHarness.run(["national", "national-cases/incomplete", "--expected-forces", "4"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("""
            COVERAGE
              Forces counted: 3 of 4 expected; 1 missing
              Incomplete (items not assessed): F02 (3 not assessed)
              Without a workforce figure (no rates): F03
              Moderated (inspectors' statuses counted): none
              Data returns: media not returned by F03

            """))
        #expect(result.stdout.contains("    investigations.total 0 from 2 forces: mean 0 per force, 0 a month; not\n      reported by F03\n"))
        let json = try NationalJSON(CLIHarness.run(["national", "national-cases/incomplete", "--format", "json"]).stdout)
        let coverage = try #require(json.object["coverage"] as? [String: Any])
        let incomplete = try #require(coverage["incomplete"] as? [[String: Any]])
        #expect(incomplete.count == 1 && incomplete.first?["force"] as? String == "F02")
        #expect((incomplete.first?["notAssessed"] as? [String])?.count == 3)
        #expect(json.figure("media:investigations.total")?["notReported"] as? [String] == ["F03"])
        #expect(json.forces(item: "MR-01", status: "not-assessed") == ["F02"])
    }

    @Test func aModerationBesideAnAssessmentReplacesTheForcesStatuses() throws {
        let directory = try CLIHarness.temporaryDirectory()
        for name in ["force-01.json", "force-02.json"] {
            try FileManager.default.copyItem(at: CLIHarness.fixtures.appendingPathComponent("national/\(name)"),
                                             to: directory.appendingPathComponent(name))
        }
        let before = try NationalJSON(CLIHarness.run(["national", ".", "--format", "json"], in: directory).stdout)
        #expect(before.forces(item: "MR-01", status: "met").contains("F01"), "the fixture's F01 claims MR-01 met")
        let moderated = CLIHarness.run([
            "moderate", "force-01.json", "--moderation", "force-01.moderation.json", "--moderator", "Inspector A (synthetic)",
            "--item", "MR-01", "--status", "not-met", "--rationale", "Synthetic moderation for the national test.",
        ], in: directory)
        #expect(moderated.code == 0, "\(moderated.stderr)")
        let after = CLIHarness.run(["national", "."], in: directory)
        #expect(after.code == 0, "\(after.stderr)")
        #expect(after.stdout.contains("  Moderated (inspectors' statuses counted): F01 (./force-01.moderation.json)\n"))
        let json = try NationalJSON(CLIHarness.run(["national", ".", "--format", "json"], in: directory).stdout)
        #expect(json.forces(item: "MR-01", status: "not-met").contains("F01"))
        #expect(!json.forces(item: "MR-01", status: "met").contains("F01"))
    }

    @Test func aModeratedAssessmentChangedAfterwardsIsRefused() throws {
        let directory = try CLIHarness.temporaryDirectory()
        let file = directory.appendingPathComponent("force-01.json")
        try FileManager.default.copyItem(at: CLIHarness.fixtures.appendingPathComponent("national/force-01.json"), to: file)
        let moderated = CLIHarness.run([
            "moderate", "force-01.json", "--moderation", "force-01.moderation.json", "--moderator", "Inspector A (synthetic)",
            "--item", "MR-02", "--status", "partially-met", "--rationale", "Synthetic.",
        ], in: directory)
        #expect(moderated.code == 0, "\(moderated.stderr)")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"role\": \"Professional Standards Department\"", with: "\"role\": \"PSD\"").utf8).write(to: file)
        let result = CLIHarness.run(["national", "."], in: directory)
        #expect(result.code == 1)
        #expect(result.stderrLines.first?.hasPrefix("error: ./force-01.moderation.json: entries[0].assessmentSha256: ./force-01.json changed after it was moderated") == true,
                "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aModerationWithoutItsAssessmentIsNoted() {
        let result = CLIHarness.run(["national", "national-cases/orphan-moderation"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  Note: national-cases/orphan-moderation/force-09.moderation.json: no\n    force-09.json beside it, so not applied\n"))
    }
}
