import ProbityCore

/// Every finding the information plugin can raise, with the items each reads. Loading a checklist
/// whose information area lacks one of these items fails; the examples test that nothing else is
/// raised. IS-04 is only in the 2011 checklist and IS-10 only in 2012.
enum InformationFindings {
    typealias Items = InformationItems

    static let all: [FindingSpec] = [
        noProactiveAudit, narrowAudit, fewInvestigations, manyInvestigations, noSocialMediaChecks,
        noPersonalAccountChecks, referralsNotResolved, personalAccountChecks, automatedAuditing, noForceAccountChecks,
        researchCases,
    ]

    static let noProactiveAudit = FindingSpec(
        "IS-F01", .concern, title: "No proactive checks of information systems",
        items: [Items.systemAudit], versionedItems: [Items.otherSystemsAudit.only(in: "wfof-2011")])

    static let narrowAudit = FindingSpec(
        "IS-F02", .improvement, title: "Audits cover few information systems",
        items: [Items.systemAudit], versionedItems: [Items.otherSystemsAudit.only(in: "wfof-2011")])

    static let fewInvestigations = FindingSpec(
        "IS-F03", .improvement, title: "Few disclosure investigations: possible under-detection",
        items: [Items.systemAudit, Items.investigationData])

    static let manyInvestigations = FindingSpec(
        "IS-F04", .improvement, title: "High rate of disclosure investigations", items: [Items.policy, Items.training])

    static let noSocialMediaChecks = FindingSpec(
        "IS-F05", .improvement, title: "No checks of staff use of social media",
        items: [Items.forceSocialMedia], versionedItems: [Items.personalSocialMedia.only(in: "revisit-2012")])

    static let noPersonalAccountChecks = FindingSpec(
        "IS-F06", .improvement, title: "Personal social media accounts are not checked",
        items: [Items.personalSocialMedia], checklists: ["revisit-2012"])

    static let referralsNotResolved = FindingSpec(
        "IS-F07", .improvement, title: "Referred social media content not dealt with", items: [Items.socialMediaReferrals])

    static let personalAccountChecks = FindingSpec(
        "IS-F08", .strength, title: "Personal social media accounts can be checked",
        items: [Items.forceSocialMedia], versionedItems: [Items.personalSocialMedia.only(in: "revisit-2012")])

    static let automatedAuditing = FindingSpec(
        "IS-F09", .strength, title: "Automated auditing across all systems",
        items: [Items.systemAudit], versionedItems: [Items.otherSystemsAudit.only(in: "wfof-2011")])

    static let noForceAccountChecks = FindingSpec(
        "IS-F10", .improvement, title: "Force-run social media accounts are not checked", items: [Items.forceSocialMedia])

    static let researchCases = FindingSpec(
        "IS-F11", .improvement, title: "External research found inappropriate social media use",
        items: [Items.socialMediaReferrals])
}
