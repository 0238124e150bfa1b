import ProbityCore

/// The checklist items the business interests indicators refer to, by their ids in both
/// checklist versions (BI-10 is new in 2012: `context.has` is false for it in 2011).
enum BusinessInterestsItems {
    /// A policy saying which second jobs and interests are incompatible with police work.
    static let policy: ItemID = "BI-01"
    /// The policy and register overseen at force level by PSD, checkable against other information.
    static let psdOversight: ItemID = "BI-03"
    /// Applications assessed for conflicts, conditions attached and breaches of guidance refused.
    static let decisions: ItemID = "BI-04"
    /// Approved second jobs and interests reviewed periodically (in 2012: at least yearly).
    static let periodicReview: ItemID = "BI-05"
    /// Conflicting interests declared, recorded and acted on.
    static let conflictDeclarations: ItemID = "BI-06"
    /// Conditions on approvals checked, and refused applicants followed up (2012).
    static let conditionsCompliance: ItemID = "BI-10"

    /// The checklist tag of an item asking whether interests are cross-checked with supplier
    /// lists (PC-06 in the procurement area of the shipped checklists); a business interests
    /// item carrying it is contradicted by register check b.
    static let supplierCrossCheckTag = "bi-supplier-crosscheck"
}
