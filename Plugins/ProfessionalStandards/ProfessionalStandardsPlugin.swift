import ProbityCore

/// Placeholder until the area's indicators are written.
public struct ProfessionalStandardsPlugin: AreaPlugin {
    public static let descriptor = PluginDescriptor(
        area: "professional-standards", name: "ProfessionalStandards", rationale: "", dataReturn: .empty, thresholds: [], examples: [])

    public init() {}

    public func evaluate(_ context: AreaContext) -> AreaEvaluation { AreaEvaluation() }
}
