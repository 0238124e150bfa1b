import ProbityCore

/// The business interests indicators drawn from the register cross-checks, when the assessment
/// names its registers: b (an interest in a supplier), b_worse (and the holder decided one of
/// its contracts), d (approved second jobs in prohibited categories) and e (approved interests
/// overdue for review). A check that flags rows contradicts the matching practice claimed met.
extension BusinessInterestsIndicators {
    /// BI-F05: officers or staff hold business interests in the force's suppliers.
    func interestInSupplier() -> Finding? {
        guard let check = context.registers?.check(.interestInSupplier), check.count > 0 else { return nil }
        let crossCheck = context.items(tagged: Items.supplierCrossCheckTag)
        return Findings.interestInSupplier.raise(
            detail: "The register cross-check found \(Words.count(check.count, "approved business interest")) in the force's suppliers, each a conflict to be managed.",
            items: context.present([Items.psdOversight, Items.conflictDeclarations]) + crossCheck,
            figures: [kit.register(check)],
            contradicts: context.claimedMet(crossCheck))
    }

    /// BI-F06 (cause of concern): the holder of an interest in a supplier decided one of its contracts.
    func interestDecisionMaker() -> Finding? {
        guard let check = context.registers?.check(.interestDecisionMaker), check.count > 0 else { return nil }
        return Findings.interestDecisionMaker.raise(
            detail: "The register cross-check found \(Words.count(check.count, "contract")) decided by an officer or member of staff holding a business interest in the supplier, so the declared interest was not acted on.",
            items: context.present([Items.conflictDeclarations, Items.psdOversight]),
            figures: [kit.register(check)],
            contradicts: context.claimedMet([Items.conflictDeclarations]))
    }

    /// BI-F07: approved second jobs in categories the guidance prohibits.
    func prohibitedSecondJobs() -> Finding? {
        guard let check = context.registers?.check(.prohibitedSecondJob), check.count > 0 else { return nil }
        return Findings.prohibitedSecondJobs.raise(
            detail: "The register cross-check found \(Words.count(check.count, "approved second job")) in categories the guidance prohibits.",
            items: context.present([Items.decisions, Items.policy]),
            figures: [kit.register(check)],
            contradicts: context.claimedMet([Items.decisions]))
    }

    /// BI-F08: approved interests on the register overdue for review.
    func registerReviewsOverdue() -> Finding? {
        guard let check = context.registers?.check(.reviewOverdue), check.count > 0 else { return nil }
        return Findings.registerReviewsOverdue.raise(
            detail: "The register cross-check found \(Words.count(check.count, "approved business interest")) overdue for review.",
            items: context.present([Items.periodicReview]),
            figures: [kit.register(check)],
            contradicts: context.claimedMet([Items.periodicReview]))
    }
}
