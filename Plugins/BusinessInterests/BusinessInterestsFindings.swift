import ProbityCore

/// Every finding the business interests plugin can raise, with the items each reads. Loading a
/// checklist whose business interests area lacks one of these items fails; the examples test that
/// nothing else is raised. BI-10 is new in 2012.
enum BusinessInterestsFindings {
    typealias Items = BusinessInterestsItems

    static let all: [FindingSpec] = [
        approvalsInBreach, reviewsOverdue, conditionsNotChecked, fewRefusals, interestInSupplier, interestDecisionMaker,
        prohibitedSecondJobs, registerReviewsOverdue, conditionsAllChecked,
    ]

    static let approvalsInBreach = FindingSpec(
        "BI-F01", .improvement, .concern, title: "Second jobs approved in breach of guidance",
        items: [Items.decisions, Items.policy])

    static let reviewsOverdue = FindingSpec(
        "BI-F02", .improvement, title: "Reviews of approved interests overdue", items: [Items.periodicReview])

    static let conditionsNotChecked = FindingSpec(
        "BI-F03", .improvement, title: "Conditions on approvals not checked",
        items: [Items.decisions], versionedItems: [Items.conditionsCompliance.only(in: "revisit-2012")])

    static let fewRefusals = FindingSpec(
        "BI-F04", .improvement, title: "Almost every application approved", items: [Items.decisions])

    static let interestInSupplier = FindingSpec(
        "BI-F05", .improvement, title: "Business interests in suppliers",
        items: [Items.psdOversight, Items.conflictDeclarations], tags: [Items.supplierCrossCheckTag])

    static let interestDecisionMaker = FindingSpec(
        "BI-F06", .concern, title: "Contracts decided by staff with an interest in the supplier",
        items: [Items.conflictDeclarations, Items.psdOversight], tags: [Items.supplierCrossCheckTag])

    static let prohibitedSecondJobs = FindingSpec(
        "BI-F07", .improvement, title: "Second jobs approved in prohibited categories",
        items: [Items.decisions, Items.policy])

    static let registerReviewsOverdue = FindingSpec(
        "BI-F08", .improvement, title: "Register shows interests overdue for review", items: [Items.periodicReview])

    static let conditionsAllChecked = FindingSpec(
        "BI-F09", .strength, title: "Conditions on approvals checked",
        items: [Items.decisions], versionedItems: [Items.conditionsCompliance.only(in: "revisit-2012")])
}
