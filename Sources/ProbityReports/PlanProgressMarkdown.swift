import ProbityCore

/// The plan-progress section of a Markdown comparison.
public enum PlanProgressMarkdown {
    public static func lines(_ plan: PlanProgress, newYear: Int) -> [String] {
        let summary = "\(Markdown.escape(plan.file)) as of \(plan.asOf): \(ComparisonFormat.actionCounts(plan.actions.count, plan.byStatus)); "
            + "\(plan.overdue) overdue, \(plan.unowned) unowned. Findings behind the actions in \(newYear): "
            + "\(plan.findingsResolved) resolved, \(plan.findingsPersisting) persisting."
        var lines = ["", "## Improvement plan progress", "", summary, "",
                     "| Action | Finding | Owner | Due | Status | Finding in \(newYear) | Remark |",
                     "| --- | --- | --- | --- | --- | --- | --- |"]
        lines += plan.actions.map(row)
        return lines
    }

    static func row(_ action: PlanProgress.ActionProgress) -> String {
        let due = action.due.map { "\($0)\(action.overdue ? " (overdue)" : "")" } ?? "-"
        let cells = [Markdown.escape(action.id), "\(action.finding) \(Markdown.escape(action.findingTitle))",
                     Markdown.escape(action.owner ?? "-"), due, action.status.rawValue,
                     ComparisonFormat.outcome(action.outcome), Markdown.escape(action.remark ?? "")]
        return "| " + cells.joined(separator: " | ") + " |"
    }
}
