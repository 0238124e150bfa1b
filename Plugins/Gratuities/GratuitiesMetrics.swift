import ProbityCore

/// The gratuities and hospitality rates: entries per 1,000 workforce and per month, the share
/// of offers declined, chief officers' peer review and investigations per 1,000 workforce.
struct GratuitiesMetrics {
    typealias Field = GratuitiesDataReturn

    let context: AreaContext

    var all: [Metric] {
        [
            entriesPerThousand(), entriesPerThousandAYear(), entriesPerMonth(), hospitalityDeclinedShare(),
            gratuitiesDeclinedShare(), chiefOfficersPeerReviewedShare(), investigationsPerThousand(),
        ].compactMap { $0 }
    }

    private var entries: Int? { context.figures.count(Field.entriesTotal) }

    func entriesPerThousand() -> Metric? {
        guard let entries, let workforce = context.workforce, let rate = context.perThousandWorkforce(Double(entries)) else { return nil }
        return Metric(id: "entries-per-1000-workforce", label: "Register entries per 1,000 workforce in the period", value: rate,
                      unit: .perThousandWorkforce, basis: "\(FigureText.count(entries)) entries / \(FigureText.count(workforce)) workforce x 1,000")
    }

    func entriesPerThousandAYear() -> Metric? {
        guard let entries, let workforce = context.workforce,
            let rate = context.perThousandWorkforceAYear(entries)
        else { return nil }
        return Metric(id: "entries-per-1000-workforce-a-year", label: "Register entries per 1,000 workforce a year", value: rate,
                      unit: .perThousandWorkforce,
                      basis: "\(FigureText.count(entries)) entries / \(FigureText.count(workforce)) workforce x 1,000 x 12 / \(FigureText.number(context.months)) months")
    }

    func entriesPerMonth() -> Metric? {
        guard let entries, let rate = context.perMonth(Double(entries)) else { return nil }
        return Metric(id: "entries-per-month", label: "Register entries per month", value: rate, unit: .perMonth,
                      basis: "\(FigureText.count(entries)) entries / \(FigureText.number(context.months)) months")
    }

    func hospitalityDeclinedShare() -> Metric? {
        guard let declines = HospitalityDeclines(context), let share = declines.share else { return nil }
        return Metric(id: "hospitality-declined-share", label: "Share of hospitality entries declined", value: share, unit: .share,
                      basis: "\(FigureText.count(declines.declined)) declined / \(FigureText.count(declines.offers)) hospitality entries")
    }

    func gratuitiesDeclinedShare() -> Metric? {
        guard let declined = context.figures.count(Field.gratuitiesDeclined),
            let gratuities = context.figures.count(Field.entriesGratuities), let share = FigureText.ratio(declined, gratuities)
        else { return nil }
        return Metric(id: "gratuities-declined-share", label: "Share of gratuity entries declined", value: share, unit: .share,
                      basis: "\(FigureText.count(declined)) declined / \(FigureText.count(gratuities)) gratuity entries")
    }

    func chiefOfficersPeerReviewedShare() -> Metric? {
        guard let entries = context.figures.count(Field.chiefOfficerEntries),
            let reviewed = context.figures.count(Field.chiefOfficerPeerReviewed), let share = FigureText.ratio(reviewed, entries)
        else { return nil }
        return Metric(id: "chief-officer-peer-reviewed-share", label: "Share of chief officers' entries peer reviewed", value: share,
                      unit: .share, basis: "\(FigureText.count(reviewed)) peer reviewed / \(FigureText.count(entries)) chief officers' entries")
    }

    func investigationsPerThousand() -> Metric? {
        guard let total = context.figures.count(Field.investigationsTotal), let workforce = context.workforce,
            let rate = context.perThousandWorkforce(Double(total))
        else { return nil }
        return Metric(id: "investigations-per-1000-workforce", label: "Gratuities and hospitality investigations per 1,000 workforce",
                      value: rate, unit: .perThousandWorkforce,
                      basis: "\(FigureText.count(total)) investigations / \(FigureText.count(workforce)) workforce x 1,000")
    }
}
