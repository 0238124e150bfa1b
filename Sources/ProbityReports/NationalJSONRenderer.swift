import ProbityCore

/// The complete national view as JSON with stable key order, every figure with each force's
/// value behind it; schema in docs/national.md.
public struct NationalJSONRenderer: Sendable {
    public init() {}

    struct Envelope: Encodable {
        var generator: JSONScorecardRenderer.Generator
        var national: NationalView
    }

    public static func render(_ view: NationalView, context: ReportContext) -> String {
        JSONScorecardRenderer.encode(Envelope(
            generator: JSONScorecardRenderer.Generator(version: context.version, generatedAt: context.generatedAt),
            national: view))
    }
}
