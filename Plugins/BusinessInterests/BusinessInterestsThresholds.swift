import ProbityCore

/// The thresholds the business interests indicators compare against. Only the names live here;
/// the values are data in the checklist's `areas[business-interests].thresholds`.
public enum BusinessInterestsThresholds {
    public static let breachApprovalsConcernMin = ThresholdSpec(
        "breachApprovalsConcernMin",
        "approvals in breach of guidance (drivers, driving instructors, police-related skills training) from which they are a cause of concern rather than an area for improvement")
    public static let overdueReviewShareMax = ThresholdSpec(
        "overdueReviewShareMax",
        "largest share of reviews due (or, without that figure, of approvals) that may be overdue before it is an area for improvement")
    public static let conditionsCheckedShareMin = ThresholdSpec(
        "conditionsCheckedShareMin",
        "lowest share of conditional approvals whose conditions were checked for compliance")
    public static let refusalRateMin = ThresholdSpec(
        "refusalRateMin",
        "lowest share of decided applications refused before approval looks automatic")

    public static let all = [breachApprovalsConcernMin, overdueReviewShareMax, conditionsCheckedShareMin, refusalRateMin]
}
