import ProbityCore

/// Placeholder until the area's indicators are written.
public struct GovernancePlugin: AreaPlugin {
    public static let descriptor = PluginDescriptor(
        area: "governance", name: "Governance", rationale: "", dataReturn: .empty, thresholds: [], examples: [])

    public init() {}

    public func evaluate(_ context: AreaContext) -> AreaEvaluation { AreaEvaluation() }
}
