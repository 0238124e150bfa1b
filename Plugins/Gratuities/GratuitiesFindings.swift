import ProbityCore

/// Every finding the gratuities plugin can raise, with the items each reads. Loading a checklist
/// whose gratuities area lacks one of these items fails; the examples test that nothing else is
/// raised. GH-09 and GH-10 are new in 2012.
enum GratuitiesFindings {
    typealias Items = GratuitiesItems

    static let all: [FindingSpec] = [
        noDeclinesRecorded, fewDeclines, chiefOfficersNotPeerReviewed, underRecording, registerNoPeerReview,
        registerHospitalityBeforeContract, chiefOfficersPeerReviewed, declinesRecorded, manualRegister,
        limitedCrossChecking,
    ]

    static let noDeclinesRecorded = FindingSpec(
        "GH-F01", .improvement, title: "No declined offers recorded", items: [Items.declinesRecorded, Items.acpoGuidance])

    static let fewDeclines = FindingSpec(
        "GH-F02", .improvement, title: "Few declined offers recorded", items: [Items.declinesRecorded, Items.acpoGuidance])

    static let chiefOfficersNotPeerReviewed = FindingSpec(
        "GH-F03", .improvement, title: "Chief officers' entries not peer reviewed",
        items: [Items.chiefOfficerChallenge], versionedItems: [Items.chiefOfficerPeerReview.only(in: "revisit-2012")])

    static let underRecording = FindingSpec(
        "GH-F04", .improvement, title: "Register entries implausibly few", items: Items.allOffersRecorded)

    static let registerNoPeerReview = FindingSpec(
        "GH-F05", .improvement, title: "Chief officers' hospitality accepted without peer review",
        items: [Items.chiefOfficerChallenge], versionedItems: [Items.chiefOfficerPeerReview.only(in: "revisit-2012")])

    static let registerHospitalityBeforeContract = FindingSpec(
        "GH-F06", .improvement, .concern, title: "Hospitality accepted from suppliers before a contract",
        otherTitles: ["Hospitality accepted by the decision maker before a contract"],
        items: [Items.crossCheckedWithContractors], versionedItems: [Items.triangulation.only(in: "revisit-2012")])

    static let chiefOfficersPeerReviewed = FindingSpec(
        "GH-F07", .strength, title: "Chief officers' offers peer reviewed",
        items: [Items.chiefOfficerChallenge], versionedItems: [Items.chiefOfficerPeerReview.only(in: "revisit-2012")])

    static let declinesRecorded = FindingSpec(
        "GH-F08", .strength, title: "Declined offers recorded", items: [Items.declinesRecorded])

    static let manualRegister = FindingSpec(
        "GH-F09", .improvement, title: "Gifts and hospitality register kept manually",
        items: [Items.singleRegister, Items.registerOversight])

    static let limitedCrossChecking = FindingSpec(
        "GH-F10", .improvement, title: "Register not cross-checked with contracts",
        otherTitles: ["Register cross-checked with contracts only on concern"], items: [Items.crossCheckedWithContractors])
}
