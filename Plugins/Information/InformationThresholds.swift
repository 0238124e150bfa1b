import ProbityCore

/// The thresholds the information indicators read from the area's `thresholds` in the
/// checklist. A `...Min` fires when a figure falls below it, a `...Max` when a figure goes above
/// it; a figure exactly at the threshold does not fire.
public enum InformationThresholds {
    public static let investigationsPerThousandMin = ThresholdSpec(
        "investigationsPerThousandMin",
        "disclosure investigations per 1,000 workforce in the data period below which the force may be under-detecting")
    public static let investigationsPerThousandMax = ThresholdSpec(
        "investigationsPerThousandMax",
        "disclosure investigations per 1,000 workforce in the data period above which the volume is a risk signal")
    public static let systemsAuditedShareMin = ThresholdSpec(
        "systemsAuditedShareMin",
        "share of force information systems proactively audited or dip-sampled below which checking is too narrow")
    public static let referralsResolvedShareMin = ThresholdSpec(
        "referralsResolvedShareMin",
        "share of referred social media content the force has dealt with below which referrals are not being acted on")

    public static let all = [
        investigationsPerThousandMin, investigationsPerThousandMax, systemsAuditedShareMin, referralsResolvedShareMin,
    ]
}
