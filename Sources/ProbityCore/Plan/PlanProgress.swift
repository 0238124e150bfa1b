/// A plan's progress as `compare --plan` reports it: for each action its status, whether it
/// is overdue on the date, and whether its finding was resolved or persists in NEW; with the
/// counts for the headline.
public struct PlanProgress: Sendable, Hashable, Codable {
    public var file: String
    public var asOf: LocalDate
    public var actions: [ActionProgress]
    public var byStatus: PlanCheck.StatusCounts
    public var overdue: Int
    public var unowned: Int
    public var findingsResolved: Int
    public var findingsPersisting: Int

    /// What became of an action's finding in NEW.
    public enum Outcome: String, StrictStringEnum {
        case resolved
        case persisting
        /// NEW's checklist has no such area, so the finding could not be looked for.
        case notAssessed = "not-assessed"
    }

    public struct ActionProgress: Sendable, Hashable, Codable {
        public var id: String
        public var finding: FindingID
        public var findingTitle: String
        public var owner: String?
        public var due: LocalDate?
        public var status: ActionStatus
        public var overdue: Bool
        public var outcome: Outcome
        /// A mismatch worth a look: done but the finding persists, or the finding resolved but
        /// the action still open.
        public var remark: String?
    }

    public init(plan: ImprovementPlan, file: String, new: Scorecard, asOf: LocalDate) {
        self.file = file
        self.asOf = asOf
        // Weaknesses only, by every id they carry: an answer finding folded into a plugin finding
        // still persists, and an item now a strength (`GV-01-A`, was a cause of concern) is resolved.
        let found = Set(new.areas.flatMap(\.findings).filter { $0.kind != .strength }.flatMap(\.allIDs))
        let areas = Set(new.areas.map(\.area))
        actions = plan.actions.map { action in
            let outcome: Outcome = !areas.contains(action.area) ? .notAssessed : (found.contains(action.finding) ? .persisting : .resolved)
            return ActionProgress(
                id: action.id, finding: action.finding, findingTitle: action.findingTitle, owner: action.owner,
                due: action.due, status: action.status, overdue: action.isOverdue(asOf: asOf), outcome: outcome,
                remark: Self.remark(action.status, outcome))
        }
        byStatus = PlanCheck.StatusCounts(plan.actions)
        overdue = actions.filter(\.overdue).count
        unowned = plan.actions.filter { $0.status.isOutstanding && !$0.isOwned }.count
        findingsResolved = actions.filter { $0.outcome == .resolved }.count
        findingsPersisting = actions.filter { $0.outcome == .persisting }.count
    }

    static func remark(_ status: ActionStatus, _ outcome: Outcome) -> String? {
        switch (status, outcome) {
        case (.done, .persisting): return "marked done, but the finding persists"
        case (.open, .resolved), (.inProgress, .resolved): return "the finding is resolved; close the action?"
        default: return nil
        }
    }
}
