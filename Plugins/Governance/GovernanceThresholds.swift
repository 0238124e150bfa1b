import ProbityCore

/// The thresholds the governance indicators read from the area's `thresholds` in the checklist.
/// A `...Min` fires when a figure falls below it, a `...Strong` marks a strength when reached; a
/// figure exactly at a `...Min` does not fire. Yearly rates are scaled to the data period.
public enum GovernanceThresholds {
    public static let boardMeetingsPerYearMin = ThresholdSpec(
        "boardMeetingsPerYearMin",
        "integrity board meetings a year (scaled to the data period) below which oversight is too infrequent")
    public static let trainedShareMin = ThresholdSpec(
        "trainedShareMin",
        "share of eligible officers and staff given integrity training below which training is patchy")
    public static let trainedShareStrong = ThresholdSpec(
        "trainedShareStrong",
        "share of eligible officers and staff given integrity training at or above which coverage is a strength")
    public static let seniorLeadersTrainedShareMin = ThresholdSpec(
        "seniorLeadersTrainedShareMin",
        "share of chief officers and senior leaders trained in integrity below which leadership training falls short")
    public static let knowledgeAssessedShareMin = ThresholdSpec(
        "knowledgeAssessedShareMin",
        "share of the workforce whose knowledge of integrity policies was tested below which the force cannot know what staff understand")
    public static let outcomesPublishedShareMin = ThresholdSpec(
        "outcomesPublishedShareMin",
        "share of concluded integrity misconduct cases whose outcome was published to staff below which lessons are not shared")
    public static let reportsToPccPerYearMin = ThresholdSpec(
        "reportsToPccPerYearMin",
        "integrity reports to the PCC or police authority a year (scaled to the data period) below which scrutiny is starved of information")
    public static let actionPlanCompletedShareMin = ThresholdSpec(
        "actionPlanCompletedShareMin",
        "share of integrity action plan actions completed below which progress lacks urgency")

    public static let all = [
        boardMeetingsPerYearMin, trainedShareMin, trainedShareStrong, seniorLeadersTrainedShareMin, knowledgeAssessedShareMin,
        outcomesPublishedShareMin, reportsToPccPerYearMin, actionPlanCompletedShareMin,
    ]
}
