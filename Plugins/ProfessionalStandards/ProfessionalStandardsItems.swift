import ProbityCore

/// The professional-standards checklist items the indicators refer to, by id as in the
/// checklist data. PS-11 and PS-12 are new in the 2012 checklist; rules guard them with
/// `context.has`.
enum ProfessionalStandardsItems {
    /// The ACU has the staff and resilience to work proactively.
    static let acuCapacity: ItemID = "PS-02"
    /// Counter-corruption work is led by a senior detective.
    static let acuLead: ItemID = "PS-03"
    /// Proactive intelligence gathering and testing of policy compliance.
    static let proactiveIntelligence: ItemID = "PS-04"
    /// Confidential and anonymous reporting that staff know and use.
    static let confidentialReporting: ItemID = "PS-05"
    /// Integrity investigations recorded by type and outcome.
    static let investigationData: ItemID = "PS-09"
    /// Areas, groups and individuals vulnerable to corruption identified (2012: incl. financial stress).
    static let vulnerability: ItemID = "PS-10"
    /// PSD checks and challenges chief officers (2012).
    static let chiefOfficerChallenge: ItemID = "PS-11"
    /// An auditable record of proactive checks (2012).
    static let auditableChecks: ItemID = "PS-12"
}
