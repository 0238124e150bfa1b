/// How far a force checks its staff's use of social media (HMIC 2012 found nine forces with no
/// checks, most confined to force-run accounts, and nine able to check personal accounts).
public enum SocialMediaMonitoring: String, Sendable, CaseIterable {
    case none
    case forceAccounts = "force-accounts"
    case personalAccounts = "personal-accounts"
}
