import ProbityCore

/// The media indicators, one function per finding. Each reads the figures it needs, returns nil
/// when they are missing or healthy, and names the items it concerns and the claims it
/// contradicts.
struct MediaIndicators: AreaIndicators {
    typealias Field = MediaDataReturn
    typealias Thresholds = MediaThresholds
    typealias Items = MediaItems
    typealias Findings = MediaFindings

    let context: AreaContext

    var metrics: MediaMetrics { MediaMetrics(context: context) }

    var findings: [Finding] {
        [noChannelMonitoring(), partialChannelMonitoring(), reactiveMonitoringOnly(), fewContactsRecorded(),
         fewContactsChecked(), checksConfinedToMediaTeam(), noCommsPsdExchange(), manyInvestigations(),
         routineMonitoring(), workforceWideChecks()].compactMap { $0 }
    }

    /// MR-F01: the force can monitor none of its communications channels.
    func noChannelMonitoring() -> Finding? {
        guard let channels = metrics.channelsMonitored, channels.value == 0 else { return nil }
        return Findings.noChannelMonitoring.raise(
            detail: """
                The force can monitor none of its \(Field.channels.count) communications channels \
                (\(Field.channelNames.joined(separator: ", "))) for inappropriate contact with the media, when \
                in 2012 HMIC found all but one force able to.
                """,
            items: [Items.channelMonitoring], figures: [kit.metric(channels)],
            contradicts: kit.claimedMet([Items.channelMonitoring]))
    }

    /// MR-F02: some channels can be monitored, fewer than the minimum.
    func partialChannelMonitoring() -> Finding? {
        guard let channels = metrics.channelsMonitored, channels.value > 0,
            kit.isBelow(channels.value, Thresholds.channelsMonitoredMin)
        else { return nil }
        let missing = zip(Field.channels, Field.channelNames).filter { figures.flag($0.0) == false }.map(\.1)
        return Findings.partialChannelMonitoring.raise(
            detail: """
                The force can monitor \(kit.number(channels.value)) of \(Field.channels.count) communications channels \
                (not \(missing.joined(separator: " or "))), below the \
                \(kit.number(context.threshold(Thresholds.channelsMonitoredMin))) expected; 34 forces could monitor email, \
                computer access and telephone calls in 2012.
                """,
            items: [Items.channelMonitoring],
            figures: [kit.metric(channels), kit.threshold(Thresholds.channelsMonitoredMin, unit: .count)])
    }

    /// MR-F03: channels are monitored only after PSD receives information, not routinely.
    func reactiveMonitoringOnly() -> Finding? {
        guard figures.flag(Field.monitoringRoutine) == false, metrics.channelsMonitored?.value != 0 else { return nil }
        let routineRequired = context.threshold(Thresholds.routineMonitoringRequired) > 0
        return Findings.reactiveMonitoringOnly.raise(
            detail: """
                The force monitors its communications channels only when PSD has information about a problem, \
                not as a matter of routine, which HMIC found limits forces to reacting to leaks.
                """,
            items: [Items.channelMonitoring],
            figures: [kit.flag("routine monitoring", Field.monitoringRoutine, false)],
            contradicts: routineRequired ? kit.claimedMet([Items.channelMonitoring]) : [])
    }

    /// MR-F04: no media contacts recorded, or too few for the size of the workforce.
    func fewContactsRecorded() -> Finding? {
        guard let recorded = figures.number(Field.contactsRecorded) else { return nil }
        let months = kit.number(context.months)
        if recorded == 0 {
            return Findings.fewContactsRecorded.raise(
                detail: """
                    No meetings or conversations with the media were recorded in the \(months)-month period, so the \
                    recording procedure cannot be shown to work.
                    """,
                items: [Items.contactRecording], figures: [kit.field("media contacts recorded", Field.contactsRecorded, 0)],
                contradicts: kit.claimedMet([Items.contactRecording]), title: Findings.fewContactsRecorded.otherTitle)
        }
        guard let contacts = kit.rate(metrics.contactsRecordedPerThousand, below: Thresholds.contactsRecordedPerThousandMin,
                                      count: Field.contactsRecorded)
        else { return nil }
        return Findings.fewContactsRecorded.raise(
            detail: """
                Only \(contacts.countText) media contacts were recorded in the \(months)-month period, \
                \(contacts.perThousand), which suggests contacts go unrecorded.
                """,
            items: [Items.contactRecording],
            figures: contacts.figures("media contacts recorded"))
    }

