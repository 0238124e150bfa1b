import ProbityCore

/// The governance indicators, one function per finding. Each reads the figures it needs,
/// returns nil when they are missing or healthy, and names the items it concerns and the claims
/// it contradicts.
struct GovernanceIndicators: AreaIndicators {
    typealias Field = GovernanceDataReturn
    typealias Thresholds = GovernanceThresholds
    typealias Items = GovernanceItems
    typealias Findings = GovernanceFindings

    static let monthsPerYear = 12.0

    let context: AreaContext

    var metrics: GovernanceMetrics { GovernanceMetrics(context: context) }

    var findings: [Finding] {
        [noBoardMeetings(), infrequentBoard(), noStaffAssociations(), patchyTraining(), seniorLeadersUntrained(),
         knowledgeUntested(), outcomesUnpublished(), fewReportsToPcc(), chiefOfficerBreaches(), slowActionPlan(),
         wideTraining()].compactMap { $0 }
    }

    /// A yearly threshold scaled to the data period (4 a year is 3 in 9 months).
    func expectedInPeriod(_ spec: ThresholdSpec) -> Double {
        context.threshold(spec) * context.months / Self.monthsPerYear
    }

    /// GV-F01: no integrity board met in the period.
    func noBoardMeetings() -> Finding? {
        guard figures.number(Field.boardMeetings) == 0 else { return nil }
        return Findings.noBoardMeetings.raise(
            detail: """
                No chief-officer-led integrity meeting was held in the \(kit.number(context.months))-month period, when \
                by 2012 every force used existing or new meetings to manage its integrity action plan.
                """,
            items: [Items.integrityBoard],
            figures: [kit.field("integrity board meetings", Field.boardMeetings, 0)],
            contradicts: kit.claimedMet([Items.integrityBoard]))
    }

    /// GV-F02: the integrity board met less often than the minimum.
    func infrequentBoard() -> Finding? {
        guard let meetings = figures.number(Field.boardMeetings), meetings > 0 else { return nil }
        let expected = expectedInPeriod(Thresholds.boardMeetingsPerYearMin)
        guard meetings < expected - FigureBuilder.tolerance else { return nil }
        return Findings.infrequentBoard.raise(
            detail: """
                The integrity board met \(meetings == 1 ? "once" : "\(kit.number(meetings)) times") in the \(kit.number(context.months))-month period, below the \
                \(kit.number(expected)) expected at \(kit.number(context.threshold(Thresholds.boardMeetingsPerYearMin))) a year.
                """,
            items: [Items.integrityBoard],
            figures: [kit.field("integrity board meetings", Field.boardMeetings, meetings),
                      kit.threshold(Thresholds.boardMeetingsPerYearMin, unit: .count)])
    }

    /// GV-F03: staff associations do not sit on the integrity board.
    func noStaffAssociations() -> Finding? {
        guard figures.flag(Field.staffAssociationsAttend) == false, figures.number(Field.boardMeetings) != 0 else { return nil }
        return Findings.noStaffAssociations.raise(
            detail: """
                Staff associations are not represented at the integrity board, which HMIC considered good \
                practice for creating advocates who spread integrity messages across the force.
                """,
            items: [Items.integrityBoard],
            figures: [kit.flag("staff associations attend", Field.staffAssociationsAttend, false)],
            contradicts: kit.claimedMet(context.items(tagged: Items.staffAssociationsTag)))
    }

    /// GV-F04: too small a share of the workforce has had integrity training.
    func patchyTraining() -> Finding? {
        guard let shortfall = kit.shortfall(metrics.trainedShare, below: Thresholds.trainedShareMin,
                                            part: Field.trained, of: Field.eligible)
        else { return nil }
        return Findings.patchyTraining.raise(
            detail: """
                \(shortfall.partOfWhole) officers and staff (\(shortfall.percent)) have had integrity training, \
                \(shortfall.belowMinimum).
                """,
            items: [Items.integrityTraining],
            figures: shortfall.figures("officers and staff trained"),
            contradicts: shortfall.isNone ? kit.claimedMet([Items.integrityTraining]) : [])
    }

    /// GV-F05 (strength): integrity training reaches nearly all the workforce.
    func wideTraining() -> Finding? {
        guard let share = metrics.trainedShare, kit.reaches(share.value, Thresholds.trainedShareStrong),
            let trained = figures.number(Field.trained), let eligible = figures.number(Field.eligible)
        else { return nil }
        return Findings.wideTraining.raise(
            detail: """
                \(kit.number(trained)) of \(kit.number(eligible)) officers and staff \
                (\(kit.percent(share.value, beside: Thresholds.trainedShareStrong))) have had integrity training, \
                where HMIC found training patchy in most forces in 2012.
                """,
            items: [Items.integrityTraining],
            figures: [kit.part("officers and staff trained", Field.trained, trained, of: eligible),
                      kit.threshold(Thresholds.trainedShareStrong, unit: .share)])
    }

