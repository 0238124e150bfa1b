import ProbityCore

/// The plan-progress section of a text comparison.
public enum PlanProgressText {
    public static func lines(_ plan: PlanProgress) -> [String] {
        let counts = ComparisonFormat.actionCounts(plan.actions.count, plan.byStatus)
        var lines = TextLayout.wrap("PLAN \(plan.file) as of \(plan.asOf): \(counts); \(plan.overdue) overdue, \(plan.unowned) unowned")
        lines += TextLayout.wrap("Findings behind the actions in the newer health check: \(plan.findingsResolved) resolved, \(plan.findingsPersisting) persisting", indent: "  ")
        for action in plan.actions {
            var text = TextLayout.pad(action.id, 12) + " " + TextLayout.pad(action.status.rawValue, 11) + " "
                + TextLayout.pad(ComparisonFormat.outcome(action.outcome), 12)
            if action.overdue, let due = action.due { text += " overdue (due \(due))" }
            lines.append("  " + text.trimmingTrailingSpaces)
            if let remark = action.remark { lines += TextLayout.wrap(remark, indent: "      ") }
        }
        return lines
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
