import ProbityCore

/// The information indicators, one function per finding. Each reads the figures it needs,
/// returns nil when they are missing or healthy, and names the items it concerns and the claims
/// it contradicts. The social media findings are in `+SocialMedia`.
struct InformationIndicators: AreaIndicators {
    typealias Field = InformationDataReturn
    typealias Thresholds = InformationThresholds
    typealias Items = InformationItems
    typealias Findings = InformationFindings

    let context: AreaContext

    var metrics: InformationMetrics { InformationMetrics(context: context) }

    var socialMedia: SocialMediaChecks { SocialMediaChecks(context) }

    var auditItems: [ItemID] { kit.present([Items.systemAudit, Items.otherSystemsAudit]) }

    var findings: [Finding] {
        [noProactiveAudit(), narrowAudit(), fewInvestigations(), manyInvestigations(), noSocialMediaChecks(),
         noPersonalAccountChecks(), referralsNotResolved(), personalAccountChecks(), automatedAuditing(),
         noForceAccountChecks(), researchCases()].compactMap { $0 }
    }

    /// IS-F01: no proactive checks of information systems at all.
    func noProactiveAudit() -> Finding? {
        let proactive = figures.flag(Field.proactive)
        let audited = figures.number(Field.systemsAudited)
        guard proactive == false || audited == 0 else { return nil }
        var shown: [Figure] = []
        if let proactive { shown.append(kit.flag("proactive checks of information systems", Field.proactive, proactive)) }
        if let audited { shown.append(kit.field("systems audited", Field.systemsAudited, audited)) }
        return Findings.noProactiveAudit.raise(
            detail: """
                The force carries out no proactive audit or dip sample of its information systems, as HMIC found \
                of only three forces in 2012, so inappropriate access and disclosure are found only when someone \
                reports them.
                """,
            items: auditItems, figures: shown, contradicts: kit.claimedMet(auditItems))
    }

    /// IS-F02: proactive audits cover too few of the force's systems.
    func narrowAudit() -> Finding? {
        guard let shortfall = kit.shortfall(metrics.systemsAuditedShare, below: Thresholds.systemsAuditedShareMin,
                                            part: Field.systemsAudited, of: Field.systems),
            !shortfall.isNone
        else { return nil }
        return Findings.narrowAudit.raise(
            detail: """
                The force proactively audited \(kit.number(shortfall.part)) of its \(kit.number(shortfall.whole)) \
                information systems (\(shortfall.percent)), \(shortfall.belowMinimum); HMIC found checks \
                concentrated on the PNC, internet and email.
                """,
            items: auditItems,
            figures: shortfall.figures("systems audited"))
    }

    /// IS-F03: few disclosure investigations for the size of the workforce (under-detection).
    func fewInvestigations() -> Finding? {
        guard let investigations = kit.rate(metrics.investigationsPerThousand, below: Thresholds.investigationsPerThousandMin,
                                            count: Field.total)
        else { return nil }
        return Findings.fewInvestigations.raise(
            detail: """
                The force opened \(investigations.countText) information disclosure investigations in the period, \
                \(investigations.perThousand) (the 2012 average was 39 per force), which suggests disclosures go \
                undetected.
                """,
            items: kit.present([Items.systemAudit, Items.investigationData]),
            figures: investigations.figures("disclosure investigations"))
    }

    /// IS-F04: many disclosure investigations for the size of the workforce (a risk signal).
    func manyInvestigations() -> Finding? {
        guard let investigations = kit.rate(metrics.investigationsPerThousand, above: Thresholds.investigationsPerThousandMax,
                                            count: Field.total)
        else { return nil }
        return Findings.manyInvestigations.raise(
            detail: """
                The force opened \(investigations.countText) information disclosure investigations in the period, \
                \(investigations.perThousand), a sign that its policy and training are not preventing disclosure.
                """,
            items: kit.present([Items.policy, Items.training]),
            figures: investigations.figures("disclosure investigations"))
    }

    /// IS-F07: referred social media content is not dealt with.
    func referralsNotResolved() -> Finding? {
        guard let shortfall = kit.shortfall(metrics.referralsResolvedShare, below: Thresholds.referralsResolvedShareMin,
                                            part: Field.socialMediaReferralsResolved, of: Field.socialMediaReferrals)
        else { return nil }
        return Findings.referralsNotResolved.raise(
            detail: """
                The force has dealt with \(shortfall.partOfWhole) referred instances of inappropriate social media \
                content (\(shortfall.percent)), \(shortfall.belowMinimum); in 2012 HMIC found content it had \
                referred in 2011 still visible on over three-quarters of accounts.
                """,
            items: [Items.socialMediaReferrals],
            figures: shortfall.figures("referrals dealt with"),
            contradicts: shortfall.isNone ? kit.claimedMet([Items.socialMediaReferrals]) : [])
    }

    /// IS-F09 (strength): software audits activity across every force system.
    func automatedAuditing() -> Finding? {
        guard figures.flag(Field.automated) == true, let systems = figures.number(Field.systems), systems > 0,
            let audited = figures.number(Field.systemsAudited), audited == systems
        else { return nil }
        return Findings.automatedAuditing.raise(
            detail: """
                Software audits user activity across all \(kit.number(systems)) of the force's information systems, which \
                at least 12 forces were still only considering in 2012.
                """,
            items: auditItems,
            figures: [kit.part("systems audited", Field.systemsAudited, audited, of: systems),
                      kit.flag("automated auditing", Field.automated, true)])
    }
}
