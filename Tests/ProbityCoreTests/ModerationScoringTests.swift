import Foundation
import ProbityCore
import Testing

/// Moderation changes grades for stated reasons: the inspector's statuses replace the force's,
/// graded evidence replaces the evidence factor, the inspector's findings count like a
/// plugin's, and every disagreement is listed and summed. Plugins are silent here, so every
/// number follows from the checklist's scoring model alone.
@Suite struct ModerationScoringTests {
    let document: AssessmentDocument
    let card: ModeratedScorecard

    init() throws {
        document = try ModerationFixture.document(try ModerationFixture.assessment())
        let log = try ModerationLogDocument.inMemory(try ModerationFixture.log(for: document), file: "mod.json")
        card = try ModeratedHealthCheck(try ModerationFixture.healthCheck()).score(document, moderation: log)
    }

    func area(_ scorecard: Scorecard, _ id: AreaID) throws -> AreaResult { try #require(scorecard.area(id)) }

    @Test func moderationLowersTheMediaGrade() throws {
        let before = try area(card.selfAssessed, "media")
        let after = try area(card.moderated, "media")
        #expect(before.score == 100 && before.grade == "outstanding")
        // MR-01 1 x sampled 0.9 x weight 2, MR-02 0.5 x documented 0.7 x 2, MR-03 0, MR-04 and MR-05 at
        // weight 2 and MR-06 to MR-10 at weight 1 fully credited: over a total weight of 15; less 5 for the finding
        #expect(abs(after.answerScore - 100 * (1.8 + 0.7 + 0 + 4 + 5) / 15) < 1e-9)
        #expect(abs(after.score - (after.answerScore - 5)) < 1e-9)
        #expect(after.grade == "good")
        let media = try #require(card.areas.first { $0.area == "media" })
        #expect(media.gradeChange == -1 && media.overstated == 2 && media.understated == 0 && media.evidenceRegraded == 1)
        #expect(media.inspectorFindings == 1)
    }

    @Test func everyDisagreementIsListedWithItsReason() throws {
        #expect(card.disagreements.map(\.item) == ["MR-01", "MR-02", "MR-03", "GH-08"])
        #expect(card.disagreements.map(\.direction) == [.evidenceRegraded, .overstated, .overstated, .understated])
        let mr02 = try #require(card.disagreements.first { $0.item == "MR-02" })
        #expect(mr02.forceStatus == .met && mr02.inspectorStatus == .partiallyMet)
        #expect(mr02.rationale == "The contact log exists but only the press office uses it.")
        #expect(mr02.moderator == ModerationFixture.inspector && mr02.entry == 1 && mr02.date == ModerationFixture.day)
        #expect(mr02.selfAssessedCredit == 1 && abs(mr02.moderatedCredit - 0.35) < 1e-9)
        let gh08 = try #require(card.disagreements.first { $0.item == "GH-08" })
        #expect(gh08.moderator == ModerationFixture.lead && gh08.selfAssessedCredit == 0.5 && gh08.moderatedCredit == 1)
        #expect(card.overall.overstated == 2 && card.overall.understated == 1 && card.overall.evidenceRegraded == 1)
        #expect(card.overall.confirmed == 0 && card.overall.inspectorFindings == 1 && card.overall.disagreements == 4)
    }

    @Test func theReasonShowsInTheModeratedTrail() throws {
        let media = try area(card.moderated, "media")
        let lines = media.why.lines()
        #expect(lines.contains("      moderated in entry 1 by A. Inspector (HMI), 2026-01-01: status partially-met; evidence graded EV-MR-02 documented. Rationale: The contact log exists but only the press office uses it."))
        #expect(lines.contains { $0.contains("MR-02 partially-met: credit 0.5 x evidence 0.7 = 0.35") })
        #expect(lines.contains { $0.contains("evidence: moderated: EV-MR-02 documented 0.7 (entry 1); the best grade replaces the self-assessed factor: 0.7") })
        #expect(card.moderated.why.children.first?.text.hasPrefix("Moderated by A. Inspector (HMI); B. Moderator (inspection lead) in 4 entries of mod.json") == true)
        #expect(card.moderated.why.lines().contains { $0.contains("moderated in entry 4 by B. Moderator (inspection lead), 2026-01-01: evidence graded EV-MR-01 sampled") })
        #expect(!card.selfAssessed.why.lines().contains { $0.contains("moderated") }, "the self-assessment's trail is the force's own")
    }

    @Test func theInspectorsFindingCountsLikeAPlugins() throws {
        let media = try area(card.moderated, "media")
        let finding = try #require(media.findings.first { $0.id == "MOD-2-1" })
        #expect(finding.kind == .improvement && finding.items == ["MR-03"])
        #expect(finding.evidence == ["EV-MR-03"], "enriched like a plugin finding")
        #expect(card.inspectorFindings.map(\.finding.id) == ["MOD-2-1"])
        #expect(card.inspectorFindings.first?.moderator == ModerationFixture.inspector)
        #expect(try area(card.selfAssessed, "media").findings.allSatisfy { $0.origin != .inspector }, "the inspector's finding is not the force's")
    }

    @Test func aCauseOfConcernCapsTheModeratedGrade() throws {
        let log = try ModerationLog.start(assessmentFile: "assessment.json", assessmentBytes: document.bytes)
            .appending(moderator: ModerationFixture.inspector, date: ModerationFixture.day, assessmentBytes: document.bytes, items: [],
                       findings: [InspectorFinding(kind: .concern, title: "Leaks not investigated", detail: "d", items: ["MR-10"])])
        let capped = try ModeratedHealthCheck(try ModerationFixture.healthCheck())
            .score(document, moderation: try ModerationLogDocument.inMemory(log, file: "mod.json"))
        let media = try area(capped.moderated, "media")
        #expect(media.score == 85 && media.scoreGrade == "outstanding" && media.grade == "requires-improvement")
        #expect(media.caps.map(\.rule) == [.causeOfConcern])
        #expect(capped.disagreements.isEmpty && capped.areas.first?.gradeChange == -2)
    }

    @Test func laterEntriesOverrideEarlierOnesFieldByField() throws {
        let bytes = document.bytes
        let log = try ModerationLog.start(assessmentFile: "a.json", assessmentBytes: bytes)
            .appending(moderator: ModerationFixture.inspector, date: ModerationFixture.day, assessmentBytes: bytes, items: [
                ItemModeration(item: "MR-02", status: .partiallyMet, evidence: [EvidenceGrade(id: "EV-MR-02", sufficiency: "asserted")], rationale: "first"),
            ])
            .appending(moderator: ModerationFixture.lead, date: ModerationFixture.day, assessmentBytes: bytes, items: [
                ItemModeration(item: "MR-02", evidence: [EvidenceGrade(id: "EV-MR-02", sufficiency: "tested")], rationale: "second"),
            ])
        let moderation = Moderation(log: log, checklist: try ModerationFixture.checklist())
        let item = try #require(moderation.item("MR-02"))
        #expect(item.status == .partiallyMet && item.statusNote?.rationale == "first")
        #expect(item.evidence.map(\.sufficiency) == ["tested"] && item.notes.map(\.entry) == [1, 2])
        #expect(moderation.adjustments.evidence["MR-02"]?.factor == 1)
        let moderated = moderation.apply(to: document.assessment)
        #expect(moderated.answer(for: "MR-02")?.status == .partiallyMet)
        #expect(document.assessment.answer(for: "MR-02")?.status == .met, "the force's assessment is not altered")
        #expect(moderated.answers.filter { $0.item != "MR-02" } == document.assessment.answers.filter { $0.item != "MR-02" })
    }

    @Test func confirmingAStatusChangesNothing() throws {
        let log = try ModerationLog.start(assessmentFile: "a.json", assessmentBytes: document.bytes)
            .appending(moderator: ModerationFixture.inspector, date: ModerationFixture.day, assessmentBytes: document.bytes,
                       items: [ItemModeration(item: "MR-04", status: .met, rationale: "Seen working.")])
        let confirmed = try ModeratedHealthCheck(try ModerationFixture.healthCheck())
            .score(document, moderation: try ModerationLogDocument.inMemory(log, file: "mod.json"))
        #expect(confirmed.disagreements.isEmpty && confirmed.overall.confirmed == 1)
        #expect(confirmed.moderated.areas.map(\.score) == confirmed.selfAssessed.areas.map(\.score))
        #expect(confirmed.moderated.overallGrade == confirmed.selfAssessed.overallGrade && confirmed.overall.gradeChange == 0)
    }

    @Test func notApplicableTakesTheRationaleAsItsReason() throws {
        let log = try ModerationLog.start(assessmentFile: "a.json", assessmentBytes: document.bytes)
            .appending(moderator: ModerationFixture.inspector, date: ModerationFixture.day, assessmentBytes: document.bytes,
                       items: [ItemModeration(item: "MR-07", status: .notApplicable, rationale: "No external relationships of that kind.")])
        let card = try ModeratedHealthCheck(try ModerationFixture.healthCheck())
            .score(document, moderation: try ModerationLogDocument.inMemory(log, file: "mod.json"))
        #expect(card.disagreements.map(\.direction) == [.reclassified])
        #expect(try area(card.moderated, "media").exclusions.map(\.reason) == ["No external relationships of that kind."])
    }

    @Test func aBrokenLogIsNotScored() throws {
        var changed = try ModerationFixture.assessment()
        changed.force.name = "Testshire Police"
        let other = try ModerationFixture.document(changed)
        let log = try ModerationLogDocument.inMemory(try ModerationFixture.log(for: document), file: "mod.json")
        let error = try #require(throws: ProbityError.self) {
            try ModeratedHealthCheck(try ModerationFixture.healthCheck()).score(other, moderation: log)
        }
        guard case .validationFailed(let file, let diagnostics) = error else { Issue.record("\(error)"); return }
        #expect(file == "mod.json")
        #expect(diagnostics.map(\.path) == ["entries[3].assessmentSha256"])
    }

    @Test func directions() throws {
        let rules = try ChecklistCatalog.builtIn().checklist(id: "revisit-2012").statusRules
        #expect(ModerationDirection.between(force: .met, inspector: .notMet, rules: rules) == .overstated)
        #expect(ModerationDirection.between(force: .notMet, inspector: .partiallyMet, rules: rules) == .understated)
        #expect(ModerationDirection.between(force: .met, inspector: .met, rules: rules) == .evidenceRegraded)
        #expect(ModerationDirection.between(force: .notApplicable, inspector: .notMet, rules: rules) == .reclassified)
        #expect(ModerationDirection.between(force: .notAssessed, inspector: .met, rules: rules) == .reclassified)
    }
}
