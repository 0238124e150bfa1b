import ProbityCore

/// The complete moderated scorecard as JSON (both scorecards, disagreements, summaries) with
/// stable key order; described in docs/moderation.md.
public struct ModeratedScorecardJSONRenderer: Sendable {
    public init() {}

    struct Envelope: Encodable {
        var generator: JSONScorecardRenderer.Generator
        var moderatedScorecard: ModeratedScorecard
    }

    public static func render(_ scorecard: ModeratedScorecard, context: ReportContext) -> String {
        JSONScorecardRenderer.encode(Envelope(
            generator: JSONScorecardRenderer.Generator(version: context.version, generatedAt: context.generatedAt),
            moderatedScorecard: scorecard))
    }
}
