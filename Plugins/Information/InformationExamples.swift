import ProbityCore

/// The information plugin's worked examples: evidence in, grade and findings out.
/// `PluginExampleTests` runs each against every shipped checklist that has the area, over that
/// version's data period, unless it names its checklist (an example that needs an item or a
/// threshold new in 2012 names `revisit-2012`); the default workforce is 2,000.
enum InformationExamples {
    static let healthy = """
        {
          "investigations": {
            "total": 20,
            "byRecipient": {"criminals": 4, "friendsFamily": 4, "personalUse": 4, "media": 1, "others": 7},
            "outcomes": {"continuing": 7, "referredExternally": 1, "noFurtherAction": 7, "managementAction": 4, "leftService": 1}
          },
          "socialMedia": {"investigations": 3, "monitoring": "personal-accounts", "referrals": 4, "referralsResolved": 4},
          "audits": {"systems": 12, "systemsAudited": 12, "proactive": true, "automated": true}
        }
        """

    static let all: [PluginExample] = [
        PluginExample(
            "all met, well evidenced, healthy figures", dataReturn: healthy,
            expectGrade: "outstanding", expectFindings: ["IS-F08", "IS-F09"]),
        PluginExample(
            "disclosure investigations exactly at the minimum rate (4 for 2,000 staff = 2 per 1,000)",
            dataReturn: #"{"investigations": {"total": 4}}"#,
            expectGrade: "outstanding"),
        PluginExample(
            "disclosure investigations just below the minimum rate (3 for 2,000 staff = 1.5 per 1,000)",
            dataReturn: #"{"investigations": {"total": 3}}"#,
            expectGrade: "outstanding", expectFindings: ["IS-F03"]),
        PluginExample(
            "disclosure investigations exactly at the maximum rate (40 for 2,000 staff = 20 per 1,000)",
            dataReturn: #"{"investigations": {"total": 40}}"#,
            expectGrade: "outstanding"),
        PluginExample(
            "disclosure investigations just past the maximum rate (41 for 2,000 staff = 20.5 per 1,000)",
            dataReturn: #"{"investigations": {"total": 41}}"#,
            expectGrade: "outstanding", expectFindings: ["IS-F04"]),
        PluginExample(
            "audits exactly at the minimum share of systems (5 of 10)",
            dataReturn: #"{"audits": {"systems": 10, "systemsAudited": 5, "proactive": true}}"#,
            expectGrade: "outstanding"),
        PluginExample(
            "audits just below the minimum share of systems (4 of 10)",
            dataReturn: #"{"audits": {"systems": 10, "systemsAudited": 4, "proactive": true}}"#,
            expectGrade: "outstanding", expectFindings: ["IS-F02"]),
        PluginExample(
            "no proactive checks at all, honestly answered partially met: a cause of concern caps the grade", checklist: "revisit-2012",
            overrides: ["IS-03": .partiallyMet],
            dataReturn: #"{"audits": {"systems": 10, "systemsAudited": 0, "proactive": false}}"#,
            expectGrade: "requires-improvement", expectFindings: ["IS-F01"]),
        PluginExample(
            "proactive audit claimed met but no system audited", checklist: "revisit-2012",
            dataReturn: #"{"audits": {"systems": 10, "systemsAudited": 0, "proactive": false}}"#,
            expectGrade: "requires-improvement", expectFindings: ["IS-F01"], expectContradictions: ["IS-03"]),
        PluginExample(
            "personal-account checks claimed met but only force-run accounts are checked", checklist: "revisit-2012",
            dataReturn: #"{"socialMedia": {"monitoring": "force-accounts"}}"#,
            expectGrade: "good", expectFindings: ["IS-F06"], expectContradictions: ["IS-10"]),
        PluginExample(
            "no social media checks contradicts both social media monitoring claims", checklist: "revisit-2012",
            dataReturn: #"{"socialMedia": {"monitoring": "none"}}"#,
            expectGrade: "good", expectFindings: ["IS-F05"], expectContradictions: ["IS-07", "IS-10"]),
        PluginExample(
            "referred social media content never dealt with",
            dataReturn: #"{"socialMedia": {"referrals": 8, "referralsResolved": 0}}"#,
            expectGrade: "outstanding", expectFindings: ["IS-F07"], expectContradictions: ["IS-08"]),
        PluginExample(
            "Leicestershire 2012: personal accounts not routinely monitored, 7 cases found by HMIC's research", checklist: "revisit-2012",
            dataReturn: #"{"socialMedia": {"monitorsForceAccounts": "yes", "monitorsPersonalAccounts": "no", "researchCases": 7}}"#,
            expectGrade: "good", expectFindings: ["IS-F06", "IS-F11"], expectContradictions: ["IS-10"]),
        PluginExample(
            "both kinds of account answered yes and no research cases: a strength",
            dataReturn: #"{"socialMedia": {"monitorsForceAccounts": "yes", "monitorsPersonalAccounts": "yes", "researchCases": 0}}"#,
            expectGrade: "outstanding", expectFindings: ["IS-F08"]),
        PluginExample(
            "force-run accounts not checked while that is claimed met; personal accounts unknown",
            dataReturn: #"{"socialMedia": {"monitorsForceAccounts": "no", "monitorsPersonalAccounts": "unknown"}}"#,
            expectGrade: "outstanding", expectFindings: ["IS-F10"], expectContradictions: ["IS-07"]),
        PluginExample(
            "neither kind of account checked, answered separately: one finding, as for the monitoring choice none", checklist: "revisit-2012",
            overrides: ["IS-07": .notMet, "IS-10": .notMet],
            dataReturn: #"{"socialMedia": {"monitorsForceAccounts": "no", "monitorsPersonalAccounts": "no"}}"#,
            expectGrade: "good", expectFindings: ["IS-F05"]),
        PluginExample(
            "the answers win over the older monitoring choice", checklist: "revisit-2012",
            dataReturn: #"{"socialMedia": {"monitoring": "personal-accounts", "monitorsPersonalAccounts": "no"}}"#,
            expectGrade: "good", expectFindings: ["IS-F06"], expectContradictions: ["IS-10"]),
        PluginExample(
            "Lancashire 2012: 3 cases found by HMIC's research, monitoring not reported",
            dataReturn: #"{"socialMedia": {"researchCases": 3}}"#,
            expectGrade: "outstanding", expectFindings: ["IS-F11"]),
        PluginExample(
            "narrative only: healthy figures, weak evidence", evidence: .narrativeOnly, dataReturn: healthy,
            expectGrade: "requires-improvement", expectFindings: ["IS-F08", "IS-F09"]),
        PluginExample(
            "documents dated outside the period", evidence: .outsidePeriod, dataReturn: healthy,
            expectGrade: "good", expectFindings: ["IS-F08", "IS-F09"]),
        PluginExample(
            "empty data return: judged on the answers alone",
            expectGrade: "outstanding"),
    ]
}
