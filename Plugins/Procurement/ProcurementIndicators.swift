import ProbityCore

/// The procurement indicators, one method per finding (the card indicators are in
/// `CardIndicators`): low-level spend, PSD involvement, outsourced contracts, and, when the
/// assessment names its registers, cross-checks a (hospitality from a supplier before its
/// contract), b (business interest in a supplier) and b_worse (and deciding its contract).
struct ProcurementIndicators {
    typealias Field = ProcurementDataReturn
    typealias Items = ProcurementItems
    typealias Thresholds = ProcurementThresholds

    let context: AreaContext

    var findings: [Finding] {
        CardIndicators(context: context).findings + [
            lowLevelSpendNotCorporate(), psdNotInvolved(), outsourcingWithoutVetting(), outsourcingWithoutStandards(),
            hospitalityBeforeContract(), interestInSupplier(), interestDecisionMaker(),
        ].compactMap { $0 }.merging(corroborated: [("PC-F11", "PC-F10")])
    }

    /// How a finding says who monitors low-level spend.
    static let lowLevelSpendWords = [
        "budget-holder-discretion": "left to the budget holder's discretion", "local": "monitored locally",
    ]

    /// PC-F05: low-level spend left to budget holders or local monitoring.
    func lowLevelSpendNotCorporate() -> Finding? {
        guard let monitoring = context.figures.text(Field.lowLevelSpendMonitoring), monitoring != "corporate",
            let level = Field.lowLevelSpendLevels.firstIndex(of: monitoring)
        else { return nil }
        return Finding(
            id: "PC-F05", kind: .improvement, title: "Low-level spend not monitored corporately",
            detail: "Low-level spend is \(Self.lowLevelSpendWords[monitoring] ?? monitoring) (\(monitoring)) rather than monitored corporately, leaving the force at greater risk of theft and fraud.",
            items: context.present([Items.lowLevelSpend]),
            figures: [Figure(label: "Low-level spend monitoring", value: Double(level), display: monitoring,
                             source: Field.source(Field.lowLevelSpendMonitoring))],
            contradicts: context.claimedMet([Items.lowLevelSpend]))
    }

    /// PC-F06: PSD does not routinely review procurement, or reviewed fewer contracts than the threshold share.
    func psdNotInvolved() -> Finding? {
        let minimum = context.threshold(Thresholds.psdReviewedShareMin)
        var figures: [Figure] = []
        var reasons: [String] = []
        if context.figures.flag(Field.psdReviewsProcurement) == false {
            figures.append(Figure(label: "PSD reviews procurement", value: 0, display: "false", source: Field.source(Field.psdReviewsProcurement)))
            reasons.append("PSD does not routinely review procurement and contract matters")
        }
        if let reviewed = context.figures.count(Field.psdContractsReviewed), let awarded = context.figures.count(Field.contractsAwarded),
            let share = FigureText.ratio(reviewed, awarded), share < minimum
        {
            figures.append(Figure(label: "Contracts reviewed by PSD", value: Double(reviewed), display: FigureText.part(reviewed, of: awarded),
                                  source: Field.source(Field.psdContractsReviewed)))
            reasons.append("PSD reviewed \(FigureText.part(reviewed, of: awarded)) contracts awarded (\(FigureText.share(share))), below the \(FigureText.share(minimum)) expected")
        }
        guard !reasons.isEmpty else { return nil }
        return Finding(
            id: "PC-F06", kind: .improvement, title: "PSD not routinely involved in procurement",
            detail: reasons.joined(separator: "; ") + ".",
            items: context.present([Items.psdInvolvement]), figures: figures,
            contradicts: context.claimedMet([Items.psdInvolvement]))
    }

    /// PC-F07: fewer outsourced contracts require vetting than the threshold share.
    func outsourcingWithoutVetting() -> Finding? {
        outsourcingClause(
            id: "PC-F07", field: Field.outsourcedWithVetting, threshold: Thresholds.outsourcingVettingShareMin,
            title: "Outsourced staff not always vetted", label: "Outsourced contracts requiring vetting",
            clause: "require contractor staff to be vetted before the contract takes effect")
    }

    /// PC-F08: fewer outsourced contracts set out behavioural standards than the threshold share.
    func outsourcingWithoutStandards() -> Finding? {
        outsourcingClause(
            id: "PC-F08", field: Field.outsourcedWithStandards, threshold: Thresholds.outsourcingStandardsShareMin,
            title: "Outsourced contracts without standards of behaviour", label: "Outsourced contracts setting standards",
            clause: "set out the standards of behaviour the force expects")
    }

    private func outsourcingClause(id: FindingID, field: DataReturnField, threshold: ThresholdSpec, title: String,
                                   label: String, clause: String) -> Finding? {
        let minimum = context.threshold(threshold)
        guard let contracts = context.figures.count(Field.outsourcedContracts), let with = context.figures.count(field),
            let share = FigureText.ratio(with, contracts), share < minimum
        else { return nil }
        return Finding(
            id: id, kind: .improvement, title: title,
            detail: "\(FigureText.part(with, of: contracts)) outsourced contracts (\(FigureText.share(share))) \(clause), below the \(FigureText.share(minimum)) expected.",
            items: context.present([Items.outsourcedVetting]),
            figures: [Figure(label: label, value: Double(with), display: FigureText.part(with, of: contracts),
                             source: Field.source(field))],
            contradicts: context.claimedMet([Items.outsourcedVetting]))
    }
}
