import Foundation
import ProbityCore
import Testing

/// Deriving, updating, checking and tracking an improvement plan.
@Suite struct PlanTests {
    static let findings2011: [AreaID: [Finding]] = [
        "gratuities": [ComparisonFixture.finding("GH-F03", .improvement, "Chief officers' entries not peer reviewed", items: ["GH-06"]),
                       ComparisonFixture.finding("GH-F08", .strength, "Declined offers recorded")],
        "information": [ComparisonFixture.finding("IS-F01", .concern, "No proactive checks of information systems", items: ["IS-03"])],
    ]
    static let findings2012: [AreaID: [Finding]] = [
        "gratuities": [ComparisonFixture.finding("GH-F03", .improvement, "Chief officers' hospitality not peer reviewed", items: ["GH-06"])],
        "information": [ComparisonFixture.finding("IS-F05", .improvement, "No checks of staff use of social media")],
    ]

    static func date(_ text: String) throws -> LocalDate { try #require(LocalDate(text)) }

    @Test("every weakness feeds the plan: answer findings, and plugin findings that absorbed one, once each")
    func answerFindingsFeedThePlan() throws {
        let scored = try ComparisonFixture.old(statuses: ["GH-05": .partiallyMet, "GH-06": .notMet], fallback: .met,
                                               findings: Self.findings2011)
        let plan = PlanBuilder.derive(from: scored)
        // GH-06's answer folds into GH-F03, which names GH-06; GH-05's stands alone.
        #expect(plan.actions.map(\.id) == ["ACT-IS-F01", "ACT-GH-F03", "ACT-GH-05-A"])
        let gh05 = try #require(plan.actions.last)
        #expect(gh05.findingTitle == (try ChecklistCatalog.builtIn().checklist(id: "wfof-2011").item("GH-05")?.title))
    }

    @Test func oneOpenUnownedActionPerWeakness() throws {
        let plan = PlanBuilder.derive(from: try ComparisonFixture.old(fallback: .met, findings: Self.findings2011))
        #expect(plan.actions.map(\.id) == ["ACT-IS-F01", "ACT-GH-F03"], "area order, strengths excluded")
        let action = try #require(plan.action(for: "GH-F03"))
        #expect(action.action == "Address: Chief officers' entries not peer reviewed")
        #expect(action.kind == .improvement && action.area == "gratuities" && action.items == ["GH-06"])
        #expect(!action.recommendations.isEmpty, "the recommendations of the finding's items")
        #expect(action.owner == nil && action.due == nil && action.status == .open && action.findingState == .current)
        #expect(plan.source.file == "old.json" && plan.source.year == 2011 && plan.force.workforce == nil)
    }

    @Test func emptyFieldsAreWrittenAsNullForTheForceToFillIn() throws {
        let plan = PlanBuilder.derive(from: try ComparisonFixture.old(fallback: .met, findings: Self.findings2011))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(plan), as: UTF8.self)
        #expect(text.contains(#""due":null"#) && text.contains(#""notes":null"#) && text.contains(#""owner":null"#))
        #expect(try JSONDecoder().decode(ImprovementPlan.self, from: Data(text.utf8)) == plan)
    }

    @Test func anUpdateKeepsTheForcesWork() throws {
        var plan = PlanBuilder.derive(from: try ComparisonFixture.old(fallback: .met, findings: Self.findings2011))
        plan.actions[1].owner = "Head of PSD"
        plan.actions[1].due = try Self.date("2012-03-31")
        plan.actions[1].status = .inProgress
        plan.actions[1].action = "Chief officer team to peer review every entry monthly"
        plan.actions[1].notes = "Agreed at the integrity board"
        plan.actions[0].status = .done
        let result = try PlanMerger(plan: plan, planFile: "plan.json").merge(try ComparisonFixture.new(fallback: .met, findings: Self.findings2012))
        let merged = result.plan
        #expect(merged.actions.map(\.id) == ["ACT-IS-F01", "ACT-GH-F03", "ACT-IS-F05"])
        let kept = merged.actions[1]
        #expect(kept.owner == "Head of PSD" && kept.due == plan.actions[1].due && kept.status == .inProgress)
        #expect(kept.action == "Chief officer team to peer review every entry monthly" && kept.notes == "Agreed at the integrity board")
        #expect(kept.findingTitle == "Chief officers' hospitality not peer reviewed", "derived fields are refreshed")
        #expect(merged.actions[0].findingState == .noLongerFound && merged.actions[0].status == .done)
        #expect(merged.actions[2].status == .open && merged.actions[2].findingState == .current)
        #expect(result.added == ["ACT-IS-F05"] && result.noLongerFound == ["ACT-IS-F01"] && result.kept == 2)
        #expect(merged.source == plan.source && merged.updates?.map(\.file) == ["new.json"])
    }

