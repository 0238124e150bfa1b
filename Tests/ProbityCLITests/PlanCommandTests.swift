import Foundation
import ProbityCore
import Testing

/// `probity plan` end to end: deriving a plan, never overwriting one, updating it without
/// losing the force's entries, and checking it for overdue and unowned actions.
@Suite struct PlanCommandTests {
    static let fixtures = CLIHarness.fixtures.appendingPathComponent("compare")

    /// A temporary directory holding copies of the named fixtures.
    func workspace(_ names: [String]) throws -> URL {
        let directory = try CLIHarness.temporaryDirectory()
        for name in names {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name),
                                             to: directory.appendingPathComponent((name as NSString).lastPathComponent))
        }
        return directory
    }

    func plan(at url: URL) throws -> ImprovementPlan {
        try JSONDecoder().decode(ImprovementPlan.self, from: Data(contentsOf: url))
    }

    /// The weaknesses of a scorecard (areas for improvement and causes of concern), in the
    /// scorecard's order, from `probity score --format json`.
    func weaknesses(_ file: String, in directory: URL) throws -> [(id: String, kind: String)] {
        let output = CLIHarness.run(["score", file, "--format", "json"], in: directory).stdout
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let card = try #require(root["scorecard"] as? [String: Any])
        let areas = try #require(card["areas"] as? [[String: Any]])
        return areas.flatMap { area in
            (area["findings"] as? [[String: Any]] ?? []).compactMap { finding in
                guard let id = finding["id"] as? String, let kind = finding["kind"] as? String, kind != "strength" else { return nil }
                return (id, kind)
            }
        }
    }

    /// Eastmoor 2011 answers 54 items partially met and 3 not met (Fixtures/compare): each is a
    /// weakness of its own (`<ITEM>-A`) unless a plugin finding about the item absorbed it, so the
    /// plan has one action per weakness of the scorecard, causes of concern first in each area.
    @Test func aPlanHasOneActionPerWeaknessForTheForceToComplete() throws {
        let directory = try workspace(["eastmoor-2011.json"])
        let weaknesses = try weaknesses("eastmoor-2011.json", in: directory)
        let concerns = weaknesses.filter { $0.kind == "cause-of-concern" }.count
        let result = CLIHarness.run(["plan", "eastmoor-2011.json", "-o", "plan.json"], in: directory)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr == "wrote plan.json: \(weaknesses.count) actions (\(concerns) for causes of concern) from eastmoor-2011.json; fill in owner, due and status\n")
        #expect(weaknesses.count == 57 && concerns == 3)
        let text = try String(contentsOf: directory.appendingPathComponent("plan.json"), encoding: .utf8)
        #expect(text.components(separatedBy: "\"owner\" : null").count == weaknesses.count + 1, "every owner written as null")
        let plan = try plan(at: directory.appendingPathComponent("plan.json"))
        #expect(plan.actions.map(\.id) == weaknesses.map { "ACT-\($0.id)" })
        #expect(plan.actions.allSatisfy { $0.status == .open && $0.action == "Address: \($0.findingTitle)" && $0.id == "ACT-\($0.finding)" })
        #expect(plan.actions.contains { $0.id == "ACT-GH-04-A" }, "an answer finding is an action")
        #expect(plan.source == PlanSource(file: "eastmoor-2011.json", year: 2011, period: AssessmentTemplate.defaultPeriod(year: 2011),
                                          checklist: ChecklistReference(id: "wfof-2011", version: "1.0.0")))
    }

    @Test func thePlanMatchesItsGolden() throws {
        let result = CLIHarness.run(["plan", "eastmoor-2011.json"], in: Self.fixtures)
        #expect(result.code == 0, "\(result.stderr)")
        try CompareGolden.check(result.stdout, against: "eastmoor-plan-2011.json")
    }

    @Test func anExistingPlanIsNeverOverwrittenUnlessAsked() throws {
        let directory = try workspace(["eastmoor-2011.json", "plans/eastmoor-plan.json"])
        let before = try String(contentsOf: directory.appendingPathComponent("eastmoor-plan.json"), encoding: .utf8)
        let result = CLIHarness.run(["plan", "eastmoor-2011.json", "-o", "eastmoor-plan.json"], in: directory)
        #expect(result.code == 1)
        #expect(result.stderr.hasSuffix("eastmoor-plan.json: file exists; use --overwrite to replace it\n"))
        #expect(try String(contentsOf: directory.appendingPathComponent("eastmoor-plan.json"), encoding: .utf8) == before)
    }

    /// The plan kept for Eastmoor has the three actions of its 2011 plugin findings; updating it from
    /// 2012 keeps them with the force's entries and adds one action per 2012 weakness not yet in it.
    @Test func anUpdateKeepsOwnersDatesStatusesAndWording() throws {
        let directory = try workspace(["eastmoor-2012.json", "plans/eastmoor-plan.json"])
        let weaknesses = try weaknesses("eastmoor-2012.json", in: directory).map { "ACT-\($0.id)" }
        let before = try plan(at: Self.fixtures.appendingPathComponent("plans/eastmoor-plan.json"))
        let kept = before.actions.map(\.id)
        let added = weaknesses.filter { !kept.contains($0) }
        let result = CLIHarness.run(["plan", "eastmoor-2012.json", "--update", "eastmoor-plan.json", "-o", "eastmoor-plan.json", "--overwrite"], in: directory)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr == "updated eastmoor-plan.json from eastmoor-2012.json: 3 actions kept with their owner, due date and status; \(added.count) added (\(added.prefix(5).joined(separator: ", ")) and \(added.count - 5) more); 2 newly marked no-longer-found (ACT-IS-F01, ACT-GH-F01)\n")
        let after = try plan(at: directory.appendingPathComponent("eastmoor-plan.json"))
        #expect(after.actions.map(\.id) == kept + added)
        #expect(added.contains("ACT-IS-F05"))
        for (old, new) in zip(before.actions, after.actions) {
            #expect(old.owner == new.owner && old.due == new.due && old.status == new.status && old.action == new.action && old.notes == new.notes)
        }
        #expect(Array(after.actions.prefix(3).map { $0.findingState }) == [.noLongerFound, .noLongerFound, .current])
        #expect(after.actions.dropFirst(3).allSatisfy { $0.findingState == .current })
        #expect(after.updates?.map(\.file) == ["eastmoor-2012.json"] && after.source == before.source)
    }

    @Test func anUpdateFromAnotherForceIsRefused() throws {
        let directory = try workspace(["westshire-2012.json", "plans/eastmoor-plan.json"])
        let result = CLIHarness.run(["plan", "westshire-2012.json", "--update", "eastmoor-plan.json"], in: directory)
        #expect(result.code == 1 && result.stdout.isEmpty)
        #expect(result.stderr == "Error: eastmoor-plan.json is Eastmoor Police (EM) but westshire-2012.json is Westshire Police (WS); a plan is updated from the same force's health check\n")
    }

    @Test func theCheckListsOverdueAndUnownedActions() {
        let result = CLIHarness.run(["plan", "--check", "plans/eastmoor-plan.json", "--as-of", "2011-09-01"], in: Self.fixtures)
        #expect(result.code == 1)
        #expect(result.stdout == """
            plans/eastmoor-plan.json as of 2011-09-01: 3 actions: 1 done, 1 in progress, 1
            open, 0 dropped
            OVERDUE (1)
              ACT-GH-F01  due 2011-06-30 (63 days ago), in-progress, owner: PSD gifts and
                          hospitality lead
                          Address: No declined offers recorded
            UNOWNED (1)
              ACT-GH-F03  open, due 2012-03-31
                          Chief officer team to peer review every chief officer register
                          entry before the decision
            Result: 1 overdue, 1 unowned

            """)
    }

    @Test func aPlanOnTrackPassesTheCheck() {
        let result = CLIHarness.run(["plan", "--check", "plans/eastmoor-plan-on-track.json", "--as-of", "2012-05-31"], in: Self.fixtures)
        #expect(result.code == 0, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("Result: no overdue or unowned actions\n"))
    }

    @Test func theCheckDefaultsToToday() {
        // The harness's clock says 2026-01-01, long after every due date in the plan.
        let result = CLIHarness.run(["plan", "--check", "plans/eastmoor-plan-on-track.json"], in: Self.fixtures)
        #expect(result.code == 1)
        #expect(result.stdout.hasPrefix("plans/eastmoor-plan-on-track.json as of 2026-01-01:"))
        #expect(result.stdout.contains("OVERDUE (2)"))
    }

    static let badPlans: [(arguments: [String], message: String)] = [
        (["plan", "--check", "plans/duplicate-ids.json"],
         "error: plans/duplicate-ids.json: actions[2].id: duplicate action id \"ACT-GH-F01\" (also actions[1])"),
        (["plan", "--check", "plans/unknown-status.json"],
         "Error: plans/unknown-status.json: actions[1].status: expected one of open, in-progress, done, dropped, found \"finished\""),
        (["plan", "--check", "plans/bad-date.json"],
         "Error: plans/bad-date.json: actions[0].due: expected a date as YYYY-MM-DD, found \"31/12/2011\""),
        (["plan", "--check", "eastmoor-2011.json"],
         "Error: eastmoor-2011.json: (document): this is an assessment, not an improvement plan; derive a plan with 'probity plan FILE -o plan.json'"),
        (["plan", "--check", "missing.json"], "Error: missing.json: no such file"),
        (["plan", "bad/not-a-health-check.json"],
         "Error: bad/not-a-health-check.json: (document): expected an assessment (with \"answers\") or a scorecard written by 'probity score --format json' (with \"scorecard\")"),
        (["plan", "eastmoor-2012.json", "--update", "plans/duplicate-ids.json"],
         "error: plans/duplicate-ids.json: actions[2].id: duplicate action id \"ACT-GH-F01\" (also actions[1])"),
    ]

    @Test("a bad plan or input gives one precise error", arguments: badPlans)
    func badPlan(_ arguments: [String], _ message: String) {
        let result = CLIHarness.run(arguments, in: Self.fixtures)
        #expect(result.code == 1)
        #expect(result.stderrLines.first == message, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func usageErrors() {
        let cases: [([String], String)] = [
            (["plan"], "Error: missing argument FILE (or --check PLAN)"),
            (["plan", "eastmoor-2011.json", "--check", "plans/eastmoor-plan.json"], "Error: --check takes only the plan (and --as-of)"),
            (["plan", "eastmoor-2011.json", "--as-of", "2012-01-01"], "Error: --as-of applies to --check"),
            (["plan", "--check", "plans/eastmoor-plan.json", "--as-of", "2012-13-01"], "Error: --as-of expects a date as YYYY-MM-DD, found '2012-13-01'"),
        ]
        for (arguments, message) in cases {
            let result = CLIHarness.run(arguments, in: Self.fixtures)
            #expect(result.code == 64, "\(arguments)")
            #expect(result.stderrLines.first == message)
        }
        #expect(CLIHarness.run(["plan", "--help"]).stdout.contains("probity plan --check PLAN [--as-of DATE]"))
    }
}
