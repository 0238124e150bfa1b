import ProbityCore

/// The complete comparison as JSON with sorted keys, in the same `{generator, ...}` envelope
/// as the scorecard; its fields are described in docs/compare.md.
public struct ComparisonJSONRenderer: Sendable {
    public init() {}

    struct Envelope: Encodable {
        var generator: Generator
        var comparison: Comparison
    }

    struct Generator: Encodable {
        var name = "probity"
        var version: String
        var generatedAt: String
    }

    public static func render(_ comparison: Comparison, context: ReportContext) -> String {
        JSONScorecardRenderer.encode(Envelope(generator: Generator(version: context.version, generatedAt: context.generatedAt),
                                              comparison: comparison))
    }
}
