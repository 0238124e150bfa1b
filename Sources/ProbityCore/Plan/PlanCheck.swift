/// The actions of a plan that need attention on a date: overdue (due before the date and
/// neither done nor dropped) and unowned (no owner and neither done nor dropped).
public struct PlanCheck: Sendable, Hashable, Codable {
    public var asOf: LocalDate
    public var total: Int
    public var byStatus: StatusCounts
    public var overdue: [PlanAction]
    public var unowned: [PlanAction]
    /// Outstanding actions without a due date (reported, not a failure).
    public var undated: [PlanAction]

    public init(_ plan: ImprovementPlan, asOf: LocalDate) {
        self.asOf = asOf
        total = plan.actions.count
        byStatus = StatusCounts(plan.actions)
        overdue = plan.actions.filter { $0.isOverdue(asOf: asOf) }
            .sorted { ($0.due ?? asOf, $0.id) < ($1.due ?? asOf, $1.id) }
        unowned = plan.actions.filter { $0.status.isOutstanding && !$0.isOwned }
        undated = plan.actions.filter { $0.status.isOutstanding && $0.due == nil }
    }

    /// Whether anything needs attention (the check's exit code is 1 when it does).
    public var needsAttention: Bool { !overdue.isEmpty || !unowned.isEmpty }

    /// Days from a due date to the check date.
    public func daysOverdue(_ action: PlanAction) -> Int {
        guard let due = action.due else { return 0 }
        return asOf.daysSinceEpoch - due.daysSinceEpoch
    }

    public struct StatusCounts: Sendable, Hashable, Codable {
        public var open: Int
        public var inProgress: Int
        public var done: Int
        public var dropped: Int

        public init(_ actions: [PlanAction]) {
            open = actions.filter { $0.status == .open }.count
            inProgress = actions.filter { $0.status == .inProgress }.count
            done = actions.filter { $0.status == .done }.count
            dropped = actions.filter { $0.status == .dropped }.count
        }
    }
}
