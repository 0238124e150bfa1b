/// The progress judgements an inspector recorded in a moderation log: for each area and for
/// the headline, the latest entry's judgement stands (as later entries override earlier ones).
public struct InspectorJudgements: Sendable, Hashable {
    /// The log's file, as named to the command.
    public var file: String
    /// Keyed by area; `nil` holds the headline.
    public var latest: [AreaID?: InspectorProgress]

    public init(file: String, log: ModerationLog, scale: ProgressScale?) {
        self.file = file
        var latest: [AreaID?: InspectorProgress] = [:]
        for entry in log.entries {
            for judgement in entry.progressJudgements {
                latest[judgement.area] = InspectorProgress(
                    level: judgement.progress, label: scale?.level(judgement.progress)?.label ?? judgement.progress.rawValue,
                    narrative: judgement.narrative, moderator: entry.moderator, date: entry.date, entry: entry.sequence)
            }
        }
        self.latest = latest
    }

    /// The headline judgement (`area` nil) or an area's.
    public func judgement(for area: AreaID?) -> InspectorProgress? { latest[area] }

    public var isEmpty: Bool { latest.isEmpty }
}
