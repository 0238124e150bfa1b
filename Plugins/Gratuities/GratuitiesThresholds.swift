import ProbityCore

/// The thresholds the gratuities indicators compare against. Only the names live here; the
/// values are data in the checklist's `areas[gratuities].thresholds`.
public enum GratuitiesThresholds {
    public static let declinedShareMin = ThresholdSpec(
        "declinedShareMin",
        "lowest share of hospitality entries recorded as declined that shows declines are being recorded (below it: area for improvement; at or above it: strength)")
    public static let entriesPerThousandPerYearMin = ThresholdSpec(
        "entriesPerThousandPerYearMin",
        "fewest register entries per 1,000 workforce a year (annualised from the data period) before the register looks under-used")
    public static let peerReviewedShareMin = ThresholdSpec(
        "peerReviewedShareMin",
        "lowest share of chief officers' entries peer reviewed by the chief officer team (2012 recommendation on ACPO peer review)")

    public static let all = [declinedShareMin, entriesPerThousandPerYearMin, peerReviewedShareMin]
}
