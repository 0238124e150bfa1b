import ProbityCore

/// Placeholder until the area's indicators are written.
public struct InformationPlugin: AreaPlugin {
    public static let descriptor = PluginDescriptor(
        area: "information", name: "Information", rationale: "", dataReturn: .empty, thresholds: [], examples: [])

    public init() {}

    public func evaluate(_ context: AreaContext) -> AreaEvaluation { AreaEvaluation() }
}
