import ProbityCore

/// The social media indicators: which accounts the force checks (`SocialMediaChecks`, from the
/// yes / no / unknown answers or the older monitoring choice) and the cases external research
/// found and referred back to the force.
extension InformationIndicators {
    /// IS-F05: no checks of staff use of social media at all.
    func noSocialMediaChecks() -> Finding? {
        let checks = socialMedia
        guard checks.forceValue == .no, checks.personalValue == .no else { return nil }
        let items = kit.present([Items.forceSocialMedia, Items.personalSocialMedia])
        return Findings.noSocialMediaChecks.raise(
            detail: """
                The force does not check how officers and staff use social media, on force-run or personal \
                accounts, as HMIC found of nine forces in 2012.
                """,
            items: items, figures: checks.figures, contradicts: kit.claimedMet(items))
    }

    /// IS-F06: personal accounts are not checked (force-run ones may be) where the checklist asks
    /// about personal ones.
    func noPersonalAccountChecks() -> Finding? {
        let checks = socialMedia
        guard checks.personalValue == .no, checks.forceValue != .no, context.has(Items.personalSocialMedia),
            let personal = checks.personalAccounts
        else { return nil }
        let what = checks.forceValue == .yes
            ? "checks staff conduct only on its own force-run social media accounts, not on personal accounts"
            : "does not routinely check personal social media accounts"
        return Findings.noPersonalAccountChecks.raise(
            detail: """
                The force \(what) where staff identify themselves as police, a capacity only nine forces \
                reported in 2012.
                """,
            items: [Items.personalSocialMedia], figures: [personal.figure],
            contradicts: kit.claimedMet([Items.personalSocialMedia]))
    }

    /// IS-F08 (strength): the force can check personal social media accounts.
    func personalAccountChecks() -> Finding? {
        guard let personal = socialMedia.personalAccounts, personal.value == .yes else { return nil }
        return Findings.personalAccountChecks.raise(
            detail: """
                The force can check for inappropriate behaviour on personal social media accounts as well as \
                force-run ones, a capacity only nine forces reported in 2012.
                """,
            items: kit.present([Items.forceSocialMedia, Items.personalSocialMedia]), figures: [personal.figure])
    }

    /// IS-F10: the force does not check conduct on the accounts it runs itself (while personal
    /// accounts are not known to be unchecked too, which is IS-F05).
    func noForceAccountChecks() -> Finding? {
        let checks = socialMedia
        guard checks.forceValue == .no, checks.personalValue != .no, let force = checks.forceAccounts else { return nil }
        return Findings.noForceAccountChecks.raise(
            detail: """
                The force does not check the conduct of officers and staff on the social media sites and \
                accounts it runs itself, the check most forces had in place by 2012.
                """,
            items: [Items.forceSocialMedia], figures: [force.figure],
            contradicts: kit.claimedMet([Items.forceSocialMedia]))
    }

    /// IS-F11: external research found potentially inappropriate social media behaviour by the
    /// force's officers or staff and referred it back to the force.
    func researchCases() -> Finding? {
        guard let cases = figures.count(Field.socialMediaResearchCases), cases > 0 else { return nil }
        let counted = Words.count(cases, "case")
        return Findings.researchCases.raise(
            detail: """
                External research identified \(counted) of potentially inappropriate behaviour on social media \
                by the force's officers or staff, referred back to the force, which must act on them and confirm \
                the content has been removed.
                """,
            items: [Items.socialMediaReferrals],
            figures: [kit.field("social media cases found by external research", Field.socialMediaResearchCases, Double(cases))])
    }
}
