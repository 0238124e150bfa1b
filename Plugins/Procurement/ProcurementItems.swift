import ProbityCore

/// The checklist items the procurement indicators refer to, by their ids in both checklist
/// versions (PC-08 is new in 2012: `context.has` is false for it in 2011).
enum ProcurementItems {
    /// Written rules on corporate cards and a system to allocate and withdraw them.
    static let cardRules: ItemID = "PC-01"
    /// Card transactions checked for justification (and, in 2012, corporately beyond the line manager).
    static let cardChecks: ItemID = "PC-02"
    /// Low-level spend monitored centrally rather than left to budget holders.
    static let lowLevelSpend: ItemID = "PC-03"
    /// PSD routinely and proactively involved in procurement and contracts.
    static let psdInvolvement: ItemID = "PC-04"
    /// Staff involved in a tender declare interests in prospective suppliers.
    static let tenderDeclarations: ItemID = "PC-05"
    /// Business interests cross-checked against supplier lists and the contracts register.
    static let interestsCrossChecked: ItemID = "PC-06"
    /// Outsourced contracts require vetting and set out standards of behaviour.
    static let outsourcedVetting: ItemID = "PC-08"

    /// The checklist tag marking a card-check item that asks for corporate checking beyond the
    /// line manager (the 2012 wording of PC-02); only then does line-manager-only checking
    /// contradict a claim that it is met.
    static let corporateCheckTag = "card-corporate-check"
}
