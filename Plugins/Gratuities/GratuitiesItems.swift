import ProbityCore

/// The checklist items the gratuities indicators refer to, by their ids in both checklist
/// versions (GH-09 and GH-10 are new in 2012: `context.has` is false for them in 2011).
enum GratuitiesItems {
    /// A single register of all gifts, gratuities and hospitality offered.
    static let singleRegister: ItemID = "GH-01"
    /// The register records declined offers as well as accepted ones.
    static let declinesRecorded: ItemID = "GH-02"
    /// The gifts and hospitality policy (in 2012: consistent with the ACPO guidance that every offer,
    /// accepted or declined, is recorded).
    static let acpoGuidance: ItemID = "GH-03"
    /// The register is owned by PSD or the ACU, kept up to date, and its entries checked and challenged.
    static let registerOversight: ItemID = "GH-04"
    /// Entries cross-referenced with contractors and prospective suppliers.
    static let crossCheckedWithContractors: ItemID = "GH-05"
    /// Chief officers' gifts and hospitality checked and challenged.
    static let chiefOfficerChallenge: ItemID = "GH-06"
    /// Staff trained or briefed so that they know every offer must be recorded.
    static let recordingTraining: ItemID = "GH-08"
    /// Unannounced checks triangulating register entries with other records (2012).
    static let triangulation: ItemID = "GH-10"
    /// Chief officers put offers to peer review before deciding (2012 recommendation).
    static let chiefOfficerPeerReview: ItemID = "GH-09"

    /// The items that together say every offer is recorded.
    static let allOffersRecorded = [singleRegister, recordingTraining]
}
