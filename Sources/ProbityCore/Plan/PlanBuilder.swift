/// Derives an improvement plan from a health check: one open, unowned action for every area
/// for improvement and cause of concern, in the scorecard's area order, most severe first.
/// Strengths need no action.
public enum PlanBuilder {
    public static func derive(from scored: ScoredFile) -> ImprovementPlan {
        var force = scored.force
        force.workforce = nil
        return ImprovementPlan(force: force, source: PlanSource(scored), actions: actions(for: scored.scorecard))
    }

    /// The derived actions of a scorecard.
    public static func actions(for scorecard: Scorecard) -> [PlanAction] {
        scorecard.areas.flatMap { area in
            area.findings.filter { $0.kind != .strength }.map { PlanAction($0, area: area.area) }
        }
    }
}
