import ProbityCore

/// The procurement indicators drawn from the register cross-checks, when the assessment names
/// its registers: a (hospitality from a supplier awarded a contract soon after), b (a business
/// interest in a supplier) and b_worse (and the staff member decided that supplier's contract).
extension ProcurementIndicators {
    /// PC-F09: hospitality accepted from suppliers before their contracts; a cause of concern
    /// when the recipient decided the contract, which contradicts a claim that tender
    /// declarations are working.
    func hospitalityBeforeContract() -> Finding? {
        guard let check = context.registers?.check(.hospitalityBeforeContract), check.count > 0 else { return nil }
        let severe = check.severe > 0
        return Findings.hospitalityBeforeContract.raise(
            detail: "The register cross-check found \(Words.count(check.count, "hospitality entry")) from a supplier awarded a contract within the following 12 months, \(kit.part(check.severe, of: check.count)) accepted by the contract's decision maker.",
            items: context.present([Items.tenderDeclarations, Items.psdInvolvement]),
            figures: [
                kit.register(check),
                kit.severe("Accepted by the decision maker", check),
            ],
            contradicts: severe ? context.claimedMet([Items.tenderDeclarations]) : [],
            kind: severe ? .concern : nil, title: severe ? Findings.hospitalityBeforeContract.otherTitle : nil)
    }

    /// PC-F10: staff hold business interests in the force's suppliers, which contradicts a claim
    /// that interests are cross-checked with supplier lists.
    func interestInSupplier() -> Finding? {
        guard let check = context.registers?.check(.interestInSupplier), check.count > 0 else { return nil }
        return Findings.interestInSupplier.raise(
            detail: "The register cross-check found \(Words.count(check.count, "business interest")) held by officers or staff in the force's suppliers, which a cross-check of interests with supplier lists should have raised.",
            items: context.present([Items.interestsCrossChecked]),
            figures: [kit.register(check)],
            contradicts: context.claimedMet([Items.interestsCrossChecked]))
    }

    /// PC-F11 (cause of concern): a staff member with an interest in a supplier decided one of its contracts.
    func interestDecisionMaker() -> Finding? {
        guard let check = context.registers?.check(.interestDecisionMaker), check.count > 0 else { return nil }
        return Findings.interestDecisionMaker.raise(
            detail: "The register cross-check found \(Words.count(check.count, "contract")) decided by an officer or member of staff holding a business interest in the supplier.",
            items: context.present([Items.tenderDeclarations, Items.interestsCrossChecked]),
            figures: [kit.register(check)],
            contradicts: context.claimedMet([Items.tenderDeclarations]))
    }
}
