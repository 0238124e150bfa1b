import Foundation
import ProbityCore
import Testing

/// `probity compare` end to end on the synthetic Eastmoor Police fixtures (2011 on wfof-2011,
/// 2012 on revisit-2012): good input, goldens, and every kind of bad input.
@Suite struct CompareCommandTests {
    static let directory = CLIHarness.fixtures.appendingPathComponent("compare")

    func run(_ arguments: [String], in directory: URL = directory) -> CLIRun {
        CLIHarness.run(arguments, in: directory)
    }

    @Test func theTextReportFitsEightyColumnsAndShowsWhatMoved() {
        let result = run(["compare", "eastmoor-2011.json", "eastmoor-2012.json"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        #expect(lines.contains("Items: matched through the crosswalk of revisit-2012@1.0.0 from wfof-2011."))
        #expect(lines.contains("ITEMS: 3 improved, 1 regressed, 1 mixed, 2 not comparable, 53 unchanged, 20 new,"))
        #expect(lines.contains("  MR-01 not-met -> met"))
        #expect(lines.contains("  IS-04 was not-met; merged into IS-03, compared there"))
        #expect(lines.contains("  GH-05 not-assessed -> met; not assessed in OLD"))
        #expect(lines.contains("  resolved       MR-01-A Written media relationships policy [was concern]"))
        // IS-F01 (2011) absorbed IS-03-A and IS-04-A; 2012's IS-03 is partially met, so the
        // weakness persists under IS-03-A rather than being resolved.
        #expect(lines.contains("  persisting     IS-03-A (also IS-04-A, IS-F01) Proactive audit of all"))
        // 3 resolved (MR-01-A, GH-01-A, GV-01-A), 1 new (GH-02-A: GH-02 met -> partially-met),
        // 53 persisting: (3 - 1) / (3 + 1 + 53) = +0.04 -> limited progress.
        #expect(lines.contains("  Derived:   Limited progress (index +0.04)"))
        let investigations = lines.first { $0.hasPrefix("  investigations.total ") }
        #expect(investigations?.split(separator: " ").map(String.init) == ["investigations.total", "120", "10", "135", "15", "+50%"],
                "120 in 12 months (10 a month) against 135 in 9 months (15 a month)")
    }

    @Test(arguments: ["text", "markdown", "json"])
    func theEastmoorComparisonMatchesItsGolden(_ format: String) throws {
        let result = run(["compare", "eastmoor-2011.json", "eastmoor-2012.json", "--plan", "plans/eastmoor-plan.json", "--format", format])
        #expect(result.code == 0, "\(result.stderr)")
        let suffix = ["text": "txt", "markdown": "md", "json": "json"][format] ?? format
        try CompareGolden.check(result.stdout, against: "eastmoor-2011-2012.\(suffix)")
    }

    @Test func differentForcesAreRefused() {
        let result = run(["compare", "eastmoor-2011.json", "westshire-2012.json"])
        #expect(result.code == 1)
        #expect(result.stderr == "Error: eastmoor-2011.json is Eastmoor Police (EM) but westshire-2012.json is Westshire Police (WS); compare refuses different forces unless --allow-different-forces\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func differentForcesCanBeComparedWhenAllowed() {
        let result = run(["compare", "eastmoor-2011.json", "westshire-2012.json", "--allow-different-forces"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Comparison: Eastmoor Police (EM) 2011 -> Westshire Police (WS) 2012\n"))
        #expect(result.stdout.contains("Note: different forces compared (--allow-different-forces):"))
    }

    @Test func theOlderFileComesFirst() {
        let result = run(["compare", "eastmoor-2012.json", "eastmoor-2011.json"])
        #expect(result.code == 1)
        #expect(result.stderr == "Error: eastmoor-2011.json (2011, 2010-04-01 to 2011-03-31) is older than eastmoor-2012.json (2012, 2011-09-01 to 2012-05-31); give the older file first: compare OLD NEW\n")
    }

    @Test func theSameChecklistTwiceIsMatchedByID() {
        let result = run(["compare", "eastmoor-2012.json", "eastmoor-2012-final.json"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Items: both files answer revisit-2012@1.0.0; matched by id."))
        #expect(result.stdout.contains("ITEMS: 2 improved, 1 regressed, 0 mixed, 1 not comparable, 76 unchanged, 0 new,"))
    }

    @Test func aScorecardComparesLikeItsAssessment() throws {
        let directory = try CLIHarness.temporaryDirectory()
        for name in ["eastmoor-2011.json", "eastmoor-2012.json"] {
            try FileManager.default.copyItem(at: Self.directory.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        let scored = run(["score", "eastmoor-2012.json", "--format", "json", "-o", "scorecard-2012.json"], in: directory)
        #expect(scored.code == 0, "\(scored.stderr)")
        let fromAssessment = run(["compare", "eastmoor-2011.json", "eastmoor-2012.json", "--format", "json"], in: directory)
        let fromScorecard = run(["compare", "eastmoor-2011.json", "scorecard-2012.json", "--format", "json"], in: directory)
        #expect(fromScorecard.code == 0, "\(fromScorecard.stderr)")
        let lhs = try #require(try Self.decode(fromAssessment.stdout))
        let rhs = try #require(try Self.decode(fromScorecard.stdout))
        #expect(rhs.new.kind == .scorecard && lhs.new.kind == .assessment)
        #expect(rhs.summary == lhs.summary && rhs.allItems == lhs.allItems && rhs.allFindings == lhs.allFindings)
        #expect(rhs.areas.map(\.metrics) == lhs.areas.map(\.metrics))
        #expect(rhs.areas.allSatisfy(\.figures.isEmpty) && !lhs.areas.allSatisfy(\.figures.isEmpty))
        #expect(rhs.notes == ["data-return figures not compared: scorecard-2012.json is a scorecard, which does not carry its data return; metrics are compared"])
    }

    @Test func aScorecardOnAnUnknownChecklistIsNamed() throws {
        let directory = try CLIHarness.temporaryDirectory()
        try FileManager.default.copyItem(at: Self.directory.appendingPathComponent("eastmoor-2012.json"), to: directory.appendingPathComponent("a.json"))
        #expect(run(["score", "a.json", "--format", "json", "-o", "s.json"], in: directory).code == 0)
        let url = directory.appendingPathComponent("s.json")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\"revisit-2012\"", with: "\"revisit-2013\"")
        try Data(text.utf8).write(to: url)
        let result = run(["compare", "s.json", "a.json"], in: directory)
        #expect(result.code == 1)
        #expect(result.stderr == "Error: s.json: scorecard.checklist: unknown checklist \"revisit-2013 version 1.0.0\"; available: revisit-2012@1.0.0, wfof-2011@1.0.0\n")
    }

    static let badInputs: [(arguments: [String], message: String)] = [
        (["compare", "bad/not-a-health-check.json", "eastmoor-2012.json"],
         "Error: bad/not-a-health-check.json: (document): expected an assessment (with \"answers\") or a scorecard written by 'probity score --format json' (with \"scorecard\")"),
        (["compare", "eastmoor-2011.json", "bad/scorecard-future-schema.json"],
         "Error: bad/scorecard-future-schema.json: scorecard.schemaVersion: this version of probity reads scorecard schema version 2, found number 3"),
        (["compare", "eastmoor-2011.json", "bad/truncated.json"],
         "Error: bad/truncated.json:4:1: malformed JSON: unexpected end of file; expected ',' or '}' in the object; the JSON is truncated"),
        (["compare", "eastmoor-2011.json", "missing.json"], "Error: missing.json: no such file"),
        (["compare", "../assessments/bad/09-dangling-evidence.json", "eastmoor-2012.json"],
         "error: ../assessments/bad/09-dangling-evidence.json: answers[0].evidence[1]: evidence \"EV-09\" is not in the evidence register"),
        (["compare", "eastmoor-2011.json", "eastmoor-2012.json", "--plan", "plans/westshire-plan.json"],
         "Error: eastmoor-2011.json is Eastmoor Police (EM) but plans/westshire-plan.json is Westshire Police (WS); compare refuses different forces unless --allow-different-forces"),
        (["compare", "eastmoor-2011.json", "eastmoor-2012.json", "--plan", "plans/unknown-status.json"],
         "Error: plans/unknown-status.json: actions[1].status: expected one of open, in-progress, done, dropped, found \"finished\""),
        (["compare", "eastmoor-2011.json", "eastmoor-2012.json", "--plan", "eastmoor-2011.json"],
         "Error: eastmoor-2011.json: (document): this is an assessment, not an improvement plan; derive a plan with 'probity plan FILE -o plan.json'"),
    ]

    @Test("bad input gives one precise error naming the file and the place", arguments: badInputs)
    func badInput(_ arguments: [String], _ message: String) {
        let result = run(arguments)
        #expect(result.code == 1)
        #expect(result.stderrLines.first == message, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func usageErrors() {
        let cases: [([String], String)] = [
            (["compare", "eastmoor-2011.json"], "Error: missing argument NEW"),
            (["compare", "a.json", "b.json", "--format", "jsn"], "Error: unknown format 'jsn'; expected one of text, json, markdown, html, xlsx; did you mean 'json'?"),
            (["compare", "eastmoor-2011.json", "eastmoor-2012.json", "--as-of", "2012-06-30"], "Error: --as-of applies to --plan; give the plan to judge"),
            (["compare", "eastmoor-2011.json", "eastmoor-2012.json", "--plan", "plans/eastmoor-plan.json", "--as-of", "30/06/2012"],
             "Error: --as-of expects a date as YYYY-MM-DD, found '30/06/2012'"),
            (["compare", "a.json", "b.json", "--allow-different-force"], "Error: unknown option --allow-different-force; did you mean --allow-different-forces?"),
        ]
        for (arguments, message) in cases {
            let result = run(arguments)
            #expect(result.code == 64, "\(arguments)")
            #expect(result.stderrLines.first == message)
            #expect(result.stderrLines.last == "See 'probity compare --help'.")
        }
    }

    @Test func theReportIsWrittenAtomicallyAndNeverOverAFile() throws {
        let directory = try CLIHarness.temporaryDirectory()
        let fixtures = Self.directory.path
        let output = directory.appendingPathComponent("comparison.md")
        let arguments = ["compare", "\(fixtures)/eastmoor-2011.json", "\(fixtures)/eastmoor-2012.json", "--format", "markdown", "-o", "comparison.md"]
        #expect(run(arguments, in: directory).code == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).hasPrefix("# Integrity health check comparison: Eastmoor Police (EM), 2011 -> 2012"))
        try Data("the force's notes\n".utf8).write(to: output)
        let refused = run(arguments, in: directory)
        #expect(refused.code == 1 && refused.stderr == "Error: \(output.path): file exists; use --overwrite to replace it\n")
        #expect(try String(contentsOf: output, encoding: .utf8) == "the force's notes\n")
        #expect(run(arguments + ["--overwrite"], in: directory).code == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["comparison.md"])
    }

    @Test func compareHasHelp() {
        let result = run(["compare", "--help"])
        #expect(result.code == 0)
        #expect(result.stdout.contains("USAGE: probity compare OLD NEW [--format FORMAT] [--plan PLAN] [--as-of DATE] [--allow-different-forces]"))
    }

    static func decode(_ json: String) throws -> Comparison? {
        struct Envelope: Decodable { var comparison: Comparison }
        return try JSONDecoder().decode(Envelope.self, from: Data(json.utf8)).comparison
    }
}
