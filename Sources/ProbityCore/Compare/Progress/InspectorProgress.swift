/// An inspector's recorded judgement of progress (from the moderation log of the NEW
/// assessment), as a comparison shows it beside the derived one.
public struct InspectorProgress: Sendable, Hashable, Codable {
    public var level: ProgressLevelID
    public var label: String
    public var narrative: String
    public var moderator: Moderator
    public var date: LocalDate
    /// The moderation entry's sequence number.
    public var entry: Int
    /// The inspector's level differs from the derived one (false when no level was derived).
    public var disagrees: Bool
    /// How many levels the inspector's judgement is above (+) or below (-) the derived one;
    /// nil when no level was derived.
    public var steps: Int?

    public init(level: ProgressLevelID, label: String, narrative: String, moderator: Moderator, date: LocalDate, entry: Int,
                disagrees: Bool = false, steps: Int? = nil) {
        self.level = level
        self.label = label
        self.narrative = narrative
        self.moderator = moderator
        self.date = date
        self.entry = entry
        self.disagrees = disagrees
        self.steps = steps
    }

    /// `disagrees: 1 level above the derived Some progress`, or nil when they agree.
    public func disagreement(derived: String) -> String? {
        guard disagrees, let steps else { return nil }
        let levels = abs(steps) == 1 ? "1 level" : "\(abs(steps)) levels"
        return "disagrees: \(levels) \(steps > 0 ? "above" : "below") the derived \(derived)"
    }
}
