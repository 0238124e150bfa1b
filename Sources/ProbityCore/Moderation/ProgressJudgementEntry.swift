/// An inspector's judgement of the force's direction of travel since the previous inspection,
/// recorded in a moderation entry: for one area, or (without `area`) the headline judgement of
/// the force overall. `progress` is a level of the checklist's progress scale
/// (`scoring.judgement.progress`); `narrative` says why. `probity compare --moderation` shows it
/// first, beside the derived judgement.
public struct ProgressJudgementEntry: Sendable, Hashable, Codable {
    /// The area judged; nil (absent in the file) for the headline judgement.
    public var area: AreaID?
    public var progress: ProgressLevelID
    public var narrative: String

    public init(area: AreaID? = nil, progress: ProgressLevelID, narrative: String) {
        self.area = area
        self.progress = progress
        self.narrative = narrative
    }

    /// `headline` or the area's id.
    public var subject: String { area?.rawValue ?? "headline" }
}
