import ProbityCore

/// The corporate credit and procurement card indicators: who checks transactions, whether the
/// check looks at justification, and whether the number of cards is coming down.
struct CardIndicators: ProcurementIndicatorSet {

    let context: AreaContext

    var findings: [Finding] {
        [noTransactionChecks(), lineManagerChecksOnly(), justificationNotChecked(), cardsIncreased(), everyTransactionChecked()]
            .compactMap { $0 }
    }

    private var checks: String? { figures.text(Field.cardTransactionChecks) }

    private var checksFigure: Figure? {
        guard let checks, Field.transactionCheckLevels.contains(checks) else { return nil }
        return kit.choice("Card transaction checks", Field.cardTransactionChecks, checks)
    }

    /// PC-F01: nobody checks card transactions (a cause of concern).
    func noTransactionChecks() -> Finding? {
        guard checks == "none", let figure = checksFigure else { return nil }
        return Findings.noTransactionChecks.raise(
            detail: "The force reports that nobody checks corporate card transactions, leaving inappropriate card use undetected.",
            items: context.present([Items.cardChecks, Items.cardRules]), figures: [figure],
            contradicts: context.claimedMet([Items.cardChecks]))
    }

    /// PC-F02: only the cardholder's line manager checks transactions; no corporate check.
    func lineManagerChecksOnly() -> Finding? {
        guard checks == "line-manager-only", let figure = checksFigure else { return nil }
        let asksCorporateCheck = context.area.item(Items.cardChecks)?.tags?.contains(Items.corporateCheckTag) == true
        return Findings.lineManagerChecksOnly.raise(
            detail: "Card transactions are certified only by the cardholder's line manager (\(figure.display)), with no further corporate check.",
            items: context.present([Items.cardChecks]), figures: [figure],
            contradicts: asksCorporateCheck ? context.claimedMet([Items.cardChecks]) : [])
    }

    /// PC-F03: transactions are checked for accuracy of the amount, not for justification.
    func justificationNotChecked() -> Finding? {
        raise(Findings.justificationNotChecked, whenNo: Field.cardJustificationChecked, label: "Justification checked",
              detail: """
                  Card transactions are checked for the accuracy of the spend but not for whether each purchase was \
                  justified and appropriate (justification checked: false).
                  """,
              items: [Items.cardChecks])
    }

    /// PC-F04: the number of cards held rose by more than the threshold share over the year.
    func cardsIncreased() -> Finding? {
        let maximum = context.threshold(Thresholds.cardGrowthMax)
        guard let held = figures.count(Field.cardsHeld), let lastYear = figures.count(Field.cardsHeldLastYear),
            lastYear > 0
        else { return nil }
        let growth = Double(held - lastYear) / Double(lastYear)
        guard growth > maximum else { return nil }
        return Findings.cardsIncreased.raise(
            detail: "The force holds \(kit.count(held)) corporate cards against \(kit.count(lastYear)) a year earlier, a rise of \(kit.share(growth)), above the \(kit.share(maximum)) allowed.",
            items: context.present([Items.cardRules]),
            figures: [
                kit.field("Cards held", Field.cardsHeld, held),
                kit.field("Cards held a year earlier", Field.cardsHeldLastYear, lastYear),
            ])
    }

    /// PC-F12 (strength): every transaction is checked corporately, including its justification.
    func everyTransactionChecked() -> Finding? {
        guard checks == "corporate-all", figures.flag(Field.cardJustificationChecked) == true,
            let figure = checksFigure
        else { return nil }
        return Findings.everyTransactionChecked.raise(
            detail: "Every corporate card transaction is checked corporately (\(figure.display)), including whether the purchase was justified.",
            items: context.present([Items.cardChecks]),
            figures: [figure, kit.flag("Justification checked", Field.cardJustificationChecked, true)])
    }
}
