import ProbityCore

/// The second jobs and business interests rates: applications per 1,000 workforce and per
/// month, the refusal rate, the shares of approvals with conditions, conditions checked and
/// reviews overdue, and investigations per 1,000 workforce.
struct BusinessInterestsMetrics {
    typealias Field = BusinessInterestsDataReturn
    typealias Show = FigureText

    let context: AreaContext

    var metrics: [Metric] {
        [
            perThousand(id: "applications-per-1000-workforce", label: "Applications per 1,000 workforce",
                        field: Field.applicationsTotal, words: "applications"),
            applicationsPerMonth(), refusalRate(),
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
                      basis: "\(Show.count(value)) \(words) / \(Show.count(workforce)) workforce x 1,000")
    }

    func applicationsPerMonth() -> Metric? {
        guard let total = context.figures.count(Field.applicationsTotal), let rate = context.perMonth(Double(total)) else { return nil }
        return Metric(id: "applications-per-month", label: "Applications per month", value: rate, unit: .perMonth,
                      basis: "\(Show.count(total)) applications / \(Show.number(context.months)) months")
    }

    func refusalRate() -> Metric? {
        guard let approved = context.figures.count(Field.applicationsApproved),
            let refused = context.figures.count(Field.applicationsRefused), let rate = Show.ratio(refused, approved + refused)
        else { return nil }
        return Metric(id: "refusal-rate", label: "Share of decided applications refused", value: rate, unit: .share,
                      basis: "\(Show.count(refused)) refused / (\(Show.count(approved)) approved + \(Show.count(refused)) refused)")
    }

    func share(id: String, label: String, part: DataReturnField, whole: DataReturnField, words: (String, String)) -> Metric? {
        guard let partValue = context.figures.count(part), let wholeValue = context.figures.count(whole),
            let value = Show.ratio(partValue, wholeValue)
        else { return nil }
        return Metric(id: id, label: label, value: value, unit: .share,
                      basis: "\(Show.count(partValue)) \(words.0) / \(Show.count(wholeValue)) \(words.1)")
    }
}
