import Foundation
import ProbityCore
import Testing

/// The direction of travel (`ProgressJudge`): gains = weaknesses resolved + items improved
/// without one resolving; losses = new weaknesses + items worsened without a new one;
/// persisting = weaknesses in both years; index = (gains - losses) / (gains + losses +
/// persisting); the level from revisit-2012's progress scale (substantial 0.75, some 0.25,
/// limited 0.01, no progress -0.25, deteriorated -1). Plugins are stubs that find nothing, so
/// every weakness here is an answer finding (`<ITEM>-A`).
@Suite struct ProgressJudgeTests {
    func compare(old: [ItemID: AnswerStatus], new: [ItemID: AnswerStatus], oldFallback: AnswerStatus = .notAssessed,
                 newFallback: AnswerStatus = .notAssessed) throws -> Comparison {
        try Comparer().compare(try ComparisonFixture.old(statuses: old, fallback: oldFallback),
                               try ComparisonFixture.new(statuses: new, fallback: newFallback))
    }

    func area(_ id: AreaID, _ comparison: Comparison) throws -> ProgressJudgement {
        try #require(comparison.areas.first { $0.area == id }).progress
    }

    func change(_ id: FindingID, _ comparison: Comparison) throws -> FindingChange {
        try #require(comparison.allFindings.first { $0.allIDs.contains(id) && $0.isWeakness })
    }

    @Test func improvementOnly() throws {
        // MR-01 not-met -> met, MR-02 partially-met -> met: MR-01-A and MR-02-A resolved.
        // gains 2, losses 0, persisting 0: (2 - 0) / (2 + 0 + 0) = +1 -> substantial progress.
        let comparison = try compare(old: ["MR-01": .notMet, "MR-02": .partiallyMet], new: ["MR-01": .met, "MR-02": .met])
        let media = try area("media", comparison)
        #expect(media.tally.resolved == ["MR-01-A", "MR-02-A"] && media.tally.improved.isEmpty, "each item counted once")
        #expect(media.index == 1 && media.level == "substantial-progress")
        #expect(comparison.progress.level == "substantial-progress")
        #expect(try area("governance", comparison).reason == "nothing assessed in 2011")
    }

    @Test func deterioration() throws {
        // MR-01 met -> not-met, MR-02 met -> partially-met: two new weaknesses.
        // (0 - 2) / (0 + 2 + 0) = -1 -> deteriorated.
        let comparison = try compare(old: ["MR-01": .met, "MR-02": .met], new: ["MR-01": .notMet, "MR-02": .partiallyMet])
        #expect(comparison.progress.tally.new == ["MR-01-A", "MR-02-A"])
        #expect(comparison.progress.index == -1 && comparison.progress.level == "deteriorated")
    }

    @Test func anItemThatMovedUpWithoutItsWeaknessResolvingIsAGain() throws {
        // MR-01 not-met -> partially-met: MR-01-A persists, MR-01 improved.
        // (1 - 0) / (1 + 0 + 1) = +0.5 -> some progress.
        let comparison = try compare(old: ["MR-01": .notMet], new: ["MR-01": .partiallyMet])
        #expect(comparison.progress.tally.persisting == ["MR-01-A"] && comparison.progress.tally.improved == ["MR-01"])
        #expect(comparison.progress.index == 0.5 && comparison.progress.level == "some-progress")
    }

    @Test func onlyCoverageChangedIsNotProgress() throws {
        // 2011 answered MR-01 alone; 2012 answers every item partially-met. Only MR-01 is
        // judged in both years: MR-01-A persists, (0 - 0) / (0 + 0 + 1) = 0 -> no progress.
        // Every other 2012 weakness is about an item not assessed in 2011: not comparable, not new.
        let comparison = try compare(old: ["MR-01": .partiallyMet], new: [:], newFallback: .partiallyMet)
        #expect(comparison.progress.tally.comparableItems == ["MR-01"])
        #expect(comparison.progress.index == 0 && comparison.progress.level == "no-progress")
        #expect(comparison.summary.findingsNew == 0 && comparison.summary.findingsResolved == 0)
        let gh09 = try change("GH-09-A", comparison)
        #expect(gh09.status == .notComparable && gh09.reason == "GH-09 not assessed in 2011")
        for other in comparison.areas where other.area != "media" {
            #expect(other.progress.level == nil && other.progress.reason == "nothing assessed in 2011")
            #expect(other.grade == .notComparable && other.scoreChange == nil, "no grade movement or score change from coverage")
        }
        #expect(comparison.overall.scoreChange == nil)
    }

