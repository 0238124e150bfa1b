import ProbityCore

/// The rates and shares computed from the governance data return. Each is nil when a figure it
/// needs is missing or its denominator is zero.
struct GovernanceMetrics {
    typealias Field = GovernanceDataReturn

    let context: AreaContext
    private var metric: MetricBuilder { MetricBuilder(context: context) }

    var all: [Metric] {
        [trainedShare, seniorLeadersTrainedShare, knowledgeAssessedShare, boardMeetingsPerMonth, outcomesPublishedShare,
         reportsToPccPerMonth, actionPlanCompletedShare].compactMap { $0 }
    }

    var trainedShare: Metric? {
        metric.share("trained-share", "share of eligible officers and staff given integrity training", Field.trained, of: Field.eligible,
                     "trained", "eligible")
    }

    var seniorLeadersTrainedShare: Metric? {
        metric.share("senior-leaders-trained-share", "share of senior leaders trained in integrity", Field.seniorLeadersTrained,
                     of: Field.seniorLeaders, "trained", "senior leaders")
    }

    var knowledgeAssessedShare: Metric? {
        metric.share("knowledge-assessed-share", "share of officers and staff whose knowledge of integrity policies was tested",
                     Field.knowledgeAssessed, of: Field.eligible, "tested", "officers and staff")
    }

    var boardMeetingsPerMonth: Metric? {
        metric.perMonth("board-meetings-per-month", "integrity board meetings per month", Field.boardMeetings, "meetings")
    }

    var outcomesPublishedShare: Metric? {
        metric.share("outcomes-published-share", "share of concluded misconduct cases whose outcome was published", Field.outcomesPublished,
                     of: Field.misconductCases, "published", "cases")
    }

    var reportsToPccPerMonth: Metric? {
        metric.perMonth("reports-to-pcc-per-month", "integrity reports to the PCC or police authority per month", Field.reportsToPcc, "reports")
    }

    var actionPlanCompletedShare: Metric? {
        metric.share("action-plan-completed-share", "share of integrity action plan actions completed", Field.actionsCompleted,
                     of: Field.actions, "completed", "actions")
    }
}
