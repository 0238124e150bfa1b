import Foundation
import ProbityCore
import Testing

/// The answer-status flags in the checklist (`requiresReason`, `excludedFromScore`,
/// `countsAsUnanswered`) decide validation, scoring and coverage: the shipped flags give the
/// shipped behaviour, and a copy of the checklist with other flags is obeyed.
@Suite struct AnswerStatusFlagsTests {
    static func checklist(_ change: (inout [AnswerStatusDefinition]) -> Void = { _ in }) throws -> Checklist {
        var checklist = try ChecklistCatalog.builtIn().checklist(id: "revisit-2012")
        change(&checklist.answerStatuses)
        return checklist
    }

    static func flag(_ status: AnswerStatus, in statuses: inout [AnswerStatusDefinition],
                     _ set: (inout AnswerStatusDefinition) -> Void) {
        guard let index = statuses.firstIndex(where: { $0.id == status }) else { return }
        set(&statuses[index])
    }

    /// Every item met with evidence except the given statuses.
    static func assessment(_ checklist: Checklist, _ statuses: [ItemID: AnswerStatus], reason: String? = nil) -> Assessment {
        var assessment = AssessmentTemplate.blank(checklist: checklist, force: ForceInfo(name: "Eastmoor Police", code: "EM"),
                                                  year: checklist.year)
        assessment.evidence = [EvidenceRecord(id: "EV-01", kind: "policy", title: "Policy", date: EvidenceDate(assessment.period.start))]
        assessment.answers = checklist.allItems.map { item in
            let status = statuses[item.id] ?? .met
            return Answer(item: item.id, status: status, evidence: status == .met ? ["EV-01"] : nil,
                          reason: status == .notApplicable ? reason : nil)
        }
        return assessment
    }

    static func errors(_ assessment: Assessment, _ checklist: Checklist) -> [String] {
        AssessmentValidator(assessment: assessment, checklist: checklist, file: "a.json", schemas: [:])
            .validate().diagnostics.filter { $0.severity == .error }.map(\.message)
    }

    static func media(_ assessment: Assessment, _ checklist: Checklist) throws -> AreaResult {
        let catalog = try ChecklistCatalog.builtIn()
        let scorecard = try HealthCheck(catalog: catalog, plugins: PluginSet([]))
            .score(assessment, checklist: checklist, dataReturns: [:], registers: nil)
        return try #require(scorecard.areas.first { $0.area == "media" })
    }

    @Test func shippedFlagsGiveTheShippedRules() throws {
        let rules = try Self.checklist().statusRules
        #expect(AnswerStatus.allCases.filter(rules.isScored) == [.met, .partiallyMet, .notMet])
        #expect(AnswerStatus.allCases.filter(rules.requiresReason) == [.notApplicable])
        #expect(AnswerStatus.allCases.filter(rules.isOutOfScope) == [.notApplicable])
        #expect(AnswerStatus.allCases.filter(rules.countsAsUnanswered) == [.notAssessed])
    }

    @Test func reasonIsRequiredOnlyWhereTheChecklistSaysSo() throws {
        let shipped = try Self.checklist()
        let answers = Self.assessment(shipped, ["MR-01": .notApplicable])
        #expect(Self.errors(answers, shipped) == ["not-applicable needs a reason"])
        let relaxed = try Self.checklist { Self.flag(.notApplicable, in: &$0) { $0.requiresReason = nil } }
        #expect(Self.errors(Self.assessment(relaxed, ["MR-01": .notApplicable]), relaxed).isEmpty)
        let strict = try Self.checklist { Self.flag(.notMet, in: &$0) { $0.requiresReason = true } }
        #expect(Self.errors(Self.assessment(strict, ["MR-01": .notMet]), strict) == ["not-met needs a reason"])
    }

