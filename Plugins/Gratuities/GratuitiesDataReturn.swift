import ProbityCore

/// The gratuities and hospitality figures of the data return, as HMIC collected them for
/// September 2011 to May 2012 (nationally: 3,512 register entries = 1,850 gratuities + 1,662
/// hospitality, of which 476 hospitality entries were declines; 7 PSD investigations).
public enum GratuitiesDataReturn {
    public static let entriesTotal = DataReturnField.count(
        "entries.total", .flow, "entries made in the period in every gratuities and hospitality register the force keeps, accepted and declined")
    public static let entriesGratuities = DataReturnField.count(
        "entries.gratuities", .flow, "register entries for gratuities (gifts), accepted and declined")
    public static let entriesHospitality = DataReturnField.count(
        "entries.hospitality", .flow, "register entries for hospitality, accepted and declined")
    public static let hospitalityAccepted = DataReturnField.count(
        "hospitality.accepted", .flow, "hospitality entries recording an offer that was accepted")
    public static let hospitalityDeclined = DataReturnField.count(
        "hospitality.declined", .flow, "hospitality entries recording an offer that was declined")
    public static let gratuitiesDeclined = DataReturnField.count(
        "gratuities.declined", .flow, "gratuity entries recording an offer that was declined")
    public static let chiefOfficerEntries = DataReturnField.count(
        "chiefOfficers.entries", .flow, "register entries made by chief officers (ACPO ranks)")
    public static let chiefOfficerPeerReviewed = DataReturnField.count(
        "chiefOfficers.peerReviewed", .flow, "chief officers' entries peer reviewed by the chief officer team before the decision")

    public static let registerMedium = DataReturnField.choice(
        "register.medium", RegisterMedium.allCases.map(\.rawValue), "how the gifts and hospitality register is kept: on paper (manual) or electronically")
    public static let registerHeldCentrally = DataReturnField.flag(
        "register.heldCentrally", "the register is held in one place for the whole force (at headquarters or by PSD), not locally")
    public static let registerCrossChecking = DataReturnField.choice(
        "register.crossChecking", CrossCheckPractice.allCases.map(\.rawValue),
        "how far register entries are cross-referenced with the contract and procurement registers: not at all, only where specific concerns have been identified, or routinely")

    public static let investigationsTotal = DataReturnField.count(
        "investigations.total", .flow, "PSD or ACU investigations into gratuities and hospitality started in the period")
    public static let investigationOutcomes = InvestigationOutcomes(
        "investigations.outcomes", "investigations", referredTo: "external bodies", warning: "warning", leaving: "")

    public static let schema = DataReturnSchema(
        fields: [
            entriesTotal, entriesGratuities, entriesHospitality, hospitalityAccepted, hospitalityDeclined,
            gratuitiesDeclined, chiefOfficerEntries, chiefOfficerPeerReviewed, registerMedium, registerHeldCentrally,
            registerCrossChecking, investigationsTotal,
        ] + investigationOutcomes.all,
        reconciliations: [
            .sum(total: entriesTotal, parts: [entriesGratuities, entriesHospitality]),
            .sum(total: entriesHospitality, parts: [hospitalityAccepted, hospitalityDeclined]),
            .atMost(part: gratuitiesDeclined, whole: entriesGratuities),
            .atMost(part: chiefOfficerEntries, whole: entriesTotal),
            .atMost(part: chiefOfficerPeerReviewed, whole: chiefOfficerEntries),
            .sum(total: investigationsTotal, parts: investigationOutcomes.all),
        ])
}
