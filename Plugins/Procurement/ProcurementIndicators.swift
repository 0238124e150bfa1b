import ProbityCore

/// The procurement indicators, one method per finding (the card indicators are in
/// `CardIndicators`): low-level spend, PSD involvement, outsourced contracts, and, when the
/// assessment names its registers, cross-checks a (hospitality from a supplier before its
/// contract), b (business interest in a supplier) and b_worse (and deciding its contract).
struct ProcurementIndicators: ProcurementIndicatorSet {

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
        guard let monitoring = figures.text(Field.lowLevelSpendMonitoring), monitoring != "corporate",
            Field.lowLevelSpendLevels.contains(monitoring)
        else { return nil }
        return Findings.lowLevelSpendNotCorporate.raise(
            detail: "Low-level spend is \(Self.lowLevelSpendWords[monitoring] ?? monitoring) (\(monitoring)) rather than monitored corporately, leaving the force at greater risk of theft and fraud.",
            items: context.present([Items.lowLevelSpend]),
            figures: [kit.choice("Low-level spend monitoring", Field.lowLevelSpendMonitoring, monitoring)],
            contradicts: context.claimedMet([Items.lowLevelSpend]))
    }

    /// PC-F06: PSD does not routinely review procurement, or reviewed fewer contracts than the threshold share.
    func psdNotInvolved() -> Finding? {
        let minimum = context.threshold(Thresholds.psdReviewedShareMin)
        var quoted: [Figure] = []
        var reasons: [String] = []
        if figures.flag(Field.psdReviewsProcurement) == false {
            quoted.append(kit.flag("PSD reviews procurement", Field.psdReviewsProcurement, false))
            reasons.append("PSD does not routinely review procurement and contract matters")
        }
        if let reviewed = figures.count(Field.psdContractsReviewed), let awarded = figures.count(Field.contractsAwarded),
            let share = MetricBuilder.ratio(reviewed, awarded), share < minimum
        {
            quoted.append(kit.part("Contracts reviewed by PSD", Field.psdContractsReviewed, reviewed, of: awarded))
            reasons.append("PSD reviewed \(kit.part(reviewed, of: awarded)) contracts awarded (\(kit.share(share))), below the \(kit.share(minimum)) expected")
        }
        guard !reasons.isEmpty else { return nil }
        return Findings.psdNotInvolved.raise(
            detail: reasons.joined(separator: "; ") + ".",
            items: context.present([Items.psdInvolvement]), figures: quoted,
            contradicts: context.claimedMet([Items.psdInvolvement]))
    }

    /// PC-F07: fewer outsourced contracts require vetting than the threshold share.
    func outsourcingWithoutVetting() -> Finding? {
        outsourcingClause(
            Findings.outsourcingWithoutVetting, field: Field.outsourcedWithVetting, threshold: Thresholds.outsourcingVettingShareMin,
            label: "Outsourced contracts requiring vetting",
            clause: "require contractor staff to be vetted before the contract takes effect")
    }

    /// PC-F08: fewer outsourced contracts set out behavioural standards than the threshold share.
    func outsourcingWithoutStandards() -> Finding? {
        outsourcingClause(
            Findings.outsourcingWithoutStandards, field: Field.outsourcedWithStandards, threshold: Thresholds.outsourcingStandardsShareMin,
            label: "Outsourced contracts setting standards",
            clause: "set out the standards of behaviour the force expects")
    }

    private func outsourcingClause(_ spec: FindingSpec, field: DataReturnField, threshold: ThresholdSpec, label: String,
                                   clause: String) -> Finding? {
        let minimum = context.threshold(threshold)
        guard let contracts = figures.count(Field.outsourcedContracts), let with = figures.count(field),
            let share = MetricBuilder.ratio(with, contracts), share < minimum
        else { return nil }
        return spec.raise(
            detail: "\(kit.part(with, of: contracts)) outsourced contracts (\(kit.share(share))) \(clause), below the \(kit.share(minimum)) expected.",
            items: context.present([Items.outsourcedVetting]),
            figures: [kit.part(label, field, with, of: contracts)],
            contradicts: context.claimedMet([Items.outsourcedVetting]))
    }
}
