import ProbityCore

/// The procurement and contracting figures of the data return: corporate credit and procurement
/// cards and how their transactions are checked, low-level spend monitoring, PSD involvement in
/// procurement, and vetting and standards clauses in outsourced contracts (HMIC 2012: card
/// numbers down by about 100, 31 forces controlling cards, 16 leaving low-level spend to budget
/// holders or local discretion, 22 forces whose PSD was not routinely involved in procurement).
public enum ProcurementDataReturn {
    /// How card transactions are checked, from weakest to strongest.
    public static let transactionCheckLevels = ["none", "line-manager-only", "corporate-sample", "corporate-all"]
    /// Who monitors low-level spend (below formal tendering thresholds).
    public static let lowLevelSpendLevels = ["budget-holder-discretion", "local", "corporate"]

    public static let cardsHeld = DataReturnField.count(
        "cards.held", .level, "corporate credit and procurement cards held at the end of the period")
    public static let cardsHeldLastYear = DataReturnField.count(
        "cards.heldLastYear", .level, "cards held a year earlier (at the 2011 inspection)")
    public static let cardTransactionChecks = DataReturnField.choice(
        "cards.transactionChecks", transactionCheckLevels,
        "who checks card transactions: nobody, the cardholder's line manager only, or a corporate check of a sample or of all")
    public static let cardJustificationChecked = DataReturnField.flag(
        "cards.justificationChecked", "transactions are checked for the justification and appropriateness of the purchase, not only the accuracy of the amount")
    public static let lowLevelSpendMonitoring = DataReturnField.choice(
        "lowLevelSpend.monitoring", lowLevelSpendLevels,
        "how low-level spend is monitored: left to the budget holder's discretion, at local level, or corporately")
    public static let contractsAwarded = DataReturnField.count(
        "contracts.awarded", .flow, "contracts awarded in the period")
    public static let psdReviewsProcurement = DataReturnField.flag(
        "psd.reviewsProcurement", "PSD or the ACU routinely and proactively reviews procurement and contract matters")
    public static let psdContractsReviewed = DataReturnField.count(
        "psd.contractsReviewed", .flow, "contracts awarded in the period that PSD or the ACU reviewed")
    public static let outsourcedContracts = DataReturnField.count(
        "outsourcing.contracts", .level, "contracts for outsourced services in force")
    public static let outsourcedWithVetting = DataReturnField.count(
        "outsourcing.withVetting", .level, "outsourced contracts requiring contractor staff to be vetted before the contract takes effect")
    public static let outsourcedWithStandards = DataReturnField.count(
        "outsourcing.withStandards", .level, "outsourced contracts setting out the standards of behaviour the force expects")

    public static let schema = DataReturnSchema(
        fields: [
            cardsHeld, cardsHeldLastYear, cardTransactionChecks, cardJustificationChecked, lowLevelSpendMonitoring,
            contractsAwarded, psdReviewsProcurement, psdContractsReviewed, outsourcedContracts, outsourcedWithVetting,
            outsourcedWithStandards,
        ],
        reconciliations: [
            .atMost(part: psdContractsReviewed, whole: contractsAwarded),
            .atMost(part: outsourcedWithVetting, whole: outsourcedContracts),
            .atMost(part: outsourcedWithStandards, whole: outsourcedContracts),
        ])
}
