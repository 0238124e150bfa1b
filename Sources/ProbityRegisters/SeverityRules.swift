/// The severity of each kind of finding.
public struct SeverityRules: Sendable, Hashable, Codable {
    public var hospitalityBeforeContract: Severity
    public var hospitalityBeforeContractDecisionMaker: Severity
    public var interestInSupplier: Severity
    public var interestInSupplierDecisionMaker: Severity
    public var chiefOfficerNotReviewed: Severity
    public var prohibitedSecondJob: Severity
    public var reviewOverdue: Severity
}
