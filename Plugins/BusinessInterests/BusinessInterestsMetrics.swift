import ProbityCore

/// The second jobs and business interests rates: applications per 1,000 workforce and per
/// month, the refusal rate, the shares of approvals with conditions, conditions checked and
/// reviews overdue, and investigations per 1,000 workforce.
struct BusinessInterestsMetrics {
    typealias Field = BusinessInterestsDataReturn

    let context: AreaContext

    var all: [Metric] {
        [
            perThousand(id: "applications-per-1000-workforce", label: "Applications per 1,000 workforce",
                        field: Field.applicationsTotal, words: "applications"),
            applicationsPerMonth(), approvalRate(), refusalRate(),
            share(id: "approved-with-conditions-share", label: "Share of approvals with conditions",
                  part: Field.approvedWithConditions, whole: Field.applicationsApproved, words: ("with conditions", "approvals")),
            share(id: "conditions-checked-share", label: "Share of conditional approvals checked",
                  part: Field.conditionsChecked, whole: Field.approvedWithConditions, words: ("checked", "conditional approvals")),
            share(id: "reviews-overdue-share", label: "Share of reviews due that are overdue",
                  part: Field.reviewsOverdue, whole: Field.reviewsDue, words: ("overdue", "reviews due")),
            perThousand(id: "investigations-per-1000-workforce", label: "Business interest investigations per 1,000 workforce",
                        field: Field.investigationsTotal, words: "investigations"),
        ].compactMap { $0 }
    }

    func perThousand(id: String, label: String, field: DataReturnField, words: String) -> Metric? {
        guard let value = context.figures.count(field), let workforce = context.workforce,
            let rate = context.perThousandWorkforce(Double(value))
        else { return nil }
        return Metric(id: id, label: label, value: rate, unit: .perThousandWorkforce,
                      basis: "\(FigureText.count(value)) \(words) / \(FigureText.count(workforce)) workforce x 1,000")
    }

    func applicationsPerMonth() -> Metric? {
        guard let total = context.figures.count(Field.applicationsTotal), let rate = context.perMonth(Double(total)) else { return nil }
        return Metric(id: "applications-per-month", label: "Applications per month", value: rate, unit: .perMonth,
                      basis: "\(FigureText.count(total)) applications / \(FigureText.number(context.months)) months")
    }

    /// Approvals as a share of decided applications: approved + refused when the refusals are
    /// given, otherwise all applications less any withdrawn or pending, so "all but one of 84
    /// approved" (83 of 84) is 98.8% even when the remainder is not broken down.
    func approvalRate() -> Metric? {
        guard let approved = context.figures.count(Field.applicationsApproved), let decided = decidedApplications,
            approved <= decided.count, let rate = FigureText.ratio(approved, decided.count)
        else { return nil }
        return Metric(id: "approval-rate", label: "Share of decided applications approved", value: rate, unit: .share,
                      basis: "\(FigureText.count(approved)) approved / \(decided.basis)")
    }

    /// The applications decided, and how the count was reached.
    private var decidedApplications: (count: Int, basis: String)? {
        let figures = context.figures
        if let approved = figures.count(Field.applicationsApproved), let refused = figures.count(Field.applicationsRefused) {
            return (approved + refused, "(\(FigureText.count(approved)) approved + \(FigureText.count(refused)) refused)")
        }
        guard let total = figures.count(Field.applicationsTotal) else { return nil }
        let undecided = [(Field.applicationsWithdrawn, "withdrawn"), (Field.applicationsPending, "pending")]
            .compactMap { field, words in figures.count(field).map { ($0, words) } }
        let decided = total - undecided.reduce(0) { $0 + $1.0 }
        let less = undecided.map { " - \(FigureText.count($0.0)) \($0.1)" }.joined()
        return (decided, "(\(FigureText.count(total)) applications\(less); the rest not broken down)")
    }

    func refusalRate() -> Metric? {
        guard let approved = context.figures.count(Field.applicationsApproved),
            let refused = context.figures.count(Field.applicationsRefused), let rate = FigureText.ratio(refused, approved + refused)
        else { return nil }
        return Metric(id: "refusal-rate", label: "Share of decided applications refused", value: rate, unit: .share,
                      basis: "\(FigureText.count(refused)) refused / (\(FigureText.count(approved)) approved + \(FigureText.count(refused)) refused)")
    }

    func share(id: String, label: String, part: DataReturnField, whole: DataReturnField, words: (String, String)) -> Metric? {
        guard let partValue = context.figures.count(part), let wholeValue = context.figures.count(whole),
            let value = FigureText.ratio(partValue, wholeValue)
        else { return nil }
        return Metric(id: id, label: label, value: value, unit: .share,
                      basis: "\(FigureText.count(partValue)) \(words.0) / \(FigureText.count(wholeValue)) \(words.1)")
    }
}