    @Test func nothingToGainLoseOrPersistIsNoProgress() throws {
        // MR-01 met in both years: comparable, but (0 - 0) / 0 is taken as 0 -> no progress.
        let comparison = try compare(old: ["MR-01": .met], new: ["MR-01": .met])
        #expect(comparison.progress.tally.comparableItems == ["MR-01"] && comparison.progress.index == 0)
        #expect(comparison.progress.level == "no-progress")
    }

    @Test func anAnswerFindingPersistsAcrossTheMerge() throws {
        // 2011's IS-03 and IS-04 were merged into 2012's IS-03. IS-03-A and IS-04-A (2011)
        // match IS-03-A (2012) through the crosswalk: one persisting weakness, not one resolved
        // and one new. IS-03 improved on IS-04 (not-met -> partially-met), unchanged on IS-03.
        // (1 - 0) / (1 + 0 + 1) = +0.5 -> some progress.
        let comparison = try compare(old: ["IS-03": .partiallyMet, "IS-04": .notMet], new: ["IS-03": .partiallyMet])
        let merged = try change("IS-04-A", comparison)
        #expect(merged.id == "IS-03-A" && merged.status == .persisting && merged.also == ["IS-04-A"])
        let information = try area("information", comparison)
        #expect(information.tally.persisting == ["IS-03-A"] && information.tally.improved == ["IS-03"])
        #expect(information.tally.resolved.isEmpty && information.tally.new.isEmpty)
        #expect(information.level == "some-progress")
    }

    @Test func aFoldedPluginFindingMatchesTheAnswerFindingItAbsorbed() throws {
        // In 2012 a plugin finding about GH-01 absorbs GH-01-A; in 2011 GH-01-A stood alone.
        let plugin = Finding(id: "GH-F09", kind: .improvement, title: "Manual register", detail: "scripted", items: ["GH-01"])
        let old = try ComparisonFixture.old(statuses: ["GH-01": .partiallyMet], fallback: .notAssessed)
        let new = try ComparisonFixture.new(statuses: ["GH-01": .partiallyMet], fallback: .notAssessed, findings: ["gratuities": [plugin]])
        let comparison = try Comparer().compare(old, new)
        let change = try change("GH-01-A", comparison)
        #expect(change.id == "GH-F09" && change.status == .persisting && change.allIDs.contains("GH-01-A"))
    }

    @Test func aWeaknessThatBecameAStrengthIsResolvedAndAStrengthGained() throws {
        let comparison = try compare(old: ["MR-01": .notMet], new: ["MR-01": .met])
        let changes = comparison.allFindings.filter { $0.id == "MR-01-A" }
        #expect(changes.contains { $0.isWeakness && $0.status == .resolved })
        if let strength = changes.first(where: { !$0.isWeakness }) {
            #expect(strength.status == .new && strength.status.label(for: .strength) == "gained")
        }
    }

    @Test func theInspectorsJudgementIsSetBesideTheDerivedOne() throws {
        let scale = try #require(try ChecklistCatalog.builtIn().checklist(id: "revisit-2012").scoring.judgement?.progress)
        let derived = ProgressJudgement(level: scale.level("some-progress"), index: 0.5, reason: nil, tally: ProgressTally())
        let recorded = InspectorProgress(level: "substantial-progress", label: "Substantial progress", narrative: "n",
                                         moderator: Moderator(name: "A. Inspector"), date: LocalDate(daysSinceEpoch: 0), entry: 1)
        let judged = derived.with(inspector: recorded, scale: scale)
        #expect(judged.inspector?.disagrees == true && judged.inspector?.steps == 1, "one level above the derived one")
        #expect(derived.with(inspector: nil, scale: scale) == derived)
    }
}
