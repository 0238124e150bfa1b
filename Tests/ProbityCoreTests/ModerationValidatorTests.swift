import Foundation
import ProbityCore
import Testing

/// What a moderation log says is checked against the checklist and the assessment, each
/// problem at its place in the file.
@Suite struct ModerationValidatorTests {
    let document: AssessmentDocument
    let checklist: Checklist

    init() throws {
        document = try ModerationFixture.document(try ModerationFixture.assessment())
        checklist = try ModerationFixture.checklist()
    }

    func problems(_ items: [ItemModeration], findings: [InspectorFinding] = [], moderator: Moderator = ModerationFixture.inspector,
                  judgements: [ProgressJudgementEntry] = []) throws -> [String] {
        let log = try ModerationLog.start(assessmentFile: "assessment.json", assessmentBytes: document.bytes)
            .appending(moderator: moderator, date: ModerationFixture.day, assessmentBytes: document.bytes, items: items, findings: findings,
                       judgements: judgements)
        let file = try ModerationLogDocument.inMemory(log, file: "mod.json")
        return ModerationValidator(document: file, checklist: checklist, assessment: document.assessment).validate().map(\.rendered)
    }

    @Test func aGoodEntryHasNoProblems() throws {
        #expect(try problems([ItemModeration(item: "MR-01", status: .partiallyMet, evidence: [EvidenceGrade(id: "EV-MR-01", sufficiency: "documented")], rationale: "Seen.")]).isEmpty)
    }

