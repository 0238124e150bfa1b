import ProbityCore

/// The professional-standards indicators, one function per finding. Each reads the figures it
/// needs, returns nil when they are missing or healthy, and names the items it concerns and the
/// claims it contradicts.
struct ProfessionalStandardsIndicators: AreaIndicators {
    typealias Field = ProfessionalStandardsDataReturn
    typealias Thresholds = ProfessionalStandardsThresholds
    typealias Items = ProfessionalStandardsItems
    typealias Findings = ProfessionalStandardsFindings

    let context: AreaContext

    var metrics: ProfessionalStandardsMetrics { ProfessionalStandardsMetrics(context: context) }

    var leadRank: AcuLeadRank? { figures.text(Field.acuLeadRank).flatMap(AcuLeadRank.init) }

    /// The ACU is smaller than the minimum for the workforce.
    var capacityIsLow: Bool {
        guard let rate = metrics.acuStaffPerThousand else { return false }
        return kit.isBelow(rate.value, Thresholds.acuStaffPerThousandMin)
    }

    /// The ACU lead is below the minimum seniority (`other` cannot be placed, so never is).
    var leadIsJunior: Bool {
        guard let seniority = leadRank?.seniority else { return false }
        return kit.isBelow(Double(seniority), Thresholds.acuLeadRankMin)
    }

    var findings: [Finding] {
        [smallAcuJuniorLead(), smallAcu(), juniorLead(), acuCut(), reactiveWork(), noVulnerabilityAssessment(),
         noFinancialStressAnalysis(), fewConfidentialReports(), chiefOfficersUnchecked(), acuGrown(), proactiveWork()]
            .compactMap { $0 }
    }

    /// PS-F01: a small ACU under a junior lead — unlikely to be anything but reactive.
    func smallAcuJuniorLead() -> Finding? {
        guard capacityIsLow, leadIsJunior, let rate = metrics.acuStaffPerThousand, let rank = leadRank,
            let staff = figures.number(Field.acuStaff)
        else { return nil }
        let items = [Items.acuCapacity, Items.acuLead]
        return Findings.smallAcuJuniorLead.raise(
            detail: """
                The anti-corruption unit has \(kit.number(staff)) FTE staff \
                (\(kit.perThousand(rate.value, beside: Thresholds.acuStaffPerThousandMin)), below the minimum of \
                \(kit.number(context.threshold(Thresholds.acuStaffPerThousandMin)))) and is led by a \(rank.label), the \
                combination HMIC judged unlikely to allow a sufficiently proactive and robust approach.
                """,
            items: items,
            figures: [kit.metric(rate), kit.threshold(Thresholds.acuStaffPerThousandMin, unit: .perThousandWorkforce),
                      kit.choice("ACU lead rank", Field.acuLeadRank, rank.rawValue), kit.threshold(Thresholds.acuLeadRankMin, unit: .count)],
            contradicts: kit.claimedMet(items))
    }

    /// PS-F02: the ACU is too small for the workforce (its lead is senior enough or unknown).
    func smallAcu() -> Finding? {
        guard capacityIsLow, !leadIsJunior, let rate = metrics.acuStaffPerThousand, let staff = figures.number(Field.acuStaff) else {
            return nil
        }
        return Findings.smallAcu.raise(
            detail: """
                The anti-corruption unit has \(kit.number(staff)) FTE staff, \
                \(kit.perThousand(rate.value, past: Thresholds.acuStaffPerThousandMin)) for a unit able to do more than \
                react to referrals.
                """,
            items: [Items.acuCapacity],
            figures: [kit.field("ACU staff (FTE)", Field.acuStaff, staff), kit.metric(rate),
                      kit.threshold(Thresholds.acuStaffPerThousandMin, unit: .perThousandWorkforce)],
            contradicts: kit.claimedMet([Items.acuCapacity]))
    }

    /// PS-F03: the ACU lead is below the minimum rank (the unit is large enough or its size unknown).
    func juniorLead() -> Finding? {
        guard leadIsJunior, !capacityIsLow, let rank = leadRank, let seniority = rank.seniority else { return nil }
        let minimum = context.threshold(Thresholds.acuLeadRankMin)
        let expected = AcuLeadRank.allCases.first { $0.seniority.map(Double.init) == minimum }?.label ?? "seniority \(kit.number(minimum))"
        return Findings.juniorLead.raise(
            detail: """
                Counter-corruption work is led by a \(rank.label) (seniority \(seniority)), below the minimum of \
                \(expected) set for the senior detective lead HMIC recommended in 2011.
                """,
            items: [Items.acuLead],
            figures: [kit.choice("ACU lead rank", Field.acuLeadRank, rank.rawValue), kit.threshold(Thresholds.acuLeadRankMin, unit: .count)],
            contradicts: kit.claimedMet([Items.acuLead]))
    }

    /// PS-F04: ACU staff have fallen by more than the maximum since 2011 (not through a merger).
    func acuCut() -> Finding? {
        guard let change = metrics.acuStaffChange, kit.isAbove(-change.value, Thresholds.acuStaffFallMax),
            figures.flag(Field.acuCollaborative) != true,
            let staff = figures.number(Field.acuStaff), let last = figures.number(Field.acuStaffLastYear)
        else { return nil }
        return Findings.acuCut.raise(
            detail: """
                Anti-corruption unit staff fell from \(kit.number(last)) to \(kit.number(staff)) FTE since the 2011 inspection (a \
                fall of \(kit.percent(-change.value, beside: Thresholds.acuStaffFallMax))), above the maximum of \
                \(kit.share(context.threshold(Thresholds.acuStaffFallMax))) not explained by a \
                collaborative merger.
                """,
            items: [Items.acuCapacity],
            figures: [kit.field("ACU staff (FTE)", Field.acuStaff, staff), kit.field("ACU staff at the 2011 inspection (FTE)", Field.acuStaffLastYear, last),
                      kit.metric(change), kit.threshold(Thresholds.acuStaffFallMax, unit: .share)])
    }

