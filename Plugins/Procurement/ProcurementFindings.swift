import ProbityCore

/// Every finding the procurement plugin can raise, with the items each reads. Loading a checklist
/// whose procurement area lacks one of these items fails; the examples test that nothing else is
/// raised. PC-08 is new in 2012.
enum ProcurementFindings {
    typealias Items = ProcurementItems

    static let all: [FindingSpec] = [
        noTransactionChecks, lineManagerChecksOnly, justificationNotChecked, cardsIncreased, lowLevelSpendNotCorporate,
        psdNotInvolved, outsourcingWithoutVetting, outsourcingWithoutStandards, hospitalityBeforeContract,
        interestInSupplier, interestDecisionMaker, everyTransactionChecked,
    ]

    static let noTransactionChecks = FindingSpec(
        "PC-F01", .concern, title: "Card transactions not checked", items: [Items.cardChecks, Items.cardRules])

    static let lineManagerChecksOnly = FindingSpec(
        "PC-F02", .improvement, title: "Card transactions checked only by line managers", items: [Items.cardChecks])

    static let justificationNotChecked = FindingSpec(
        "PC-F03", .improvement, title: "Card purchases not checked for justification", items: [Items.cardChecks])

    static let cardsIncreased = FindingSpec(
        "PC-F04", .improvement, title: "More corporate cards held", items: [Items.cardRules])

    static let lowLevelSpendNotCorporate = FindingSpec(
        "PC-F05", .improvement, title: "Low-level spend not monitored corporately", items: [Items.lowLevelSpend])

    static let psdNotInvolved = FindingSpec(
        "PC-F06", .improvement, title: "PSD not routinely involved in procurement", items: [Items.psdInvolvement])

    static let outsourcingWithoutVetting = FindingSpec(
        "PC-F07", .improvement, title: "Outsourced staff not always vetted",
        items: [], versionedItems: [Items.outsourcedVetting.only(in: "revisit-2012")])

    static let outsourcingWithoutStandards = FindingSpec(
        "PC-F08", .improvement, title: "Outsourced contracts without standards of behaviour",
        items: [], versionedItems: [Items.outsourcedVetting.only(in: "revisit-2012")])

    static let hospitalityBeforeContract = FindingSpec(
        "PC-F09", .improvement, .concern, title: "Hospitality from suppliers before their contracts",
        otherTitles: ["Contract decided by a recipient of the supplier's hospitality"],
        items: [Items.tenderDeclarations, Items.psdInvolvement])

    static let interestInSupplier = FindingSpec(
        "PC-F10", .improvement, title: "Business interests in suppliers", items: [Items.interestsCrossChecked])

    static let interestDecisionMaker = FindingSpec(
        "PC-F11", .concern, title: "Contracts decided by staff with an interest in the supplier",
        items: [Items.tenderDeclarations, Items.interestsCrossChecked])

    static let everyTransactionChecked = FindingSpec(
        "PC-F12", .strength, title: "Every card transaction checked corporately", items: [Items.cardChecks])
}
