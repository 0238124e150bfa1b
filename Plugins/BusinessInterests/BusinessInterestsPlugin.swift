import ProbityCore

/// Placeholder until the area's indicators are written.
public struct BusinessInterestsPlugin: AreaPlugin {
    public static let descriptor = PluginDescriptor(
        area: "business-interests", name: "BusinessInterests", rationale: "", dataReturn: .empty, thresholds: [], examples: [])

    public init() {}

    public func evaluate(_ context: AreaContext) -> AreaEvaluation { AreaEvaluation() }
}
