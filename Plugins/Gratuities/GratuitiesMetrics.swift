import ProbityCore

/// The gratuities and hospitality rates: entries per 1,000 workforce and per month, the share
/// of offers declined, chief officers' peer review and investigations per 1,000 workforce.
struct GratuitiesMetrics {
    typealias Field = GratuitiesDataReturn

    let context: AreaContext
    private var metric: MetricBuilder { MetricBuilder(context: context) }

    var all: [Metric] {
        [
            metric.perThousandWorkforce("entries-per-1000-workforce", "Register entries per 1,000 workforce in the period",
                                        Field.entriesTotal, "entries"),
            entriesPerThousandAYear,
            metric.perMonth("entries-per-month", "Register entries per month", Field.entriesTotal, "entries"),
            hospitalityDeclinedShare(),
            metric.share("gratuities-declined-share", "Share of gratuity entries declined",
                         Field.gratuitiesDeclined, of: Field.entriesGratuities, "declined", "gratuity entries"),
            metric.share("chief-officer-peer-reviewed-share", "Share of chief officers' entries peer reviewed",
                         Field.chiefOfficerPeerReviewed, of: Field.chiefOfficerEntries, "peer reviewed", "chief officers' entries"),
            metric.perThousandWorkforce("investigations-per-1000-workforce", "Gratuities and hospitality investigations per 1,000 workforce",
                                        Field.investigationsTotal, "investigations"),
        ].compactMap { $0 }
    }

    var entriesPerThousandAYear: Metric? {
        metric.perThousandWorkforceAYear("entries-per-1000-workforce-a-year", "Register entries per 1,000 workforce a year",
                                         Field.entriesTotal, "entries")
    }

    /// From the data return, or from the register's health figures when the return lacks them.
    func hospitalityDeclinedShare() -> Metric? {
        guard let declines = HospitalityDeclines(context), let share = declines.share else { return nil }
        let kit = FigureBuilder(context: context)
        return Metric(id: "hospitality-declined-share", label: "Share of hospitality entries declined", value: share, unit: .share,
                      basis: "\(kit.count(declines.declined)) declined / \(Words.quantity(kit.count(declines.offers), "hospitality entries"))")
    }
}