    @Test func anUpdateFromAnotherForceIsRefused() throws {
        let plan = PlanBuilder.derive(from: try ComparisonFixture.old(fallback: .met))
        let other = try ComparisonFixture.scored("revisit-2012", year: 2012, file: "ws.json", force: ForceInfo(name: "Westshire Police", code: "WS"))
        #expect(throws: ProbityError.incompatible(reason: "plan.json is Eastmoor Police (EM) but ws.json is Westshire Police (WS); a plan is updated from the same force's health check")) {
            try PlanMerger(plan: plan, planFile: "plan.json").merge(other)
        }
    }

    @Test func aHandEditedIDIsNotReused() {
        #expect(PlanMerger.unique("ACT-GH-F03", among: ["ACT-GH-F03", "ACT-GH-F03-2"]) == "ACT-GH-F03-3")
        #expect(PlanMerger.unique("ACT-GH-F04", among: ["ACT-GH-F03"]) == "ACT-GH-F04")
    }

    @Test func theCheckFindsOverdueAndUnownedActions() throws {
        var plan = PlanBuilder.derive(from: try ComparisonFixture.old(fallback: .met, findings: Self.findings2011))
        plan.actions[0].owner = "Head of information security"
        plan.actions[0].due = try Self.date("2011-06-30")
        let asOf = try Self.date("2011-09-01")
        var check = PlanCheck(plan, asOf: asOf)
        #expect(check.overdue.map(\.id) == ["ACT-IS-F01"] && check.daysOverdue(check.overdue[0]) == 63)
        #expect(check.unowned.map(\.id) == ["ACT-GH-F03"] && check.undated.map(\.id) == ["ACT-GH-F03"])
        #expect(check.needsAttention)
        plan.actions[0].status = .done
        plan.actions[1].status = .dropped
        check = PlanCheck(plan, asOf: asOf)
        #expect(!check.needsAttention, "done and dropped actions are neither overdue nor unowned")
        plan.actions[1].status = .open
        plan.actions[1].owner = "  "
        #expect(PlanCheck(plan, asOf: asOf).unowned.count == 1, "a blank owner is no owner")
    }

    @Test func theDueDateItselfIsNotOverdue() throws {
        var action = PlanAction(ComparisonFixture.finding("GH-F03", .improvement), area: "gratuities")
        action.due = try Self.date("2012-03-31")
        #expect(!action.isOverdue(asOf: try Self.date("2012-03-31")))
        #expect(action.isOverdue(asOf: try Self.date("2012-04-01")))
    }

    @Test func progressSaysWhetherEachFindingWasResolved() throws {
        var plan = PlanBuilder.derive(from: try ComparisonFixture.old(fallback: .met, findings: Self.findings2011))
        plan.actions[0].status = .inProgress
        plan.actions[1].status = .done
        plan.actions[1].due = try Self.date("2012-01-31")
        let comparison = try Comparer().compare(
            try ComparisonFixture.old(fallback: .met, findings: Self.findings2011), try ComparisonFixture.new(fallback: .met, findings: Self.findings2012),
            plan: Comparer.PlanInput(file: "plan.json", plan: plan, asOf: nil))
        let progress = try #require(comparison.plan)
        #expect(progress.asOf == ComparisonFixture.period2012.end, "defaults to the end of NEW's period")
        #expect(progress.actions.map(\.outcome) == [.resolved, .persisting])
        #expect(progress.actions[0].remark == "the finding is resolved; close the action?")
        #expect(progress.actions[1].remark == "marked done, but the finding persists")
        #expect(progress.findingsResolved == 1 && progress.findingsPersisting == 1 && progress.byStatus.done == 1)
        #expect(progress.overdue == 0, "a done action is never overdue")
    }

    @Test func aPlanOfAnotherForceIsRefusedByCompare() throws {
        var plan = PlanBuilder.derive(from: try ComparisonFixture.old(fallback: .met))
        plan.force = ForceInfo(name: "Westshire Police", code: "WS")
        #expect(throws: ProbityError.self) {
            try Comparer().compare(try ComparisonFixture.old(fallback: .met), try ComparisonFixture.new(fallback: .met),
                                   plan: Comparer.PlanInput(file: "plan.json", plan: plan, asOf: nil))
        }
    }

    @Test func aPlanFileIsValidated() throws {
        var plan = PlanBuilder.derive(from: try ComparisonFixture.old(fallback: .met, findings: Self.findings2011))
        plan.actions[1].id = plan.actions[0].id
        plan.actions[0].action = " "
        let problems = PlanDocument.validate(plan, file: "plan.json").map(\.rendered)
        #expect(problems == ["plan.json: actions[0].action: the action text is empty",
                             "plan.json: actions[1].id: duplicate action id \"ACT-IS-F01\" (also actions[0])"])
    }

    /// An action for an answer finding follows every id a finding carries: folded into a plugin
    /// finding it persists; its item now a strength (same id, `-A`) it is resolved.
    @Test func progressFollowsFoldedAndStrengthenedAnswerFindings() throws {
        let old = try ComparisonFixture.old(statuses: ["GH-06": .notMet, "GV-01": .notMet], fallback: .met,
                                            findings: Self.findings2011)
        let plan = PlanBuilder.derive(from: old)
        #expect(plan.actions.map(\.id).contains("ACT-GV-01-A"))
        let new = try ComparisonFixture.new(statuses: ["GH-06": .notMet], fallback: .met, findings: Self.findings2012)
        #expect(new.scorecard.allFindings.first { $0.id == "GV-01-A" }?.kind == .strength)
        let progress = PlanProgress(plan: plan, file: "plan.json", new: new.scorecard, asOf: ComparisonFixture.period2012.end)
        let outcomes = Dictionary(uniqueKeysWithValues: progress.actions.map { ($0.id, $0.outcome) })
        #expect(outcomes["ACT-GV-01-A"] == .resolved, "GV-01 is now a strength")
        #expect(outcomes["ACT-GH-F03"] == .persisting, "GH-F03 (with GH-06-A) is found again")
    }
}
