import ProbityCore

/// Every finding the governance plugin can raise, with the items each reads. Loading a checklist
/// whose governance area lacks one of these items fails; the examples test that nothing else is
/// raised. GV-11 to GV-13 are new in 2012.
enum GovernanceFindings {
    typealias Items = GovernanceItems

    static let all: [FindingSpec] = [
        noBoardMeetings, infrequentBoard, noStaffAssociations, patchyTraining, wideTraining, seniorLeadersUntrained,
        knowledgeUntested, outcomesUnpublished, fewReportsToPcc, chiefOfficerBreaches, slowActionPlan,
    ]

    static let noBoardMeetings = FindingSpec(
        "GV-F01", .concern, title: "No integrity governance meeting", items: [Items.integrityBoard])

    static let infrequentBoard = FindingSpec(
        "GV-F02", .improvement, title: "Integrity board meets infrequently",
        items: [Items.integrityBoard], tags: [Items.staffAssociationsTag])

    static let noStaffAssociations = FindingSpec(
        "GV-F03", .improvement, title: "Staff associations not represented",
        items: [Items.integrityBoard], tags: [Items.staffAssociationsTag])

    static let patchyTraining = FindingSpec(
        "GV-F04", .improvement, title: "Integrity training is patchy", items: [Items.integrityTraining])

    static let wideTraining = FindingSpec(
        "GV-F05", .strength, title: "Integrity training reaches the whole workforce", items: [Items.integrityTraining])

    static let seniorLeadersUntrained = FindingSpec(
        "GV-F06", .improvement, title: "Senior leaders not trained in integrity", items: [],
        versionedItems: [Items.integrityTraining.only(in: "wfof-2011"),
        Items.seniorLeaderTraining.only(in: "revisit-2012")])

    static let knowledgeUntested = FindingSpec(
        "GV-F07", .improvement, title: "Staff knowledge of integrity policies untested",
        items: [Items.knowledgeChecks], checklists: ["revisit-2012"])

    static let outcomesUnpublished = FindingSpec(
        "GV-F08", .improvement, title: "Misconduct outcomes not published",
        items: [Items.misconductOutcomes], checklists: ["revisit-2012"])

    static let fewReportsToPcc = FindingSpec(
        "GV-F09", .improvement, title: "Few integrity reports to the PCC", items: [Items.pccScrutiny])

    static let chiefOfficerBreaches = FindingSpec(
        "GV-F10", .concern, title: "Chief officers breached integrity policy", items: [Items.chiefOfficerExample])

    static let slowActionPlan = FindingSpec(
        "GV-F11", .improvement, title: "Integrity action plan behind", items: [Items.healthCheck])
}
