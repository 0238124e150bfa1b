import ProbityCore

/// The corporate credit and procurement card indicators: who checks transactions, whether the
/// check looks at justification, and whether the number of cards is coming down.
struct CardIndicators {
    typealias Field = ProcurementDataReturn
    typealias Items = ProcurementItems
    typealias Thresholds = ProcurementThresholds

    let context: AreaContext

    var findings: [Finding] {
        [noTransactionChecks(), lineManagerChecksOnly(), justificationNotChecked(), cardsIncreased(), everyTransactionChecked()]
            .compactMap { $0 }
    }

    private var checks: String? { context.figures.text(Field.cardTransactionChecks) }

    private var checksFigure: Figure? {
        guard let checks, let level = Field.transactionCheckLevels.firstIndex(of: checks) else { return nil }
        return Figure(label: "Card transaction checks", value: Double(level), display: checks,
                      source: Field.source(Field.cardTransactionChecks))
    }

    /// PC-F01: nobody checks card transactions (a cause of concern).
    func noTransactionChecks() -> Finding? {
        guard checks == "none", let figure = checksFigure else { return nil }
        return Finding(
            id: "PC-F01", kind: .concern, title: "Card transactions not checked",
            detail: "The force reports that nobody checks corporate card transactions, leaving inappropriate card use undetected.",
            items: context.present([Items.cardChecks, Items.cardRules]), figures: [figure],
            contradicts: context.claimedMet([Items.cardChecks]))
    }

    /// PC-F02: only the cardholder's line manager checks transactions; no corporate check.
    func lineManagerChecksOnly() -> Finding? {
        guard checks == "line-manager-only", let figure = checksFigure else { return nil }
        let asksCorporateCheck = context.area.item(Items.cardChecks)?.tags?.contains(Items.corporateCheckTag) == true
        return Finding(
            id: "PC-F02", kind: .improvement, title: "Card transactions checked only by line managers",
            detail: "Card transactions are certified only by the cardholder's line manager (\(figure.display)), with no further corporate check.",
            items: context.present([Items.cardChecks]), figures: [figure],
            contradicts: asksCorporateCheck ? context.claimedMet([Items.cardChecks]) : [])
    }

    /// PC-F03: transactions are checked for accuracy of the amount, not for justification.
    func justificationNotChecked() -> Finding? {
        guard context.figures.flag(Field.cardJustificationChecked) == false else { return nil }
        return Finding(
            id: "PC-F03", kind: .improvement, title: "Card purchases not checked for justification",
            detail: "Card transactions are checked for the accuracy of the spend but not for whether each purchase was justified and appropriate (justification checked: false).",
            items: context.present([Items.cardChecks]),
            figures: [Figure(label: "Justification checked", value: 0, display: "false", source: Field.source(Field.cardJustificationChecked))],
            contradicts: context.claimedMet([Items.cardChecks]))
    }

    /// PC-F04: the number of cards held rose by more than the threshold share over the year.
    func cardsIncreased() -> Finding? {
        let maximum = context.threshold(Thresholds.cardGrowthMax)
        guard let held = context.figures.count(Field.cardsHeld), let lastYear = context.figures.count(Field.cardsHeldLastYear),
            lastYear > 0
        else { return nil }
        let growth = Double(held - lastYear) / Double(lastYear)
        guard growth > maximum else { return nil }
        return Finding(
            id: "PC-F04", kind: .improvement, title: "More corporate cards held",
            detail: "The force holds \(FigureText.count(held)) corporate cards against \(FigureText.count(lastYear)) a year earlier, a rise of \(FigureText.share(growth)), above the \(FigureText.share(maximum)) allowed.",
            items: context.present([Items.cardRules]),
            figures: [
                Figure(label: "Cards held", value: Double(held), display: FigureText.count(held), source: Field.source(Field.cardsHeld)),
                Figure(label: "Cards held a year earlier", value: Double(lastYear), display: FigureText.count(lastYear),
                       source: Field.source(Field.cardsHeldLastYear)),
            ])
    }

    /// PC-F12 (strength): every transaction is checked corporately, including its justification.
    func everyTransactionChecked() -> Finding? {
        guard checks == "corporate-all", context.figures.flag(Field.cardJustificationChecked) == true,
            let figure = checksFigure
        else { return nil }
        return Finding(
            id: "PC-F12", kind: .strength, title: "Every card transaction checked corporately",
            detail: "Every corporate card transaction is checked corporately (\(figure.display)), including whether the purchase was justified.",
            items: context.present([Items.cardChecks]),
            figures: [figure, Figure(label: "Justification checked", value: 1, display: "true",
                                     source: Field.source(Field.cardJustificationChecked))])
    }
}
