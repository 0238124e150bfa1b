import ProbityCore

/// The governance checklist items the indicators refer to, by id as in the checklist data.
/// GV-11 to GV-16 are new in the 2012 checklist; rules guard them with `context.has`.
enum GovernanceItems {
    /// Integrity health check and action plan.
    static let healthCheck: ItemID = "GV-01"
    /// Chief-officer-led integrity meeting (2012: including staff associations).
    static let integrityBoard: ItemID = "GV-02"
    /// Chief officers comply with integrity policies and lead by example.
    static let chiefOfficerExample: ItemID = "GV-04"
    /// Integrity training for all officers and staff.
    static let integrityTraining: ItemID = "GV-07"
    /// PCC or police authority scrutiny with regular reports.
    static let pccScrutiny: ItemID = "GV-08"
    /// Misconduct outcomes publicised internally (2012).
    static let misconductOutcomes: ItemID = "GV-11"
    /// Assessments of workforce knowledge of integrity policies (2012).
    static let knowledgeChecks: ItemID = "GV-12"
    /// Integrity training for chief officers and aspiring senior leaders (2012).
    static let seniorLeaderTraining: ItemID = "GV-13"
    /// The tag of items that ask whether staff associations sit on the integrity board.
    static let staffAssociationsTag = "staff-associations"
}
