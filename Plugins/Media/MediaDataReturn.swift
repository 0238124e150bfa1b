import ProbityCore

/// The media figures of the 2012 data return (September 2011 to May 2012): investigations into
/// inappropriate relationships with the media by reach and outcome, investigations into
/// inappropriate disclosures to the media by outcome, recorded media contacts
/// and the checks on them, the communications–PSD exchange and channel monitoring
/// (HMIC 2012, *Revisiting Police Relationships*, "Relationships with the media").
public enum MediaDataReturn {
    public static let total = DataReturnField.count(
        "investigations.total", .flow, "investigations into inappropriate relationships with the media opened in the period")
    public static let local = DataReturnField.count(
        "investigations.local", .flow, "of those, investigations concerning relationships with the local media")
    public static let national = DataReturnField.count(
        "investigations.national", .flow, "of those, investigations concerning relationships with the national media")
    public static let outcomes = InvestigationOutcomes("investigations.outcomes", "investigations")
    public static let suspensions = DataReturnField.count(
        "investigations.suspensions", .level, "people suspended from duty as a result of these investigations")

    public static let disclosuresTotal = DataReturnField.count(
        "disclosures.total", .flow, "investigations into inappropriate disclosures to the media opened in the period (not counted in investigations.total, which is about relationships)")
    public static let disclosureOutcomes = InvestigationOutcomes(
        "disclosures.outcomes", "disclosure investigations", leaving: "")

    public static let contactsRecorded = DataReturnField.count(
        "contacts.recorded", .flow, "meetings and discussions with media representatives recorded in the period")
    public static let contactsChecked = DataReturnField.count(
        "contacts.checked", .flow, "recorded media contacts checked for compliance (against diaries, call records or the journalist)")
    public static let checksBeyondMediaTeam = DataReturnField.flag(
        "contacts.checksBeyondMediaTeam", "compliance checks cover staff outside the corporate communications (media) team")

    public static let liaisonFormalProcess = DataReturnField.flag(
        "liaison.formalProcess", "a formal process for corporate communications and the PSD to exchange information on possible leaks")

    public static let monitorsEmail = DataReturnField.flag(
        "monitoring.email", "the force can monitor email traffic with specific accounts")
    public static let monitorsComputerAccess = DataReturnField.flag(
        "monitoring.computerAccess", "the force can monitor access to its computer systems")
    public static let monitorsTelephone = DataReturnField.flag(
        "monitoring.telephone", "the force can search its telephone system for calls to or from particular numbers")
    public static let monitoringRoutine = DataReturnField.flag(
        "monitoring.routine", "channels are monitored as a matter of routine, not only when the PSD receives information")

    /// The channels HMIC asked about, in the order reports list them.
    static let channels = [monitorsEmail, monitorsComputerAccess, monitorsTelephone]
    static let channelNames = ["email", "computer access", "telephone"]

    public static let schema = DataReturnSchema(
        fields: [total, local, national] + outcomes.all + [suspensions, disclosuresTotal] + disclosureOutcomes.all
            + [contactsRecorded, contactsChecked, checksBeyondMediaTeam, liaisonFormalProcess] + channels + [monitoringRoutine],
        reconciliations: [
            .sum(total: total, parts: outcomes.all),
            .sum(total: disclosuresTotal, parts: disclosureOutcomes.all),
            .sum(total: total, parts: [local, national]),
            .atMost(part: contactsChecked, whole: contactsRecorded),
        ])
}
