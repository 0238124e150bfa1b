import ProbityCore

/// The gratuities indicators drawn from the register cross-checks, when the assessment names its
/// registers: c (chief officers' hospitality accepted without peer review) and a (hospitality
/// from a supplier awarded a contract within 12 months after). A check that flags rows
/// contradicts the matching practice claimed met.
extension GratuitiesIndicators {
    /// GH-F05: register check c flags chief officers' hospitality accepted without peer review.
    func registerNoPeerReview() -> Finding? {
        guard let check = context.registers?.check(.chiefOfficerNoPeerReview), check.count > 0 else { return nil }
        return Findings.registerNoPeerReview.raise(
            detail: "The register cross-check found \(Words.count(check.count, "chief officer's hospitality entry", plural: "chief officers' hospitality entries")) accepted without peer review.",
            items: context.present([Items.chiefOfficerPeerReview, Items.chiefOfficerChallenge]),
            figures: [kit.register(check)],
            contradicts: context.claimedMet([Items.chiefOfficerPeerReview]))
    }

    /// GH-F06: register check a flags hospitality from a supplier awarded a contract soon after;
    /// a cause of concern when the recipient decided the contract.
    func registerHospitalityBeforeContract() -> Finding? {
        guard let check = context.registers?.check(.hospitalityBeforeContract), check.count > 0 else { return nil }
        let severe = check.severe > 0
        return Findings.registerHospitalityBeforeContract.raise(
            detail: "The register cross-check found \(Words.count(check.count, "hospitality entry")) from a supplier awarded a contract within the following 12 months, \(kit.part(check.severe, of: check.count)) accepted by the contract's decision maker.",
            items: context.present([Items.crossCheckedWithContractors, Items.triangulation]),
            figures: [
                kit.register(check),
                kit.severe("Accepted by the decision maker", check),
            ],
            contradicts: context.claimedMet([Items.crossCheckedWithContractors]),
            kind: severe ? .concern : nil, title: severe ? Findings.registerHospitalityBeforeContract.otherTitle : nil)
    }
}
