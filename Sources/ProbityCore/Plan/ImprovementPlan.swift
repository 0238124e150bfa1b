/// A force's improvement plan (schema version 1): one action per area for improvement and
/// cause of concern of a health check, which the force completes with an owner, a due date and
/// a status. Derived by `PlanBuilder`, updated by `PlanMerger` (which never loses the force's
/// entries), checked by `PlanCheck`, tracked by `compare --plan`. See `docs/plan.md`.
public struct ImprovementPlan: Sendable, Hashable, Codable {
    public static let supportedSchemaVersions = [1]

    public var schemaVersion: Int
    public var force: ForceInfo
    /// The health check the plan was first derived from.
    public var source: PlanSource
    /// Later health checks the plan was updated from, oldest first.
    public var updates: [PlanSource]?
    public var actions: [PlanAction]

    public init(force: ForceInfo, source: PlanSource, updates: [PlanSource]? = nil, actions: [PlanAction]) {
        schemaVersion = 1
        self.force = force
        self.source = source
        self.updates = updates
        self.actions = actions
    }

    public func action(for finding: FindingID) -> PlanAction? { actions.first { $0.finding == finding } }
}
