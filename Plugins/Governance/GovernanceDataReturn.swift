import ProbityCore

/// The governance figures a force returns for the data period: integrity training of the
/// workforce and of senior leaders, checks of staff knowledge, the integrity board, published
/// misconduct outcomes, reports to the PCC or police authority, chief officers' own compliance and
/// progress on the integrity action plan (HMIC 2012, *Revisiting Police Relationships*,
/// "Clear boundaries", "How far have forces ... educated their staff" and "Governance").
public enum GovernanceDataReturn {
    public static let eligible = DataReturnField.count(
        "training.eligible", .level, "officers and staff who should receive integrity training")
    public static let trained = DataReturnField.count(
        "training.trained", .level, "of those, how many have completed integrity training covering the force's integrity policies")
    public static let seniorLeaders = DataReturnField.count(
        "training.seniorLeaders", .level, "chief officers and senior leaders (superintendent and staff equivalents and above)")
    public static let seniorLeadersTrained = DataReturnField.count(
        "training.seniorLeadersTrained", .level, "of those, how many have received training on identifying, preventing and managing corruption")
    public static let knowledgeAssessed = DataReturnField.count(
        "knowledge.assessed", .flow, "officers and staff whose knowledge and understanding of integrity policies was tested in the period")

    public static let boardMeetings = DataReturnField.count(
        "board.meetings", .flow, "meetings of the force integrity board (or integrity agenda item of a chief officer meeting) in the period")
    public static let staffAssociationsAttend = DataReturnField.flag(
        "board.staffAssociationsAttend", "staff associations (Police Federation, Superintendents' Association, UNISON) are represented at the board")

    public static let misconductCases = DataReturnField.count(
        "misconduct.cases", .flow, "integrity-related misconduct cases concluded in the period")
    public static let outcomesPublished = DataReturnField.count(
        "misconduct.outcomesPublished", .flow, "of those, how many outcomes were published to the workforce")

    public static let reportsToPcc = DataReturnField.count(
        "oversight.reportsToPcc", .flow, "integrity reports received by the PCC or police authority in the period")
    public static let chiefOfficerBreaches = DataReturnField.count(
        "chiefOfficers.policyBreaches", .flow, "breaches of the force's integrity policies by chief officers found in the period (e.g. hospitality accepted against policy)")

    public static let actions = DataReturnField.count(
        "actionPlan.actions", .level, "actions in the force's integrity action plan (from its integrity health check)")
    public static let actionsCompleted = DataReturnField.count(
        "actionPlan.completed", .level, "of those, how many were completed by the end of the period")

    public static let schema = DataReturnSchema(
        fields: [eligible, trained, seniorLeaders, seniorLeadersTrained, knowledgeAssessed, boardMeetings, staffAssociationsAttend,
                 misconductCases, outcomesPublished, reportsToPcc, chiefOfficerBreaches, actions, actionsCompleted],
        reconciliations: [
            .atMost(part: trained, whole: eligible),
            .atMost(part: seniorLeadersTrained, whole: seniorLeaders),
            .atMost(part: knowledgeAssessed, whole: eligible),
            .atMost(part: outcomesPublished, whole: misconductCases),
            .atMost(part: actionsCompleted, whole: actions),
        ])
}