    @Test func anUnknownItemGetsADidYouMean() throws {
        #expect(try problems([ItemModeration(item: "MR-99", status: .met, rationale: "x")])
            == ["mod.json: entries[0].items[0].item: unknown item \"MR-99\" in revisit-2012; did you mean \"MR-09\"?"])
    }

    @Test func evidenceTheForceDidNotCiteForTheItemIsRefused() throws {
        #expect(try problems([ItemModeration(item: "MR-01", evidence: [EvidenceGrade(id: "EV-MR-02", sufficiency: "tested")], rationale: "x")])
            == ["mod.json: entries[0].items[0].evidence[0].id: evidence \"EV-MR-02\" is not cited by the force for MR-01; it cites EV-MR-01"])
        #expect(try problems([ItemModeration(item: "IS-01", evidence: [EvidenceGrade(id: "EV-MR-02", sufficiency: "tested")], rationale: "x")])
            == ["mod.json: entries[0].items[0].evidence[0].id: evidence \"EV-MR-02\" is not cited by the force for IS-01; it cites none"])
    }

    @Test func anUnknownSufficiencyListsTheScale() throws {
        #expect(try problems([ItemModeration(item: "MR-01", evidence: [EvidenceGrade(id: "EV-MR-01", sufficiency: "tested-ok")], rationale: "x")])
            == ["mod.json: entries[0].items[0].evidence[0].sufficiency: expected one of asserted, documented, sampled, tested, found \"tested-ok\"; did you mean \"tested\"?"])
    }

    @Test func statusRationaleAndDuplicates() throws {
        #expect(try problems([ItemModeration(item: "MR-01", status: .notAssessed, rationale: " ")]) == [
            "mod.json: entries[0].items[0].status: an inspector's status is met, partially-met, not-met or not-applicable; leave it out to keep the force's status",
            "mod.json: entries[0].items[0].rationale: a rationale is required: say what the inspector found",
        ])
        #expect(try problems([ItemModeration(item: "MR-01", rationale: "x")])
            == ["mod.json: entries[0].items[0].status: the moderation of MR-01 neither sets a status nor grades any evidence"])
        #expect(try problems([ItemModeration(item: "MR-01", status: .met, rationale: "x"), ItemModeration(item: "MR-01", status: .notMet, rationale: "y")])
            == ["mod.json: entries[0].items[1].item: MR-01 is moderated twice in this entry (also items[0])"])
        let grade = EvidenceGrade(id: "EV-MR-01", sufficiency: "sampled")
        #expect(try problems([ItemModeration(item: "MR-01", evidence: [grade, grade], rationale: "x")])
            == ["mod.json: entries[0].items[0].evidence[1].id: evidence \"EV-MR-01\" is graded twice (also evidence[0])"])
    }

    @Test func findingsNameItemsOfOneArea() throws {
        #expect(try problems([], findings: [InspectorFinding(kind: .concern, title: "Mixed", detail: "d", items: ["MR-01", "GH-01"])])
            == ["mod.json: entries[0].findings[0].items: the items span areas gratuities, media; a finding belongs to one area"])
        #expect(try problems([], findings: [InspectorFinding(kind: .concern, title: "", detail: "d", items: [])]) == [
            "mod.json: entries[0].findings[0].title: a finding needs a title",
            "mod.json: entries[0].findings[0].items: a finding names at least one item (its area is theirs)",
        ])
        #expect(try problems([], findings: [InspectorFinding(kind: .concern, title: "t", detail: "d", items: ["GH-1"])])
            == ["mod.json: entries[0].findings[0].items[0]: unknown item \"GH-1\" in revisit-2012; did you mean \"GH-01\"?"])
    }

    @Test func anEntryMustSayWhoAndWhat() throws {
        #expect(try problems([], moderator: Moderator(name: " ")) == [
            "mod.json: entries[0].moderator.name: the moderator's name is empty",
            "mod.json: entries[0]: the entry moderates nothing: no items, no findings and no judgements",
        ])
    }

    @Test func aProgressJudgementAloneIsAnEntry() throws {
        #expect(try problems([], judgements: [
            ProgressJudgementEntry(progress: "some-progress", narrative: "Improvements, with key policies still under review."),
            ProgressJudgementEntry(area: "gratuities", progress: "limited-progress", narrative: "The register is still manual."),
        ]).isEmpty)
    }

    @Test func aProgressJudgementIsCheckedAgainstTheChecklist() throws {
        #expect(try problems([], judgements: [ProgressJudgementEntry(progress: "some-progres", narrative: "x")]) == [
            "mod.json: entries[0].judgements[0].progress: expected one of substantial-progress, some-progress, limited-progress, no-progress, deteriorated, found \"some-progres\"; did you mean \"some-progress\"?",
        ])
        #expect(try problems([], judgements: [ProgressJudgementEntry(area: "gratuity", progress: "no-progress", narrative: " ")]) == [
            "mod.json: entries[0].judgements[0].area: expected one of media, information, gratuities, procurement, business-interests, professional-standards, governance (or no area, for the headline), found \"gratuity\"; did you mean \"gratuities\"?",
            "mod.json: entries[0].judgements[0].narrative: a narrative is required: say why the force has made this progress",
        ])
        #expect(try problems([], judgements: [ProgressJudgementEntry(progress: "no-progress", narrative: "a"),
                                              ProgressJudgementEntry(progress: "deteriorated", narrative: "b")])
            == ["mod.json: entries[0].judgements[1]: the headline is judged twice in this entry (also judgements[0])"])
    }

    @Test func theSufficiencyScaleIsData() throws {
        #expect(checklist.sufficiencyScale.map(\.id.rawValue) == ["asserted", "documented", "sampled", "tested"])
        #expect(checklist.sufficiencyScale.map(\.factor) == [0.4, 0.7, 0.9, 1.0])
        #expect(checklist.sufficiency("asserted")?.factor == checklist.scoring.evidence.noEvidence, "asserted counts as a claim with no evidence")
        #expect(checklist.sufficiencyScaleDiagnostics(file: "c.json").isEmpty)
        var broken = checklist
        broken.scoring.sufficiencyScale = [SufficiencyLevel(id: "a", label: "A", factor: 0), SufficiencyLevel(id: "a", label: " ", factor: 1.5)]
        #expect(broken.sufficiencyScaleDiagnostics(file: "c.json").map(\.rendered) == [
            "c.json: scoring.sufficiencyScale[0].factor: must be above 0 and at most 1, found 0",
            "c.json: scoring.sufficiencyScale[1].id: duplicate sufficiency grade \"a\"",
            "c.json: scoring.sufficiencyScale[1].factor: must be above 0 and at most 1, found 1.5",
            "c.json: scoring.sufficiencyScale[1].label: the label is empty",
        ])
        broken.scoring.sufficiencyScale = nil
        #expect(ModerationRules(checklist: broken, assessment: document.assessment)
            .problems(ItemModeration(item: "MR-01", evidence: [EvidenceGrade(id: "EV-MR-01", sufficiency: "tested")], rationale: "x"))
            .map(\.message) == ["checklist revisit-2012 defines no scoring.sufficiencyScale, so evidence cannot be graded"])
    }
}