    /// GV-F06: too few senior leaders trained in integrity.
    func seniorLeadersUntrained() -> Finding? {
        guard let shortfall = kit.shortfall(metrics.seniorLeadersTrainedShare, below: Thresholds.seniorLeadersTrainedShareMin,
                                            part: Field.seniorLeadersTrained, of: Field.seniorLeaders)
        else { return nil }
        let item = context.has(Items.seniorLeaderTraining) ? Items.seniorLeaderTraining : Items.integrityTraining
        return Findings.seniorLeadersUntrained.raise(
            detail: """
                \(shortfall.partOfWhole) chief officers and senior leaders (\(shortfall.percent)) have been trained in \
                identifying, preventing and managing corruption, \(shortfall.belowMinimum).
                """,
            items: [item],
            figures: shortfall.figures("senior leaders trained"),
            contradicts: shortfall.isNone ? kit.claimedMet([Items.seniorLeaderTraining]) : [])
    }

    /// GV-F07: too little testing of what staff know about integrity policies (2012 item).
    func knowledgeUntested() -> Finding? {
        guard context.has(Items.knowledgeChecks),
            let shortfall = kit.shortfall(metrics.knowledgeAssessedShare, below: Thresholds.knowledgeAssessedShareMin,
                                          part: Field.knowledgeAssessed, of: Field.eligible)
        else { return nil }
        return Findings.knowledgeUntested.raise(
            detail: """
                The force tested the knowledge of \(shortfall.partOfWhole) officers and staff (\(shortfall.percent)), \
                \(shortfall.belowMinimum), so it cannot know whether staff understand its policies.
                """,
            items: [Items.knowledgeChecks],
            figures: shortfall.figures("officers and staff tested"),
            contradicts: shortfall.isNone ? kit.claimedMet([Items.knowledgeChecks]) : [])
    }

    /// GV-F08: misconduct outcomes are not published to staff (2012 item).
    func outcomesUnpublished() -> Finding? {
        guard context.has(Items.misconductOutcomes),
            let shortfall = kit.shortfall(metrics.outcomesPublishedShare, below: Thresholds.outcomesPublishedShareMin,
                                          part: Field.outcomesPublished, of: Field.misconductCases)
        else { return nil }
        return Findings.outcomesUnpublished.raise(
            detail: """
                The outcomes of \(shortfall.partOfWhole) concluded integrity misconduct cases (\(shortfall.percent)) \
                were published to staff, \(shortfall.belowMinimum).
                """,
            items: [Items.misconductOutcomes],
            figures: shortfall.figures("outcomes published"),
            contradicts: shortfall.isNone ? kit.claimedMet([Items.misconductOutcomes]) : [])
    }

    /// GV-F09: the PCC or police authority received too few integrity reports.
    func fewReportsToPcc() -> Finding? {
        guard let reports = figures.number(Field.reportsToPcc) else { return nil }
        let expected = expectedInPeriod(Thresholds.reportsToPccPerYearMin)
        guard reports < expected - FigureBuilder.tolerance else { return nil }
        return Findings.fewReportsToPcc.raise(
            detail: """
                The PCC or police authority received \(kit.number(reports)) integrity reports in the \
                \(kit.number(context.months))-month period, below the \(kit.number(expected)) expected at \
                \(kit.number(context.threshold(Thresholds.reportsToPccPerYearMin))) a year.
                """,
            items: [Items.pccScrutiny],
            figures: [kit.field("integrity reports to the PCC", Field.reportsToPcc, reports),
                      kit.threshold(Thresholds.reportsToPccPerYearMin, unit: .count)],
            contradicts: reports == 0 ? kit.claimedMet([Items.pccScrutiny]) : [])
    }

    /// GV-F10: chief officers breached the force's integrity policies.
    func chiefOfficerBreaches() -> Finding? {
        guard let breaches = figures.number(Field.chiefOfficerBreaches), breaches > 0 else { return nil }
        return Findings.chiefOfficerBreaches.raise(
            detail: """
                Chief officers were found in breach of the force's integrity policies \(kit.number(breaches)) \
                \(breaches == 1 ? "time" : "times") in the period, the failure to lead by example HMIC still \
                found in 2012.
                """,
            items: [Items.chiefOfficerExample],
            figures: [kit.field("chief officer policy breaches", Field.chiefOfficerBreaches, breaches)],
            contradicts: kit.claimedMet([Items.chiefOfficerExample]))
    }

    /// GV-F11: the integrity action plan is behind.
    func slowActionPlan() -> Finding? {
        guard let shortfall = kit.shortfall(metrics.actionPlanCompletedShare, below: Thresholds.actionPlanCompletedShareMin,
                                            part: Field.actionsCompleted, of: Field.actions)
        else { return nil }
        return Findings.slowActionPlan.raise(
            detail: """
                \(shortfall.partOfWhole) integrity action plan actions (\(shortfall.percent)) were complete by the \
                end of the period, \(shortfall.belowMinimum), echoing HMIC's concern about the pace of progress.
                """,
            items: [Items.healthCheck],
            figures: shortfall.figures("actions completed"))
    }
}