    @Test func excludedFromScoreIsNotScored() throws {
        let shipped = try Self.checklist()
        let statuses: [ItemID: AnswerStatus] = ["MR-01": .notMet]
        let before = try Self.media(Self.assessment(shipped, statuses), shipped)
        #expect(before.answerScore < 100)
        #expect(before.coverage.answered == 1)
        // A checklist that leaves not-met out of the score, as N/A: the rest are all met.
        let excluded = try Self.checklist { Self.flag(.notMet, in: &$0) { $0.excludedFromScore = true; $0.credit = nil } }
        let after = try Self.media(Self.assessment(excluded, statuses), excluded)
        #expect(after.answerScore == 100)
        #expect(after.coverage.notApplicable == 1)
        #expect(after.exclusions.map(\.item) == ["MR-01"])
    }

    @Test func aStatusWithACreditIsScoredWithIt() throws {
        let halfMet = try Self.checklist { Self.flag(.notMet, in: &$0) { $0.credit = 0.5 } }
        let notMet = try Self.media(Self.assessment(halfMet, ["MR-01": .notMet]), halfMet)
        let partial = try Self.media(Self.assessment(halfMet, ["MR-01": .partiallyMet]), halfMet)
        #expect(notMet.items.first { $0.item == "MR-01" }?.statusCredit == 0.5)
        #expect(abs(notMet.answerScore - partial.answerScore) < 1e-9)
    }

    @Test func countsAsUnansweredLowersCoverage() throws {
        let shipped = try Self.checklist()
        let statuses: [ItemID: AnswerStatus] = ["MR-01": .notApplicable]
        let before = try Self.media(Self.assessment(shipped, statuses, reason: "none"), shipped)
        #expect(before.coverage.answered == 1)
        #expect(before.coverage.notApplicable == 1)
        let unanswered = try Self.checklist { Self.flag(.notApplicable, in: &$0) { $0.countsAsUnanswered = true } }
        let after = try Self.media(Self.assessment(unanswered, statuses, reason: "none"), unanswered)
        #expect(after.coverage.answered < 1)
        #expect(after.coverage.notApplicable == 0)
        #expect(after.coverage.notAssessed == 1)
        #expect(after.exclusions.isEmpty)
        // Not assessed that no longer counts as unanswered is like N/A: out of coverage.
        let ignored = try Self.checklist { Self.flag(.notAssessed, in: &$0) { $0.countsAsUnanswered = nil } }
        let skipped = try Self.media(Self.assessment(ignored, ["MR-01": .notAssessed]), ignored)
        #expect(skipped.coverage.answered == 1)
        #expect(skipped.coverage.notApplicable == 1)
    }

    /// Compare and moderation judge statuses by the checklist's flags and credits, not by name:
    /// a status the checklist scores is a judgement that can move, one it does not is not.
    @Test func compareAndModerationObeyTheFlags() throws {
        let shipped = try Self.checklist().statusRules
        #expect(Movement.between(.notMet, .met, oldRules: shipped, newRules: shipped).0 == .improved)
        #expect(Movement.between(.notApplicable, .met, oldRules: shipped, newRules: shipped)
            == (.notComparable, "not applicable in OLD"))
        #expect(ModerationDirection.between(force: .notApplicable, inspector: .notMet, rules: shipped) == .reclassified)
        // A checklist that scores not-applicable as fully met: it is a judgement, equal to met.
        let scored = try Self.checklist {
            Self.flag(.notApplicable, in: &$0) { $0.excludedFromScore = nil; $0.credit = 1 }
        }.statusRules
        #expect(Movement.between(.notApplicable, .notMet, oldRules: scored, newRules: scored).0 == .regressed)
        #expect(Movement.between(.notApplicable, .met, oldRules: scored, newRules: scored).0 == .unchanged)
        #expect(ModerationDirection.between(force: .notApplicable, inspector: .notMet, rules: scored) == .overstated)
        // One that leaves not-met out of the score: no longer a judgement to compare.
        let unscored = try Self.checklist { Self.flag(.notMet, in: &$0) { $0.excludedFromScore = true; $0.credit = nil } }
            .statusRules
        #expect(Movement.between(.notMet, .met, oldRules: unscored, newRules: shipped) == (.notComparable, "not assessed in OLD"))
        #expect(ModerationDirection.between(force: .met, inspector: .notMet, rules: unscored) == .reclassified)
    }
}
