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
        return Finding(
            id: "BI-F05", kind: .improvement, title: "Business interests in suppliers",
            detail: "The register cross-check found \(FigureText.counted(check.count, "approved business interest", "approved business interests")) in the force's suppliers, each a conflict to be managed.",
            items: context.present([Items.psdOversight, Items.conflictDeclarations]) + crossCheck,
            figures: [figure(check, source: "registers.b")],
            contradicts: context.claimedMet(crossCheck))
    }

    /// BI-F06 (cause of concern): the holder of an interest in a supplier decided one of its contracts.
    func interestDecisionMaker() -> Finding? {
        guard let check = context.registers?.check(.interestDecisionMaker), check.count > 0 else { return nil }
        return Finding(
            id: "BI-F06", kind: .concern, title: "Contracts decided by staff with an interest in the supplier",
            detail: "The register cross-check found \(FigureText.counted(check.count, "contract", "contracts")) decided by an officer or member of staff holding a business interest in the supplier, so the declared interest was not acted on.",
            items: context.present([Items.conflictDeclarations, Items.psdOversight]),
            figures: [figure(check, source: "registers.b_worse")],
            contradicts: context.claimedMet([Items.conflictDeclarations]))
    }

    /// BI-F07: approved second jobs in categories the guidance prohibits.
    func prohibitedSecondJobs() -> Finding? {
        guard let check = context.registers?.check(.prohibitedSecondJob), check.count > 0 else { return nil }
        return Finding(
            id: "BI-F07", kind: .improvement, title: "Second jobs approved in prohibited categories",
            detail: "The register cross-check found \(FigureText.counted(check.count, "approved second job", "approved second jobs")) in categories the guidance prohibits.",
            items: context.present([Items.decisions, Items.policy]),
            figures: [figure(check, source: "registers.d")],
            contradicts: context.claimedMet([Items.decisions]))
    }

    /// BI-F08: approved interests on the register overdue for review.
    func registerReviewsOverdue() -> Finding? {
        guard let check = context.registers?.check(.reviewOverdue), check.count > 0 else { return nil }
        return Finding(
            id: "BI-F08", kind: .improvement, title: "Register shows interests overdue for review",
            detail: "The register cross-check found \(FigureText.counted(check.count, "approved business interest", "approved business interests")) overdue for review.",
            items: context.present([Items.periodicReview]),
            figures: [figure(check, source: "registers.e")],
            contradicts: context.claimedMet([Items.periodicReview]))
    }

    private func figure(_ check: RegisterCheckResult, source: String) -> Figure {
        Figure(label: check.title, value: Double(check.count), display: FigureText.count(check.count), source: source)
    }
}
