import ProbityCore

/// Placeholder until the area's indicators are written.
public struct MediaPlugin: AreaPlugin {
    public static let descriptor = PluginDescriptor(
        area: "media", name: "Media", rationale: "", dataReturn: .empty, thresholds: [], examples: [])

    public init() {}

    public func evaluate(_ context: AreaContext) -> AreaEvaluation { AreaEvaluation() }
}
