import ProbityCore

/// The procurement rates: cards per 1,000 workforce and their change over the year, contracts
/// per month and the shares reviewed by PSD or carrying vetting and standards clauses.
struct ProcurementMetrics {
    typealias Field = ProcurementDataReturn

    let context: AreaContext

    var all: [Metric] {
        [
            cardsPerThousand(), cardChange(), contractsPerMonth(),
            share(id: "psd-reviewed-share", label: "Share of contracts awarded reviewed by PSD",
                  part: Field.psdContractsReviewed, whole: Field.contractsAwarded, words: ("reviewed by PSD", "contracts awarded")),
            share(id: "outsourcing-vetting-share", label: "Share of outsourced contracts requiring vetting",
                  part: Field.outsourcedWithVetting, whole: Field.outsourcedContracts, words: ("requiring vetting", "outsourced contracts")),
            share(id: "outsourcing-standards-share", label: "Share of outsourced contracts setting standards of behaviour",
                  part: Field.outsourcedWithStandards, whole: Field.outsourcedContracts, words: ("setting standards", "outsourced contracts")),
        ].compactMap { $0 }
    }

    func cardsPerThousand() -> Metric? {
        guard let held = context.figures.count(Field.cardsHeld), let workforce = context.workforce,
            let rate = context.perThousandWorkforce(Double(held))
        else { return nil }
        return Metric(id: "cards-per-1000-workforce", label: "Corporate cards per 1,000 workforce", value: rate, unit: .perThousandWorkforce,
                      basis: "\(FigureText.count(held)) cards / \(FigureText.count(workforce)) workforce x 1,000")
    }

    func cardChange() -> Metric? {
        guard let held = context.figures.count(Field.cardsHeld), let lastYear = context.figures.count(Field.cardsHeldLastYear),
            lastYear > 0
        else { return nil }
        return Metric(id: "card-change-share", label: "Change in cards held over the year", value: Double(held - lastYear) / Double(lastYear),
                      unit: .share, basis: "(\(FigureText.count(held)) - \(FigureText.count(lastYear))) / \(FigureText.count(lastYear)) cards a year earlier")
    }

    func contractsPerMonth() -> Metric? {
        guard let awarded = context.figures.count(Field.contractsAwarded), let rate = context.perMonth(Double(awarded)) else { return nil }
        return Metric(id: "contracts-per-month", label: "Contracts awarded per month", value: rate, unit: .perMonth,
                      basis: "\(FigureText.count(awarded)) contracts / \(FigureText.number(context.months)) months")
    }

    func share(id: String, label: String, part: DataReturnField, whole: DataReturnField, words: (String, String)) -> Metric? {
        guard let partValue = context.figures.count(part), let wholeValue = context.figures.count(whole),
            let value = FigureText.ratio(partValue, wholeValue)
        else { return nil }
        return Metric(id: id, label: label, value: value, unit: .share,
                      basis: "\(FigureText.count(partValue)) \(words.0) / \(FigureText.count(wholeValue)) \(words.1)")
    }
}
