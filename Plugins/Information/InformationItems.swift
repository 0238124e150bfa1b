import ProbityCore

/// The information checklist items the indicators refer to, by id as in the checklist data.
/// IS-04 is only in the 2011 checklist (2012 folds it into IS-03); IS-10 is new in 2012. Rules
/// guard both with `context.has`.
enum InformationItems {
    /// Current information security policy.
    static let policy: ItemID = "IS-01"
    /// Proactive audit of information systems (2012: across all systems).
    static let systemAudit: ItemID = "IS-03"
    /// Audit of systems other than PNC, internet and email (2011 only).
    static let otherSystemsAudit: ItemID = "IS-04"
    /// Information security training.
    static let training: ItemID = "IS-06"
    /// Checks of conduct on force-run social media accounts.
    static let forceSocialMedia: ItemID = "IS-07"
    /// Referred social media content is acted on.
    static let socialMediaReferrals: ItemID = "IS-08"
    /// Disclosure investigations recorded and analysed by recipient and outcome.
    static let investigationData: ItemID = "IS-09"
    /// Capacity to check personal social media accounts (2012).
    static let personalSocialMedia: ItemID = "IS-10"
}
