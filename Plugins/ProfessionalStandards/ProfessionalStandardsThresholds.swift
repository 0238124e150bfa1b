import ProbityCore

/// The thresholds the professional-standards indicators read from the area's `thresholds` in
/// the checklist. A `...Min` fires when a figure falls below it, a `...Max` when a figure goes
/// above it, a `...Strong` marks a strength when reached; a figure exactly at a `...Min` or
/// `...Max` does not fire.
public enum ProfessionalStandardsThresholds {
    public static let acuStaffPerThousandMin = ThresholdSpec(
        "acuStaffPerThousandMin",
        "anti-corruption unit staff (FTE) per 1,000 workforce below which the unit is too small to be anything but reactive")
    public static let acuLeadRankMin = ThresholdSpec(
        "acuLeadRankMin",
        "lowest acceptable seniority of the ACU lead: 1 detective sergeant, 2 detective inspector, 3 detective chief inspector, 4 detective superintendent")
    public static let acuStaffFallMax = ThresholdSpec(
        "acuStaffFallMax",
        "fall in ACU staff since the 2011 inspection, as a share of last year's staff, above which capacity has been cut")
    public static let proactiveShareMin = ThresholdSpec(
        "proactiveShareMin",
        "share of integrity investigations that began from proactive intelligence below which the force is essentially reactive")
    public static let proactiveShareStrong = ThresholdSpec(
        "proactiveShareStrong",
        "share of integrity investigations that began from proactive intelligence at or above which proactivity is a strength")
    public static let confidentialReportsPerThousandMin = ThresholdSpec(
        "confidentialReportsPerThousandMin",
        "reports through the confidential reporting line per 1,000 workforce in the data period below which staff may not know or trust it")

    public static let all = [
        acuStaffPerThousandMin, acuLeadRankMin, acuStaffFallMax, proactiveShareMin, proactiveShareStrong,
        confidentialReportsPerThousandMin,
    ]
}
