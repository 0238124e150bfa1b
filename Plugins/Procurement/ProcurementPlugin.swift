import ProbityCore

/// Placeholder until the area's indicators are written.
public struct ProcurementPlugin: AreaPlugin {
    public static let descriptor = PluginDescriptor(
        area: "procurement", name: "Procurement", rationale: "", dataReturn: .empty, thresholds: [], examples: [])

    public init() {}

    public func evaluate(_ context: AreaContext) -> AreaEvaluation { AreaEvaluation() }
}
