/// Parameters of checks a and c and the hospitality health figures.
public struct HospitalityRules: Sendable, Hashable, Codable {
    public var acceptedDecisions: [String]
    public var declinedDecisions: [String]
    /// Check a: a contract awarded this many days after the hospitality (inclusive).
    public var contractWindow: DayWindow
    /// Check c and the chief officers' share: ranks that count as chief officers.
    public var chiefOfficerRanks: [String]
    /// Check c: values of `peer_reviewed` that mean it was reviewed (anything else, blank too, is not).
    public var peerReviewedValues: [String]
    /// Upper bounds (exclusive) of the value bands, in pounds; one more band takes the rest.
    public var valueBandsGBP: [Double]
}

public struct DayWindow: Sendable, Hashable, Codable {
    public var fromDays: Int
    public var toDays: Int
}
