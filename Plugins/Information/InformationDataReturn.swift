import ProbityCore

/// The information-security figures of the 2012 data return (September 2011 to May 2012):
/// investigations into inappropriate disclosure by recipient and by outcome, social media
/// investigations and monitoring, and proactive audits of force systems (HMIC 2012,
/// *Revisiting Police Relationships*, "Information security" and "Social media").
public enum InformationDataReturn {
    public static let total = DataReturnField.count(
        "investigations.total", .flow, "investigations into inappropriate information disclosure (excluding social media) opened in the period")
    public static let criminals = DataReturnField.count(
        "investigations.byRecipient.criminals", .flow, "of those, disclosure to criminals")
    public static let friendsFamily = DataReturnField.count(
        "investigations.byRecipient.friendsFamily", .flow, "of those, disclosure to friends or family")
    public static let personalUse = DataReturnField.count(
        "investigations.byRecipient.personalUse", .flow, "of those, information used for personal purposes")
    public static let media = DataReturnField.count(
        "investigations.byRecipient.media", .flow, "of those, disclosure to the media")
    public static let others = DataReturnField.count(
        "investigations.byRecipient.others", .flow, "of those, disclosure to anyone else")
    public static let outcomes = InvestigationOutcomes(
        "investigations.outcomes", "investigations", noFurtherActionNote: " (including unsubstantiated and withdrawn)")

    public static let socialMediaInvestigations = DataReturnField.count(
        "socialMedia.investigations", .flow, "investigations into the misuse of social media by officers and staff opened in the period")
    public static let socialMediaMonitoring = DataReturnField.choice(
        "socialMedia.monitoring", SocialMediaMonitoring.allCases.map(\.rawValue),
        "how far the force checks staff use of social media: none, its own force-run accounts, or personal accounts too")
    public static let monitorsForceAccounts = DataReturnField.answer(
        "socialMedia.monitorsForceAccounts", "the force checks the conduct of officers and staff on the social media accounts it runs itself (yes, no or unknown)")
    public static let monitorsPersonalAccounts = DataReturnField.answer(
        "socialMedia.monitorsPersonalAccounts", "the force routinely checks personal social media accounts where officers or staff identify themselves as police (yes, no or unknown)")
    public static let socialMediaReferrals = DataReturnField.count(
        "socialMedia.referrals", .level, "instances of potentially inappropriate behaviour on staff accounts referred to the force by the public, colleagues or its own checks (cases from external research are socialMedia.researchCases)")
    public static let socialMediaResearchCases = DataReturnField.count(
        "socialMedia.researchCases", .level, "cases of potentially inappropriate behaviour on social media by officers or staff that external research (such as HMIC's independently commissioned research) identified and referred back to the force")
    public static let socialMediaReferralsResolved = DataReturnField.count(
        "socialMedia.referralsResolved", .level, "of those referrals, how many the force has dealt with (content removed, advice given or action taken)")

    public static let systems = DataReturnField.count(
        "audits.systems", .level, "force information systems holding personal or operational data")
    public static let systemsAudited = DataReturnField.count(
        "audits.systemsAudited", .flow, "of those systems, how many were proactively audited or dip-sampled in the period")
    public static let proactive = DataReturnField.flag(
        "audits.proactive", "the force proactively checks access to and use of its information systems (not only after a complaint)")
    public static let automated = DataReturnField.flag(
        "audits.automated", "software audits user activity across all force systems automatically")

    static let recipients = [criminals, friendsFamily, personalUse, media, others]
    static let recipientNames = ["criminals", "friends or family", "personal use", "the media", "others"]

    public static let schema = DataReturnSchema(
        fields: [total] + recipients + outcomes.all
            + [socialMediaInvestigations, socialMediaMonitoring, monitorsForceAccounts, monitorsPersonalAccounts,
               socialMediaReferrals, socialMediaReferralsResolved, socialMediaResearchCases,
               systems, systemsAudited, proactive, automated],
        reconciliations: [
            .sum(total: total, parts: recipients),
            .sum(total: total, parts: outcomes.all),
            .atMost(part: socialMediaReferralsResolved, whole: socialMediaReferrals),
            .atMost(part: systemsAudited, whole: systems),
        ])
}
