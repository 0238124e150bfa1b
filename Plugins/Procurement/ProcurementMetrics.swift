import ProbityCore

/// The procurement rates: cards per 1,000 workforce and their change over the year, contracts
/// per month and the shares reviewed by PSD or carrying vetting and standards clauses.
struct ProcurementMetrics {
    typealias Field = ProcurementDataReturn

    let context: AreaContext
    private var metric: MetricBuilder { MetricBuilder(context: context) }

    var all: [Metric] {
        [
            metric.perThousandWorkforce("cards-per-1000-workforce", "Corporate cards per 1,000 workforce", Field.cardsHeld, "cards"),
            metric.change("card-change-share", "Change in cards held over the year", Field.cardsHeld, from: Field.cardsHeldLastYear,
                          "cards a year earlier"),
            metric.perMonth("contracts-per-month", "Contracts awarded per month", Field.contractsAwarded, "contracts"),
            metric.share("psd-reviewed-share", "Share of contracts awarded reviewed by PSD",
                         Field.psdContractsReviewed, of: Field.contractsAwarded, "reviewed by PSD", "contracts awarded"),
            metric.share("outsourcing-vetting-share", "Share of outsourced contracts requiring vetting",
                         Field.outsourcedWithVetting, of: Field.outsourcedContracts, "requiring vetting", "outsourced contracts"),
            metric.share("outsourcing-standards-share", "Share of outsourced contracts setting standards of behaviour",
                         Field.outsourcedWithStandards, of: Field.outsourcedContracts, "setting standards", "outsourced contracts"),
        ].compactMap { $0 }
    }
}
