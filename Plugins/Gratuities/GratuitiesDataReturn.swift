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
    public static let investigationsContinuing = DataReturnField.count(
        "investigations.outcomes.continuing", .level, "investigations still continuing at the end of the period")
    public static let investigationsReferred = DataReturnField.count(
        "investigations.outcomes.referredExternally", .flow, "investigations referred to external bodies")
    public static let investigationsNoFurtherAction = DataReturnField.count(
        "investigations.outcomes.noFurtherAction", .flow, "investigations closed with no further action")
    public static let investigationsManagementAction = DataReturnField.count(
        "investigations.outcomes.managementAction", .flow, "investigations resolved through management advice or warning")
    public static let investigationsLeftService = DataReturnField.count(
        "investigations.outcomes.leftService", .flow, "investigations after which the person left the service")

    public static let schema = DataReturnSchema(
        fields: [
            entriesTotal, entriesGratuities, entriesHospitality, hospitalityAccepted, hospitalityDeclined,
            gratuitiesDeclined, chiefOfficerEntries, chiefOfficerPeerReviewed, registerMedium, registerHeldCentrally,
            registerCrossChecking, investigationsTotal,
            investigationsContinuing, investigationsReferred, investigationsNoFurtherAction,
            investigationsManagementAction, investigationsLeftService,
        ],
        reconciliations: [
            .sum(total: entriesTotal, parts: [entriesGratuities, entriesHospitality]),
            .sum(total: entriesHospitality, parts: [hospitalityAccepted, hospitalityDeclined]),
            .atMost(part: gratuitiesDeclined, whole: entriesGratuities),
            .atMost(part: chiefOfficerEntries, whole: entriesTotal),
            .atMost(part: chiefOfficerPeerReviewed, whole: chiefOfficerEntries),
            .sum(total: investigationsTotal, parts: [
                investigationsContinuing, investigationsReferred, investigationsNoFurtherAction,
                investigationsManagementAction, investigationsLeftService,
            ]),
        ])

    /// Where a field's figure comes from, as findings cite it.
    static func source(_ field: DataReturnField) -> String { "dataReturns.gratuities.\(field.path)" }
}
