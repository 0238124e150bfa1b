import ProbityCore

/// The thresholds the procurement indicators compare against. Only the names live here; the
/// values are data in the checklist's `areas[procurement].thresholds`.
public enum ProcurementThresholds {
    public static let cardGrowthMax = ThresholdSpec(
        "cardGrowthMax",
        "largest rise in the number of corporate cards held over the year, as a share of last year's number, before it is an area for improvement")
    public static let psdReviewedShareMin = ThresholdSpec(
        "psdReviewedShareMin",
        "lowest share of contracts awarded that PSD or the ACU reviewed for PSD involvement in procurement to count as routine")
    public static let outsourcingVettingShareMin = ThresholdSpec(
        "outsourcingVettingShareMin",
        "lowest share of outsourced contracts requiring contractor staff to be vetted before the contract takes effect")
    public static let outsourcingStandardsShareMin = ThresholdSpec(
        "outsourcingStandardsShareMin",
        "lowest share of outsourced contracts setting out the standards of behaviour the force expects")

    public static let all = [cardGrowthMax, psdReviewedShareMin, outsourcingVettingShareMin, outsourcingStandardsShareMin]
}
