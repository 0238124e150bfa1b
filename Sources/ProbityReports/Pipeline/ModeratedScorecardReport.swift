import ProbityCore

/// A scorecard as moderated beside the self-assessment, with the assessment and its checklist
/// (the HTML page shows the moderated findings, items and evidence).
public struct ModeratedScorecardReport: Sendable {
    public var moderated: ModeratedScorecard
    public var sources: ScorecardSources

    public init(moderated: ModeratedScorecard, sources: ScorecardSources) {
        self.moderated = moderated
        self.sources = sources
    }
}
