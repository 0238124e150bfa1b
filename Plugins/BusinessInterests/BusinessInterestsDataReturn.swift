import ProbityCore

/// The second jobs and business interests figures of the data return, as HMIC collected them
/// for September 2011 to May 2012 (nationally: 3,858 applications = 3,714 approved + 103 refused
/// + 5 withdrawn + 36 still pending; over a third of approvals with conditions; approvals in
/// breach of guidance for 76 drivers, 14 driving instructors and 31 police-related skills
/// trainers; 154 investigations = 41 continuing + 3 referred + 35 no further action + 65
/// management action + 10 left the service).
public enum BusinessInterestsDataReturn {
    public static let applicationsTotal = DataReturnField.count(
        "applications.total", .flow, "applications for secondary employment or business interests made in the period")
    public static let applicationsApproved = DataReturnField.count(
        "applications.approved", .flow, "applications approved, with or without conditions")
    public static let applicationsRefused = DataReturnField.count("applications.refused", .flow, "applications refused")
    public static let applicationsWithdrawn = DataReturnField.count("applications.withdrawn", .flow, "applications withdrawn by the applicant")
    public static let applicationsPending = DataReturnField.count(
        "applications.pending", .level, "applications still being considered at the end of the period")
    public static let approvedWithConditions = DataReturnField.count(
        "applications.approvedWithConditions", .flow, "approvals with conditions attached (for example a limit on hours worked)")
    public static let reviewsDue = DataReturnField.count(
        "reviews.due", .flow, "approved interests whose periodic review fell due in the period")
    public static let reviewsOverdue = DataReturnField.count(
        "reviews.overdue", .level, "approved interests overdue for review at the end of the period")
    public static let conditionsChecked = DataReturnField.count(
        "reviews.conditionsChecked", .flow, "approvals with conditions whose conditions were checked for compliance")
    public static let breachDrivers = DataReturnField.count(
        "breachApprovals.drivers", .flow, "approvals as drivers in breach of the guidance")
    public static let breachDrivingInstructors = DataReturnField.count(
        "breachApprovals.drivingInstructors", .flow, "approvals as driving instructors in breach of the guidance")
    public static let breachPoliceSkillsTraining = DataReturnField.count(
        "breachApprovals.policeSkillsTraining", .flow, "approvals for police-related skills training in breach of the guidance")

    public static let investigationsTotal = DataReturnField.count(
        "investigations.total", .flow, "PSD investigations into secondary employment and business interests started in the period")
    public static let investigationOutcomes = InvestigationOutcomes(
        "investigations.outcomes", "investigations", referredTo: "external bodies", warning: "warning", leaving: "")

    /// The approvals in breach of guidance, by kind of second job.
    public static let breachApprovals = [breachDrivers, breachDrivingInstructors, breachPoliceSkillsTraining]

    public static let schema = DataReturnSchema(
        fields: [
            applicationsTotal, applicationsApproved, applicationsRefused, applicationsWithdrawn, applicationsPending,
            approvedWithConditions, reviewsDue, reviewsOverdue, conditionsChecked,
        ] + breachApprovals + [
            investigationsTotal,
        ] + investigationOutcomes.all,
        reconciliations: [
            .sum(total: applicationsTotal, parts: [applicationsApproved, applicationsRefused, applicationsWithdrawn, applicationsPending]),
            .atMost(part: approvedWithConditions, whole: applicationsApproved),
            .atMost(part: reviewsOverdue, whole: reviewsDue),
            .atMost(part: conditionsChecked, whole: approvedWithConditions),
        ] + breachApprovals.map { .atMost(part: $0, whole: applicationsApproved) } + [
            .sum(total: investigationsTotal, parts: investigationOutcomes.all),
        ])
}
