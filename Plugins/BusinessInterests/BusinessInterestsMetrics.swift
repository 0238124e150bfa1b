import ProbityCore

/// The second jobs and business interests rates: applications per 1,000 workforce and per
/// month, the refusal rate, the shares of approvals with conditions, conditions checked and
/// reviews overdue, and investigations per 1,000 workforce.
struct BusinessInterestsMetrics {
    typealias Field = BusinessInterestsDataReturn

    let context: AreaContext
    private var metric: MetricBuilder { MetricBuilder(context: context) }
    private var kit: FigureBuilder { FigureBuilder(context: context) }

    var all: [Metric] {
        [
            metric.perThousandWorkforce("applications-per-1000-workforce", "Applications per 1,000 workforce",
                                        Field.applicationsTotal, "applications"),
            metric.perMonth("applications-per-month", "Applications per month", Field.applicationsTotal, "applications"),
            approvalRate(), refusalRate(),
            metric.share("approved-with-conditions-share", "Share of approvals with conditions",
                         Field.approvedWithConditions, of: Field.applicationsApproved, "with conditions", "approvals"),
            metric.share("conditions-checked-share", "Share of conditional approvals checked",
                         Field.conditionsChecked, of: Field.approvedWithConditions, "checked", "conditional approvals"),
            metric.share("reviews-overdue-share", "Share of reviews due that are overdue",
                         Field.reviewsOverdue, of: Field.reviewsDue, "overdue", "reviews due"),
            metric.perThousandWorkforce("investigations-per-1000-workforce", "Business interest investigations per 1,000 workforce",
                                        Field.investigationsTotal, "investigations"),
        ].compactMap { $0 }
    }

    /// Approvals as a share of decided applications: approved + refused when the refusals are
    /// given, otherwise all applications less any withdrawn or pending, so "all but one of 84
    /// approved" (83 of 84) is 98.8% even when the remainder is not broken down.
    func approvalRate() -> Metric? {
        guard let approved = context.figures.count(Field.applicationsApproved), let decided = decidedApplications,
            approved <= decided.count, let rate = MetricBuilder.ratio(approved, decided.count)
        else { return nil }
        return Metric(id: "approval-rate", label: "Share of decided applications approved", value: rate, unit: .share,
                      basis: "\(kit.count(approved)) approved / \(decided.basis)")
    }

    /// The applications decided, and how the count was reached.
    private var decidedApplications: (count: Int, basis: String)? {
        let figures = context.figures
        if let approved = figures.count(Field.applicationsApproved), let refused = figures.count(Field.applicationsRefused) {
            return (approved + refused, "(\(kit.count(approved)) approved + \(kit.count(refused)) refused)")
        }
        guard let total = figures.count(Field.applicationsTotal) else { return nil }
        let undecided = [(Field.applicationsWithdrawn, "withdrawn"), (Field.applicationsPending, "pending")]
            .compactMap { field, words in figures.count(field).map { ($0, words) } }
        let decided = total - undecided.reduce(0) { $0 + $1.0 }
        let less = undecided.map { " - \(kit.count($0.0)) \($0.1)" }.joined()
        return (decided, "(\(Words.quantity(kit.count(total), "applications"))\(less); the rest not broken down)")
    }

    func refusalRate() -> Metric? {
        guard let approved = context.figures.count(Field.applicationsApproved),
            let refused = context.figures.count(Field.applicationsRefused), let rate = MetricBuilder.ratio(refused, approved + refused)
        else { return nil }
        return Metric(id: "refusal-rate", label: "Share of decided applications refused", value: rate, unit: .share,
                      basis: "\(kit.count(refused)) refused / (\(kit.count(approved)) approved + \(kit.count(refused)) refused)")
    }
}