    /// PS-F05: too few investigations start from proactive intelligence.
    func reactiveWork() -> Finding? {
        guard let shortfall = kit.shortfall(metrics.proactiveShare, below: Thresholds.proactiveShareMin,
                                            part: Field.proactive, of: Field.total)
        else { return nil }
        return Findings.reactiveWork.raise(
            detail: """
                \(shortfall.partOfWhole) integrity investigations (\(shortfall.percent)) began from the force's own \
                proactive intelligence, \(shortfall.belowMinimum); HMIC found checking mechanisms largely reactive \
                in every force.
                """,
            items: kit.present([Items.proactiveIntelligence, Items.auditableChecks]),
            figures: shortfall.figures("investigations begun proactively"),
            contradicts: shortfall.isNone ? kit.claimedMet([Items.proactiveIntelligence]) : [])
    }

    /// PS-F06: no assessment of where the force is vulnerable to corruption.
    func noVulnerabilityAssessment() -> Finding? {
        raise(Findings.noVulnerabilityAssessment, whenNo: Field.riskAssessment, label: "vulnerability risk assessment",
              detail: """
                  The force has not assessed which units, roles or people are most vulnerable to corruption, which \
                  HMIC found most forces still needed to do in 2012.
                  """,
              items: [Items.vulnerability])
    }

    /// PS-F07: vulnerability is assessed without looking at financial stress.
    func noFinancialStressAnalysis() -> Finding? {
        guard figures.flag(Field.financialStressAnalysis) == false, figures.flag(Field.riskAssessment) != false else { return nil }
        return Findings.noFinancialStressAnalysis.raise(
            detail: """
                The force does not analyse financial stress in its workforce, although Police Mutual's 2012 \
                study suggested some 40,800 officers and staff had medium to very high financial stress \
                profiles.
                """,
            items: [Items.vulnerability],
            figures: [kit.flag("financial stress analysis", Field.financialStressAnalysis, false)])
    }

    /// PS-F08: few reports through the confidential reporting line for the size of the workforce.
    func fewConfidentialReports() -> Finding? {
        guard let reports = kit.rate(metrics.confidentialReportsPerThousand, below: Thresholds.confidentialReportsPerThousandMin,
                                     count: Field.confidentialReports)
        else { return nil }
        return Findings.fewConfidentialReports.raise(
            detail: """
                The confidential reporting line received \(Words.quantity(reports.countText, "reports")) \
                in the period, \(reports.perThousand), which suggests staff do not know about it or do not trust it.
                """,
            items: [Items.confidentialReporting],
            figures: reports.figures("confidential reports"))
    }

    /// PS-F09: PSD never checked or challenged chief officers in the period (2012 item).
    func chiefOfficersUnchecked() -> Finding? {
        guard figures.number(Field.chiefOfficerChecks) == 0, context.has(Items.chiefOfficerChallenge) else { return nil }
        return Findings.chiefOfficersUnchecked.raise(
            detail: """
                PSD recorded no check or challenge of chief officers' integrity declarations in the period, the \
                gap behind HMIC's 2012 key recommendation for a more transparent and challenging environment.
                """,
            items: [Items.chiefOfficerChallenge],
            figures: [kit.field("checks of chief officers", Field.chiefOfficerChecks, 0)],
            contradicts: kit.claimedMet([Items.chiefOfficerChallenge]))
    }

    /// PS-F10 (strength): the ACU has grown since 2011.
    func acuGrown() -> Finding? {
        guard let change = metrics.acuStaffChange, change.value > 0, !capacityIsLow,
            let staff = figures.number(Field.acuStaff), let last = figures.number(Field.acuStaffLastYear)
        else { return nil }
        return Findings.acuGrown.raise(
            detail: """
                Anti-corruption unit staff rose from \(kit.number(last)) to \(kit.number(staff)) FTE since the 2011 inspection \
                (+\(change.display)), as HMIC found in only six forces despite the spending review.
                """,
            items: [Items.acuCapacity],
            figures: [kit.field("ACU staff (FTE)", Field.acuStaff, staff), kit.field("ACU staff at the 2011 inspection (FTE)", Field.acuStaffLastYear, last),
                      kit.metric(change)])
    }

    /// PS-F11 (strength): a good share of investigations start from proactive intelligence.
    func proactiveWork() -> Finding? {
        guard let share = metrics.proactiveShare, kit.reaches(share.value, Thresholds.proactiveShareStrong),
            let proactive = figures.number(Field.proactive), let total = figures.number(Field.total)
        else { return nil }
        return Findings.proactiveWork.raise(
            detail: """
                \(kit.number(proactive)) of \(kit.number(total)) integrity investigations \
                (\(kit.percent(share.value, beside: Thresholds.proactiveShareStrong))) began from the force's own \
                proactive intelligence, at or above the \
                \(kit.share(context.threshold(Thresholds.proactiveShareStrong))) that marks a \
                proactive unit.
                """,
            items: kit.present([Items.proactiveIntelligence, Items.auditableChecks]),
            figures: [kit.part("investigations begun proactively", Field.proactive, proactive, of: total),
                      kit.threshold(Thresholds.proactiveShareStrong, unit: .share)])
    }
}
