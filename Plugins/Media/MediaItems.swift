import ProbityCore

/// The media checklist items the indicators refer to, by id as in the checklist data. MR-10 is
/// new in the 2012 checklist; rules guard it with `context.has`.
enum MediaItems {
    /// Meetings and conversations with journalists are recorded in a checkable way.
    static let contactRecording: ItemID = "MR-02"
    /// Compliance with the recording rules is checked.
    static let recordingCompliance: ItemID = "MR-03"
    /// Formal information exchange between corporate communications and PSD.
    static let commsPsdExchange: ItemID = "MR-04"
    /// Monitoring of telephone, email and computer systems.
    static let channelMonitoring: ItemID = "MR-05"
    /// The level and intensity of relationships with journalists are considered.
    static let relationshipIntensity: ItemID = "MR-09"
    /// Media investigations are recorded by type and outcome and reported (2012).
    static let investigationData: ItemID = "MR-10"
}
