import ProbityCore

/// The gratuities indicators drawn from the register cross-checks, when the assessment names its
/// registers: c (chief officers' hospitality accepted without peer review) and a (hospitality
/// from a supplier awarded a contract within 12 months after). A check that flags rows
/// contradicts the matching practice claimed met.
extension GratuitiesIndicators {
    /// GH-F05: register check c flags chief officers' hospitality accepted without peer review.
    func registerNoPeerReview() -> Finding? {
        guard let check = context.registers?.check(.chiefOfficerNoPeerReview), check.count > 0 else { return nil }
        return Finding(
            id: "GH-F05", kind: .improvement, title: "Chief officers' hospitality accepted without peer review",
            detail: "The register cross-check found \(FigureText.counted(check.count, "chief officer's hospitality entry", "chief officers' hospitality entries")) accepted without peer review.",
            items: context.present([Items.chiefOfficerPeerReview, Items.chiefOfficerChallenge]),
            figures: [Figure(label: check.title, value: Double(check.count), display: FigureText.count(check.count), source: "registers.c")],
            contradicts: context.claimedMet([Items.chiefOfficerPeerReview]))
    }

    /// GH-F06: register check a flags hospitality from a supplier awarded a contract soon after;
    /// a cause of concern when the recipient decided the contract.
    func registerHospitalityBeforeContract() -> Finding? {
        guard let check = context.registers?.check(.hospitalityBeforeContract), check.count > 0 else { return nil }
        let severe = check.severe > 0
        return Finding(
            id: "GH-F06", kind: severe ? .concern : .improvement,
            title: severe ? "Hospitality accepted by the decision maker before a contract" : "Hospitality accepted from suppliers before a contract",
            detail: "The register cross-check found \(FigureText.counted(check.count, "hospitality entry", "hospitality entries")) from a supplier awarded a contract within the following 12 months, \(FigureText.part(check.severe, of: check.count)) accepted by the contract's decision maker.",
            items: context.present([Items.crossCheckedWithContractors, Items.triangulation]),
            figures: [
                Figure(label: check.title, value: Double(check.count), display: FigureText.count(check.count), source: "registers.a"),
                Figure(label: "Accepted by the decision maker", value: Double(check.severe), display: FigureText.part(check.severe, of: check.count),
                       source: "registers.a.severe"),
            ],
            contradicts: context.claimedMet([Items.crossCheckedWithContractors]))
    }
}
