import Foundation
import Testing

/// `probity migrate`: a version-1 scorecard (written before judgement from evidence) brought to
/// the current schema, never in place, and refused where reading it as the current schema
/// would reinterpret it.
@Suite struct MigrateCommandTests {
    static let v1 = "migrate/northshire-2012-scorecard-v1.json"

    @Test func aVersion1ScorecardBecomesVersion2AndSaysHow() throws {
        let directory = try CLIHarness.temporaryDirectory()
        let source = CLIHarness.fixtures.appendingPathComponent(Self.v1)
        let before = try Data(contentsOf: source)
        let result = CLIHarness.run(["migrate", source.path, "-o", "v2.json"], in: directory)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr == "wrote v2.json: scorecard schema version 2, migrated from version 1\n")
        #expect(try Data(contentsOf: source) == before, "the original is never changed")
        let data = try Data(contentsOf: directory.appendingPathComponent("v2.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let card = try #require(root["scorecard"] as? [String: Any])
        #expect(card["schemaVersion"] as? Int == 2 && card["migratedFrom"] as? Int == 1)
        #expect((card["overall"] as? [String: Any])?["status"] as? String == "graded")
        #expect(card["overallGrade"] as? String == "requires-improvement", "the grade the old rules gave is kept")
        let why = try #require(card["why"] as? [String: Any])
        let first = (why["children"] as? [[String: Any]])?.first?["text"] as? String
        #expect(first?.hasPrefix("Migrated from scorecard schema version 1") == true)
        // The migrated file is one compare and plan read.
        let compared = CLIHarness.run(["compare", "v2.json", "v2.json", "--allow-different-forces", "--format", "json"], in: directory)
        #expect(compared.code == 0, "\(compared.stderr)")
        #expect(compared.stdout.contains("v2.json was migrated from scorecard schema version 1: scored by earlier rules"),
                "a comparison says a side was scored by the old rules")
    }

    @Test("compare and plan refuse a version-1 scorecard and say how to convert it", arguments: [
        ["compare", v1, v1], ["plan", v1],
    ])
    func version1IsRefusedWithTheWayForward(_ arguments: [String]) {
        let result = CLIHarness.run(arguments)
        #expect(result.code == 1)
        #expect(result.stderrLines.first == "Error: \(Self.v1): scorecard.schemaVersion: scorecard schema version 1 was written by an earlier probity, before answers became findings and areas could go ungraded; convert it with 'probity migrate \(Self.v1) -o NEW.json' or re-score its assessment")
    }

    @Test func aCurrentScorecardNeedsNoMigration() throws {
        let directory = try CLIHarness.temporaryDirectory()
        let scored = CLIHarness.run(["score", CLIHarness.fixtures.appendingPathComponent("hmic/lancashire-2012.json").path,
                                     "--format", "json", "-o", "card.json"], in: directory)
        #expect(scored.code == 0, "\(scored.stderr)")
        let result = CLIHarness.run(["migrate", "card.json"], in: directory)
        #expect(result.code == 1)
        #expect(result.stderrLines.first == "Error: card.json: scorecard.schemaVersion: already schema version 2; nothing to migrate")
    }

    @Test func anExistingOutputIsNotReplacedUnlessAsked() throws {
        let directory = try CLIHarness.temporaryDirectory()
        let target = directory.appendingPathComponent("v2.json")
        try Data("keep".utf8).write(to: target)
        let result = CLIHarness.run(["migrate", CLIHarness.fixtures.appendingPathComponent(Self.v1).path, "-o", "v2.json"], in: directory)
        #expect(result.code == 1)
        #expect(result.stderr.hasSuffix("v2.json: file exists; use --overwrite to replace it\n"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep")
    }
}
