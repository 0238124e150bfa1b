import ProbityCore

/// The professional-standards figures of the 2012 data return (September 2011 to May 2012):
/// every integrity investigation in the areas the inspection covered, by outcome; the anti-
/// corruption unit's size, change since the 2011 inspection and lead rank; how much of its
/// work starts proactively; confidential reporting; and vulnerability analysis (HMIC 2012,
/// *Revisiting Police Relationships*, "Proactivity: Anti corruption units").
public enum ProfessionalStandardsDataReturn {
    public static let total = DataReturnField.count(
        "investigations.total", .flow, "integrity investigations (all areas covered: media, information, gratuities, procurement, second jobs) opened in the period")
    public static let outcomes = InvestigationOutcomes("investigations.outcomes", "investigations")
    public static let proactive = DataReturnField.count(
        "investigations.proactive", .flow, "of those investigations, how many began from the force's own proactive intelligence work rather than a complaint or referral")

    public static let acuStaff = DataReturnField.amount(
        "acu.staff", .level, "anti-corruption unit staff at the end of the period, in full-time equivalents, or \"unchanged\" since the 2011 inspection when no headcount is given",
        allowsUnchanged: true)
    public static let acuStaffLastYear = DataReturnField.amount(
        "acu.staffLastYear", .level, "anti-corruption unit staff at the 2011 inspection, in full-time equivalents")
    public static let acuLeadRank = DataReturnField.choice(
        "acu.leadRank", AcuLeadRank.allCases.map(\.rawValue), "the rank of the officer who leads the anti-corruption unit day to day")
    public static let acuCollaborative = DataReturnField.flag(
        "acu.collaborative", "the unit has merged with other forces' units under a collaboration agreement since 2011")

    public static let confidentialReports = DataReturnField.count(
        "confidentialReporting.reports", .flow, "reports made through the confidential or anonymous reporting line (whistleblowing) in the period")

    public static let chiefOfficerChecks = DataReturnField.count(
        "chiefOfficers.checks", .flow, "occasions PSD checked or challenged chief officers' integrity declarations (hospitality, interests) in the period")

    public static let riskAssessment = DataReturnField.flag(
        "vulnerability.riskAssessment", "the force has assessed which units, roles or people are most vulnerable to corruption")
    public static let financialStressAnalysis = DataReturnField.flag(
        "vulnerability.financialStressAnalysis", "the force analyses financial stress in its workforce to target preventative support")


    public static let schema = DataReturnSchema(
        fields: [total] + outcomes.all + [proactive, acuStaff, acuStaffLastYear, acuLeadRank, acuCollaborative,
                                      confidentialReports, chiefOfficerChecks, riskAssessment, financialStressAnalysis],
        reconciliations: [
            .sum(total: total, parts: outcomes.all),
            .atMost(part: proactive, whole: total),
        ])
}
