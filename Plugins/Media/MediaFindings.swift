import ProbityCore

/// Every finding the media plugin can raise, with the items each reads. Loading a checklist whose
/// media area lacks one of these items fails; the examples test that nothing else is raised.
enum MediaFindings {
    typealias Items = MediaItems

    static let all: [FindingSpec] = [
        noChannelMonitoring, partialChannelMonitoring, reactiveMonitoringOnly, fewContactsRecorded, fewContactsChecked,
        checksConfinedToMediaTeam, noCommsPsdExchange, manyInvestigations, routineMonitoring, workforceWideChecks,
    ]

    static let noChannelMonitoring = FindingSpec(
        "MR-F01", .concern, title: "No communications channel can be monitored", items: [Items.channelMonitoring])

    static let partialChannelMonitoring = FindingSpec(
        "MR-F02", .improvement, title: "Monitoring does not cover every communications channel",
        items: [Items.channelMonitoring])

    static let reactiveMonitoringOnly = FindingSpec(
        "MR-F03", .improvement, title: "Communications monitoring is only reactive", items: [Items.channelMonitoring])

    static let fewContactsRecorded = FindingSpec(
        "MR-F04", .improvement, title: "Few media contacts recorded", otherTitles: ["No media contacts recorded"],
        items: [Items.contactRecording])

    static let fewContactsChecked = FindingSpec(
        "MR-F05", .improvement, title: "Media-contact records are rarely checked", items: [Items.recordingCompliance])

    static let checksConfinedToMediaTeam = FindingSpec(
        "MR-F06", .improvement, title: "Compliance checks reach only the media team", items: [Items.recordingCompliance])

    static let noCommsPsdExchange = FindingSpec(
        "MR-F07", .improvement, title: "No formal communications–PSD exchange", items: [Items.commsPsdExchange])

    static let manyInvestigations = FindingSpec(
        "MR-F08", .improvement, title: "High rate of media relationship investigations",
        items: [Items.relationshipIntensity], versionedItems: [Items.investigationData.only(in: "revisit-2012")])

    static let routineMonitoring = FindingSpec(
        "MR-F09", .strength, title: "Routine monitoring of communications channels", items: [Items.channelMonitoring])

    static let workforceWideChecks = FindingSpec(
        "MR-F10", .strength, title: "Media-contact recording checked across the workforce",
        items: [Items.recordingCompliance])
}
