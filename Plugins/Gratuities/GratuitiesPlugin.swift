import ProbityCore

/// Placeholder until the area's indicators are written.
public struct GratuitiesPlugin: AreaPlugin {
    public static let descriptor = PluginDescriptor(
        area: "gratuities", name: "Gratuities", rationale: "", dataReturn: .empty, thresholds: [], examples: [])

    public init() {}

    public func evaluate(_ context: AreaContext) -> AreaEvaluation { AreaEvaluation() }
}
