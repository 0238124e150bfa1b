/// Updates an existing plan from a later health check without losing the force's work: every
/// existing action is kept with its action text, owner, due date, status and notes; its derived
/// fields (finding title, kind, items, recommendations) are refreshed when the finding is still
/// found, and it is marked `no-longer-found` when it is not; findings without an action get new
/// open actions at the end.
public struct PlanMerger: Sendable {
    public let plan: ImprovementPlan
    /// How the plan file is named in messages.
    public let planFile: String

    public init(plan: ImprovementPlan, planFile: String) {
        self.plan = plan
        self.planFile = planFile
    }

    /// What an update did, for the command's summary.
    public struct Result: Sendable, Hashable {
        public var plan: ImprovementPlan
        public var added: [String]
        public var noLongerFound: [String]
        public var kept: Int
    }

    public func merge(_ scored: ScoredFile) throws(ProbityError) -> Result {
        try ForceIdentity.require(plan.force, named: planFile, matches: scored.force, named: scored.file,
                                  refusal: "a plan is updated from the same force's health check")
        let derived = PlanBuilder.actions(for: scored.scorecard)
        var merged = plan
        var noLongerFound: [String] = []
        merged.actions = plan.actions.map { action in
            guard let current = derived.first(where: { $0.finding == action.finding }) else {
                if action.findingState != .noLongerFound { noLongerFound.append(action.id) }
                var marked = action
                marked.findingState = .noLongerFound
                return marked
            }
            return refreshed(action, from: current)
        }
        var ids = Set(merged.actions.map(\.id))
        var added: [String] = []
        for action in derived where plan.action(for: action.finding) == nil {
            var fresh = action
            fresh.id = Self.unique(action.id, among: ids)
            ids.insert(fresh.id)
            added.append(fresh.id)
            merged.actions.append(fresh)
        }
        merged.updates = (plan.updates ?? []) + [PlanSource(scored)]
        return Result(plan: merged, added: added, noLongerFound: noLongerFound, kept: plan.actions.count)
    }

    /// The derived fields from the current finding; the force's fields untouched.
    func refreshed(_ action: PlanAction, from current: PlanAction) -> PlanAction {
        var updated = action
        updated.area = current.area
        updated.findingTitle = current.findingTitle
        updated.kind = current.kind
        updated.items = current.items
        updated.recommendations = current.recommendations
        updated.findingState = .current
        return updated
    }

    /// `id`, or `id-2`, `id-3`... when a hand-edited plan already uses it.
    public static func unique(_ id: String, among ids: Set<String>) -> String {
        guard ids.contains(id) else { return id }
        var suffix = 2
        while ids.contains("\(id)-\(suffix)") { suffix += 1 }
        return "\(id)-\(suffix)"
    }
}