    /// MR-F05: too small a share of recorded contacts is checked for compliance.
    func fewContactsChecked() -> Finding? {
        guard let shortfall = kit.shortfall(metrics.contactsCheckedShare, below: Thresholds.complianceCheckShareMin,
                                            part: Field.contactsChecked, of: Field.contactsRecorded)
        else { return nil }
        return Findings.fewContactsChecked.raise(
            detail: """
                \(shortfall.partOfWhole) recorded media contacts (\(shortfall.percent)) were checked for compliance, \
                \(shortfall.belowMinimum).
                """,
            items: [Items.recordingCompliance],
            figures: shortfall.figures("recorded contacts checked"),
            contradicts: shortfall.isNone ? kit.claimedMet([Items.recordingCompliance]) : [])
    }

    /// MR-F06: compliance checks reach only the media team.
    func checksConfinedToMediaTeam() -> Finding? {
        guard figures.flag(Field.checksBeyondMediaTeam) == false, figures.number(Field.contactsChecked) != 0 else { return nil }
        return Findings.checksConfinedToMediaTeam.raise(
            detail: """
                The force checks that media contacts are recorded only for staff in its media team, the gap HMIC \
                found in most forces in 2012.
                """,
            items: [Items.recordingCompliance],
            figures: [kit.flag("checks cover staff outside the media team", Field.checksBeyondMediaTeam, false)])
    }

    /// MR-F07: no formal exchange between corporate communications and PSD.
    func noCommsPsdExchange() -> Finding? {
        raise(Findings.noCommsPsdExchange, whenNo: Field.liaisonFormalProcess, label: "formal communications–PSD process",
              detail: """
                  The force has no formal process for corporate communications and PSD to exchange information on \
                  possible leaks, which 38 forces had put in place by 2012.
                  """,
              items: [Items.commsPsdExchange])
    }

    /// MR-F08: many investigations into media relationships for the size of the workforce.
    func manyInvestigations() -> Finding? {
        guard let investigations = kit.rate(metrics.investigationsPerThousand, above: Thresholds.investigationsPerThousandMax,
                                            count: Field.total)
        else { return nil }
        return Findings.manyInvestigations.raise(
            detail: """
                The force opened \(Words.quantity(investigations.countText, "investigations")) into inappropriate relationships with the media in \
                the period, \(investigations.perThousand) (19 across all 44 forces in 2012).
                """,
            items: kit.present([Items.relationshipIntensity, Items.investigationData]),
            figures: investigations.figures("media relationship investigations"))
    }

    /// MR-F09 (strength): every channel can be monitored and is monitored routinely.
    func routineMonitoring() -> Finding? {
        guard figures.flag(Field.monitoringRoutine) == true, let channels = metrics.channelsMonitored,
            kit.reaches(channels.value, Thresholds.channelsMonitoredMin)
        else { return nil }
        return Findings.routineMonitoring.raise(
            detail: """
                The force monitors \(kit.number(channels.value)) of \(Field.channels.count) communications channels as a \
                matter of routine, where HMIC found monitoring used only reactively in 2012.
                """,
            items: [Items.channelMonitoring],
            figures: [kit.metric(channels), kit.flag("routine monitoring", Field.monitoringRoutine, true)])
    }

    /// MR-F10 (strength): compliance with the recording rules is checked across the workforce.
    func workforceWideChecks() -> Finding? {
        guard figures.flag(Field.checksBeyondMediaTeam) == true, let share = metrics.contactsCheckedShare,
            kit.reaches(share.value, Thresholds.complianceCheckShareMin),
            let checked = figures.number(Field.contactsChecked), let recorded = figures.number(Field.contactsRecorded)
        else { return nil }
        return Findings.workforceWideChecks.raise(
            detail: """
                The force checked \(kit.number(checked)) of \(kit.number(recorded)) recorded media contacts \
                (\(kit.percent(share.value, beside: Thresholds.complianceCheckShareMin))) across the whole workforce, \
                not only its media team.
                """,
            items: [Items.recordingCompliance],
            figures: [kit.part("recorded contacts checked", Field.contactsChecked, checked, of: recorded),
                      kit.flag("checks cover staff outside the media team", Field.checksBeyondMediaTeam, true)])
    }
}
