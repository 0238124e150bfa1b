import ProbityCore

/// `probity plan --check` for a terminal: the overdue and unowned actions with what they are,
/// in 80 columns.
public struct PlanCheckTextRenderer: Sendable {
    public init() {}

    public static func render(_ check: PlanCheck, file: String) -> String {
        var lines = TextLayout.wrap("\(file) as of \(check.asOf): \(ComparisonFormat.actionCounts(check.total, check.byStatus))")
        if !check.overdue.isEmpty {
            lines.append("OVERDUE (\(check.overdue.count))")
            for action in check.overdue {
                let owner = action.isOwned ? "owner: \(action.owner ?? "")" : "no owner"
                lines += row(action, "due \(action.due.map(\.description) ?? "-") (\(Words.count(check.daysOverdue(action), "day")) ago), \(action.status.rawValue), \(owner)")
            }
        }
        if !check.unowned.isEmpty {
            lines.append("UNOWNED (\(check.unowned.count))")
            for action in check.unowned {
                lines += row(action, "\(action.status.rawValue), due \(action.due.map(\.description) ?? "not set")")
            }
        }
        if !check.undated.isEmpty {
            lines += TextLayout.wrap("\(Words.count(check.undated.count, "outstanding action")) \(Words.verb(check.undated.count, "has", "have")) no due date: \(check.undated.map(\.id).joined(separator: ", "))")
        }
        lines.append(check.needsAttention
            ? "Result: \(check.overdue.count) overdue, \(check.unowned.count) unowned"
            : "Result: no overdue or unowned actions")
        return lines.joined(separator: "\n") + "\n"
    }

    static func row(_ action: PlanAction, _ detail: String) -> [String] {
        let indent = String(repeating: " ", count: 14)
        return ComparisonFormat.hanging(detail, first: "  " + TextLayout.pad(action.id, 12), rest: indent)
            + TextLayout.wrap(action.action, indent: indent)
    }
}
