import ProbityCore

/// Every finding the professional-standards plugin can raise, with the items each reads. Loading
/// a checklist whose professional-standards area lacks one of these items fails; the examples
/// test that nothing else is raised. PS-11 and PS-12 are new in 2012.
enum ProfessionalStandardsFindings {
    typealias Items = ProfessionalStandardsItems

    static let all: [FindingSpec] = [
        smallAcuJuniorLead, smallAcu, juniorLead, acuCut, reactiveWork, noVulnerabilityAssessment,
        noFinancialStressAnalysis, fewConfidentialReports, chiefOfficersUnchecked, acuGrown, proactiveWork,
    ]

    static let smallAcuJuniorLead = FindingSpec(
        "PS-F01", .concern, title: "Small anti-corruption unit under a junior lead", items: [Items.acuCapacity, Items.acuLead])

    static let smallAcu = FindingSpec(
        "PS-F02", .improvement, title: "Anti-corruption unit too small to be proactive", items: [Items.acuCapacity])

    static let juniorLead = FindingSpec(
        "PS-F03", .improvement, title: "Anti-corruption unit led below the expected rank", items: [Items.acuLead])

    static let acuCut = FindingSpec(
        "PS-F04", .improvement, title: "Anti-corruption unit cut since 2011", items: [Items.acuCapacity])

    static let reactiveWork = FindingSpec(
        "PS-F05", .improvement, title: "Integrity work is largely reactive",
        items: [Items.proactiveIntelligence], versionedItems: [Items.auditableChecks.only(in: "revisit-2012")])

    static let noVulnerabilityAssessment = FindingSpec(
        "PS-F06", .improvement, title: "No assessment of vulnerability to corruption", items: [Items.vulnerability])

    static let noFinancialStressAnalysis = FindingSpec(
        "PS-F07", .improvement, title: "No analysis of financial stress", items: [Items.vulnerability])

    static let fewConfidentialReports = FindingSpec(
        "PS-F08", .improvement, title: "Confidential reporting line little used", items: [Items.confidentialReporting])

    static let chiefOfficersUnchecked = FindingSpec(
        "PS-F09", .improvement, title: "Chief officers not checked or challenged",
        items: [Items.chiefOfficerChallenge], checklists: ["revisit-2012"])

    static let acuGrown = FindingSpec(
        "PS-F10", .strength, title: "Anti-corruption unit strengthened since 2011", items: [Items.acuCapacity])

    static let proactiveWork = FindingSpec(
        "PS-F11", .strength, title: "Proactive integrity investigation",
        items: [Items.proactiveIntelligence], versionedItems: [Items.auditableChecks.only(in: "revisit-2012")])
}
