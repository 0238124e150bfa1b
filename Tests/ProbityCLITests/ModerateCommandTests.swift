import Foundation
import Testing

/// `probity moderate` appends one sealed entry per run, never touches the assessment, refuses a
/// broken log or a changed assessment, and names the option at fault for bad input.
@Suite struct ModerateCommandTests {
    @Test func entriesAreAppendedAndTheAssessmentIsNeverAltered() throws {
        let workspace = try ModerationWorkspace()
        let assessment = try workspace.bytes("assessment.json")
        let first = workspace.moderate(ModerationWorkspace.standardEntries[0])
        #expect(first.code == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("mod.json: created; entry 1 by A. Inspector (HMI): MR-02 met -> partially-met; evidence EV-02 documented; head "))
        #expect(first.stderr.isEmpty)
        let second = workspace.moderate(ModerationWorkspace.standardEntries[1])
        #expect(second.stdout.hasPrefix("mod.json: entry 2 by A. Inspector (HMI): MR-03 met -> not-met; evidence EV-03 asserted; finding MOD-2-1; head "))
        for options in ModerationWorkspace.standardEntries.dropFirst(2) { #expect(workspace.moderate(options).code == 0) }
        #expect(try workspace.bytes("assessment.json") == assessment, "the force's file is never altered")
        let log = try workspace.log()
        #expect((log["entries"] as? [Any])?.count == 4)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func theLogIsByteStableAcrossRuns() throws {
        let workspace = try ModerationWorkspace()
        try workspace.moderateStandard()
        let text = String(decoding: try workspace.bytes("mod.json"), as: UTF8.self)
        try ModerationGolden.check(text, against: "mod.json.golden")
        let again = try ModerationWorkspace()
        try again.moderateStandard()
        #expect(try again.bytes("mod.json") == workspace.bytes("mod.json"), "same input, same clock: the same bytes and hashes")
    }

    static let badInputs: [(options: [String], message: String)] = [
        (["--item", "MR-99", "--status", "met"], "Error: --item: unknown item \"MR-99\" in revisit-2012; did you mean \"MR-09\"?"),
        (["--item", "MR-01", "--evidence", "EV-09=tested"], "Error: --evidence EV-09=tested: evidence \"EV-09\" is not cited by the force for MR-01; it cites EV-01"),
        (["--item", "MR-01", "--evidence", "EV-01=test"], "Error: --evidence EV-01=test: expected one of asserted, documented, sampled, tested, found \"test\"; did you mean \"tested\"?"),
        (["--item", "MR-01", "--evidence", "EV-01"], "Error: --evidence expects EVIDENCE=GRADE, e.g. EV-01=sampled, found 'EV-01'"),
        (["--item", "MR-01", "--status", "yes"], "Error: --status: expected one of met, partially-met, not-met, not-applicable, found 'yes'"),
        (["--item", "MR-01", "--status", "partialy-met"], "Error: --status: expected one of met, partially-met, not-met, not-applicable, found 'partialy-met'; did you mean 'partially-met'?"),
        (["--item", "MR-01"], "Error: --status: the moderation of MR-01 neither sets a status nor grades any evidence"),
        (["--item", "MR-01", "--status", "met", "--finding-title", "Odd"], "Error: missing --finding-kind KIND"),
        (["--item", "MR-01", "--status", "met", "--finding-kind", "concern", "--finding-title", "Odd"], "Error: --finding-kind: expected one of strength, area-for-improvement, cause-of-concern, found 'concern'; did you mean 'cause-of-concern'?"),
    ]

    @Test("bad option values are usage errors naming the option", arguments: badInputs)
    func badInput(_ options: [String], _ message: String) throws {
        let workspace = try ModerationWorkspace()
        let result = workspace.moderate(ModerationWorkspace.inspector + ["--rationale", "Because."] + options)
        #expect(result.code == 64)
        #expect(result.stderrLines.first == message)
        #expect(result.stderrLines.last == "See 'probity moderate --help'.")
        #expect(!FileManager.default.fileExists(atPath: workspace.url("mod.json").path), "nothing written")
    }

    @Test func requiredOptionsAreNamed() throws {
        let workspace = try ModerationWorkspace()
        #expect(workspace.moderate(["--item", "MR-01", "--status", "met", "--rationale", "x"]).stderrLines.first == "Error: missing --moderator NAME")
        #expect(workspace.moderate(ModerationWorkspace.inspector + ["--item", "MR-01", "--status", "met"]).stderrLines.first == "Error: missing --rationale TEXT")
        #expect(workspace.run(["moderate", "assessment.json", "--moderator", "X", "--item", "MR-01"]).stderrLines.first == "Error: missing --moderation MOD")
        #expect(workspace.run(["moderate", "--help"]).stdout.contains("USAGE: probity moderate ASSESSMENT [--moderation MOD] [--moderator NAME]"))
        let itself = workspace.run(["moderate", "assessment.json", "--moderation", "./assessment.json"] + ModerationWorkspace.standardEntries[0])
        #expect(itself.code == 64 && itself.stderrLines.first == "Error: --moderation names the assessment itself; the moderation log is a separate file")
    }

    @Test func aBrokenLogIsNeverAppendedTo() throws {
        let workspace = try ModerationWorkspace()
        try workspace.moderateStandard()
        try workspace.tamper { $0[0]["date"] = "2025-01-01" }
        let before = try workspace.bytes("mod.json")
        let result = workspace.moderate(ModerationWorkspace.standardEntries[0])
        #expect(result.code == 1)
        #expect(result.stderrLines == [
            "error: mod.json: entries[0]: hash does not match its content (entry edited)",
            "Error: mod.json: the moderation log does not verify (1 error); nothing was appended",
        ])
        #expect(try workspace.bytes("mod.json") == before)
    }

    @Test func aChangedAssessmentIsNotModeratedFurther() throws {
        let workspace = try ModerationWorkspace()
        try workspace.moderateStandard()
        var text = String(decoding: try workspace.bytes("assessment.json"), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"status\": \"partially-met\"", with: "\"status\": \"met\"")
        try Data(text.utf8).write(to: workspace.url("assessment.json"))
        let result = workspace.moderate(ModerationWorkspace.standardEntries[0])
        #expect(result.code == 1)
        #expect(result.stderrLines.first?.hasPrefix("error: mod.json: entries[3].assessmentSha256: assessment.json changed after it was moderated (sha256 ") == true)
    }

    @Test func anInvalidAssessmentIsNotModerated() throws {
        let directory = CLIHarness.fixtures.appendingPathComponent("assessments/bad")
        let output = try CLIHarness.temporaryDirectory().appendingPathComponent("mod.json")
        let result = CLIHarness.run(["moderate", "09-dangling-evidence.json", "--moderation", output.path] + ModerationWorkspace.standardEntries[0], in: directory)
        #expect(result.code == 1)
        #expect(result.stderrLines.first == "error: 09-dangling-evidence.json: answers[0].evidence[1]: evidence \"EV-09\" is not in the evidence register")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
