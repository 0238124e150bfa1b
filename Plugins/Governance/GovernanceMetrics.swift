import ProbityCore

/// The rates and shares computed from the governance data return. Each is nil when a figure it
/// needs is missing or its denominator is zero.
struct GovernanceMetrics {
    typealias Field = GovernanceDataReturn

    let context: AreaContext
    var figures: DataReturn { context.figures }

    var all: [Metric] {
        [trainedShare, seniorLeadersTrainedShare, knowledgeAssessedShare, boardMeetingsPerMonth, outcomesPublishedShare,
         reportsToPccPerMonth, actionPlanCompletedShare].compactMap { $0 }
    }

    var trainedShare: Metric? {
        share("trained-share", "share of eligible officers and staff given integrity training", Field.trained, of: Field.eligible,
              "trained", "eligible")
    }

    var seniorLeadersTrainedShare: Metric? {
        share("senior-leaders-trained-share", "share of senior leaders trained in integrity", Field.seniorLeadersTrained,
              of: Field.seniorLeaders, "trained", "senior leaders")
    }

    var knowledgeAssessedShare: Metric? {
        share("knowledge-assessed-share", "share of officers and staff whose knowledge of integrity policies was tested",
              Field.knowledgeAssessed, of: Field.eligible, "tested", "officers and staff")
    }

    var boardMeetingsPerMonth: Metric? {
        perMonth("board-meetings-per-month", "integrity board meetings per month", Field.boardMeetings, "meetings")
    }

    var outcomesPublishedShare: Metric? {
        share("outcomes-published-share", "share of concluded misconduct cases whose outcome was published", Field.outcomesPublished,
              of: Field.misconductCases, "published", "cases")
    }

    var reportsToPccPerMonth: Metric? {
        perMonth("reports-to-pcc-per-month", "integrity reports to the PCC or police authority per month", Field.reportsToPcc, "reports")
    }

    var actionPlanCompletedShare: Metric? {
        share("action-plan-completed-share", "share of integrity action plan actions completed", Field.actionsCompleted,
              of: Field.actions, "completed", "actions")
    }

    private func perMonth(_ id: String, _ label: String, _ field: DataReturnField, _ name: String) -> Metric? {
        guard let count = figures.number(field), let rate = context.perMonth(count) else { return nil }
        return Metric(id: id, label: label, value: rate, unit: .perMonth, basis: "\(n(count)) \(name) / \(n(context.months)) months")
    }

    private func share(_ id: String, _ label: String, _ part: DataReturnField, of whole: DataReturnField,
                       _ partName: String, _ wholeName: String) -> Metric? {
        guard let value = figures.number(part), let total = figures.number(whole), total > 0 else { return nil }
        return Metric(id: id, label: label, value: value / total, unit: .share,
                      basis: "\(n(value)) \(partName) / \(n(total)) \(wholeName)")
    }

    private func n(_ value: Double) -> String { NumberFormatting.number(value) }
}
