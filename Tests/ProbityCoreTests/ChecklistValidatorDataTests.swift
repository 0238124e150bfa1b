import Foundation
import ProbityCore
import Testing

/// The checks that once lived only in `scripts/check_checklists.py`, now in the one validator
/// (`probity checklist validate`), each shown failing on a copy of a shipped checklist.
@Suite struct ChecklistValidatorDataTests {
    static func revisit() throws -> Checklist { try ChecklistCatalog.builtIn().checklist(id: "revisit-2012") }
    static func original() throws -> Checklist { try ChecklistCatalog.builtIn().checklist(id: "wfof-2011") }

    static func messages(_ checklist: Checklist, previous: Checklist? = nil) -> [String] {
        ChecklistValidator(checklist: checklist, file: "c.json", previous: previous).validate().errors.map(\.rendered)
    }

    static func modifyItem(_ id: ItemID, in checklist: inout Checklist, _ change: (inout ChecklistItem) -> Void) {
        for areaIndex in checklist.areas.indices {
            for itemIndex in checklist.areas[areaIndex].items.indices where checklist.areas[areaIndex].items[itemIndex].id == id {
                change(&checklist.areas[areaIndex].items[itemIndex])
            }
        }
    }

    @Test func theShippedChecklistsPass() throws {
        #expect(Self.messages(try Self.original()).isEmpty)
        #expect(Self.messages(try Self.revisit(), previous: try Self.original()).isEmpty)
    }

    @Test func statusCreditsFollowTheFlags() throws {
        var checklist = try Self.original()
        checklist.answerStatuses[3].credit = 0.5       // not-applicable, excluded from the score
        checklist.answerStatuses[0].credit = nil       // met, scored
        checklist.answerStatuses[1].credit = 1.5
        #expect(Self.messages(checklist) == [
            "c.json: answerStatuses[0].credit: met counts towards the score, so it needs a credit between 0 and 1",
            "c.json: answerStatuses[1].credit: must be between 0 and 1, found 1.5",
            "c.json: answerStatuses[3].credit: not-applicable is excluded from the score, so it has no credit; remove it",
        ])
    }

    @Test func gradeIDsAreUniqueAndThresholdsInRange() throws {
        var checklist = try Self.original()
        checklist.gradeScales[0].grades[1].id = checklist.gradeScales[0].grades[0].id
        checklist.gradeScales[0].grades[0].minScore = 120
        #expect(Self.messages(checklist) == [
            "c.json: gradeScales[0].grades[0].minScore: must be between 0 and 100, found 120",
            "c.json: gradeScales[0].grades[1].id: duplicate grade id \"outstanding\" in hmic-4",
        ])
    }

    @Test func itemsSayWhatGoodLooksLikeAndTagsAreWellFormed() throws {
        var checklist = try Self.original()
        Self.modifyItem("MR-01", in: &checklist) {
            $0.goodPractice = " "
            $0.evidenceKinds = []
            $0.tags = ["Media Training", "policies", "policies"]
        }
        #expect(Self.messages(checklist) == [
            "c.json: areas[0].items[0].goodPractice: MR-01 does not say what good practice looks like",
            "c.json: areas[0].items[0].evidenceKinds: MR-01 names no evidence kind that would show the practice",
            "c.json: areas[0].items[0].tags[0]: tag \"Media Training\" must be lowercase words joined by hyphens (media-training)",
            "c.json: areas[0].items[0].tags[2]: tag \"policies\" is listed twice",
        ])
    }

    @Test func itemsAndCrosswalkAgreeOnWhatChanged() throws {
        var checklist = try Self.revisit()
        let previous = try Self.original()
        Self.modifyItem("MR-02", in: &checklist) { $0.weight = 3 }      // same in the crosswalk
        Self.modifyItem("MR-01", in: &checklist) { $0.change = nil }    // changed in the crosswalk
        Self.modifyItem("MR-03", in: &checklist) { item in item.question = previous.item("MR-03")?.question ?? "" }
        #expect(Self.messages(checklist, previous: previous) == [
            "c.json: crosswalk.entries[0].change: MR-01 is marked same on the item but changed in the crosswalk",
            "c.json: crosswalk.entries[1].change: MR-02 is marked same but its weight differs from wfof-2011",
            "c.json: crosswalk.entries[2].change: MR-03 is marked changed but its question is the same as in wfof-2011",
        ])
    }

    @Test func retiredIDsAreNeverReusedAndSayWhy() throws {
        var checklist = try Self.revisit()
        let previous = try Self.original()
        checklist.year = 2011
        checklist.crosswalk?.retired[0].note = nil
        checklist.crosswalk?.retired[0].replacedBy = ["IS-05"]
        checklist.crosswalk?.retired.append(RetiredItem(previous: "GH-01", replacedBy: nil, note: "test"))
        #expect(Self.messages(checklist, previous: previous) == [
            "c.json: year: 2011 is not later than wfof-2011's year 2011",
            "c.json: crosswalk.retired[0].note: say why \"IS-04\" was retired",
            "c.json: crosswalk.retired[0].replacedBy[0]: \"IS-05\" replaces \"IS-04\", so its crosswalk entry's previous must list it",
            "c.json: crosswalk.retired[1].previous: \"GH-01\" is retired, so this checklist must not use the id",
        ])
    }

    @Test func gradeScalesAndScoringMayDifferFromThePreviousChecklist() throws {
        var checklist = try Self.revisit()
        checklist.scoring.gradeScale = "hmic-5"
        checklist.scoring.limits.concernCapsAreaAt = "requires-improvement"
        checklist.scoring.limits.lowCoverageCapsAreaAt = "requires-improvement"
        checklist.gradeScales.removeAll { $0.id == "hmic-4" }
        let messages = Self.messages(checklist, previous: try Self.original()).filter { !$0.contains("judgement") }
        #expect(messages.isEmpty, "a later inspection may use another scale: \(messages)")
    }
}
