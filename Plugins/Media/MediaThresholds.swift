import ProbityCore

/// The thresholds the media indicators read from the area's `thresholds` in the checklist. A
/// `...Min` fires when a figure falls below it, a `...Max` when a figure goes above it; a figure
/// exactly at the threshold does not fire.
public enum MediaThresholds {
    public static let channelsMonitoredMin = ThresholdSpec(
        "channelsMonitoredMin",
        "communications channels (email, computer access, telephone) a force should be able to monitor; fewer is an area for improvement")
    public static let contactsRecordedPerThousandMin = ThresholdSpec(
        "contactsRecordedPerThousandMin",
        "recorded media contacts per 1,000 workforce in the data period below which recording looks under-used")
    public static let complianceCheckShareMin = ThresholdSpec(
        "complianceCheckShareMin",
        "share of recorded media contacts checked for compliance below which checking is too thin to test the recording rules")
    public static let investigationsPerThousandMax = ThresholdSpec(
        "investigationsPerThousandMax",
        "investigations into inappropriate media relationships per 1,000 workforce in the data period above which the volume is a risk signal")
    public static let routineMonitoringRequired = ThresholdSpec(
        "routineMonitoringRequired",
        "1 when the channel-monitoring item asks for routine, proactive monitoring (2012), so reactive-only monitoring contradicts a claim of met; 0 when it asks only for the capability (2011)")

    public static let all = [
        channelsMonitoredMin, contactsRecordedPerThousandMin, complianceCheckShareMin, investigationsPerThousandMax,
        routineMonitoringRequired,
    ]
}
