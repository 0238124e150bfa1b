import ProbityCore

/// An improvement plan file: the plan itself (no envelope, since the force edits it and probity
/// reads it back), sorted keys, `owner`, `due` and `notes` written as null until filled in.
public struct PlanJSONRenderer: Sendable {
    public init() {}

    public static func render(_ plan: ImprovementPlan) -> String {
        JSONScorecardRenderer.encode(plan)
    }
}
