import ProbityCore

/// The professional-standards plugin's worked examples: evidence in, grade and findings out.
/// `PluginExampleTests` runs each against every shipped checklist that has the area, over that
/// version's data period, unless it names its checklist (an example that needs an item or a
/// threshold new in 2012 names `revisit-2012`); the default workforce is 2,000.
enum ProfessionalStandardsExamples {
    static let healthy = """
        {
          "investigations": {
            "total": 20, "proactive": 6,
            "outcomes": {"continuing": 6, "referredExternally": 1, "noFurtherAction": 6, "managementAction": 5, "leftService": 2}
          },
          "acu": {"staff": 4, "staffLastYear": 3.5, "leadRank": "detective-inspector", "collaborative": false},
          "confidentialReporting": {"reports": 6},
          "chiefOfficers": {"checks": 4},
          "vulnerability": {"riskAssessment": true, "financialStressAnalysis": true}
        }
        """

    static let all: [PluginExample] = [
        PluginExample(
            "all met, well evidenced, healthy figures", dataReturn: healthy,
            expectGrade: "outstanding", expectFindings: ["PS-F10", "PS-F11"]),
        PluginExample(
            "Leicestershire 2012: ACU staff unchanged since 2011 with no headcount, 38 integrity investigations",
            dataReturn: #"{"investigations": {"total": 38}, "acu": {"staff": "unchanged"}}"#,
            expectGrade: "outstanding", expectMetrics: ["acu-staff-change": 0, "investigations-per-1000-workforce": 19]),
        PluginExample(
            "ACU staff unchanged beside last year's headcount: no change, neither growth nor a cut",
            dataReturn: #"{"acu": {"staff": "unchanged", "staffLastYear": 4, "collaborative": false}}"#,
            expectGrade: "outstanding", expectMetrics: ["acu-staff-change": 0]),
        PluginExample(
            "ACU staff and investigations unknown: nothing computed, nothing raised",
            dataReturn: #"{"investigations": {"total": "unknown", "proactive": 3}, "acu": {"staff": "unknown", "staffLastYear": 4}}"#,
            expectGrade: "outstanding"),
        PluginExample(
            "ACU exactly at the minimum size (2 FTE for 2,000 staff = 1 per 1,000)",
            dataReturn: #"{"acu": {"staff": 2, "leadRank": "detective-inspector"}}"#,
            expectGrade: "outstanding"),
        PluginExample(
            "ACU just below the minimum size (1.9 FTE for 2,000 staff), honestly answered partially met", checklist: "revisit-2012",
            overrides: ["PS-02": .partiallyMet],
            dataReturn: #"{"acu": {"staff": 1.9, "leadRank": "detective-inspector"}}"#,
            expectGrade: "outstanding", expectFindings: ["PS-F02"]),
        PluginExample(
            "small ACU led by a detective sergeant: a cause of concern caps the grade",
            overrides: ["PS-02": .partiallyMet, "PS-03": .partiallyMet],
            dataReturn: #"{"acu": {"staff": 1.5, "leadRank": "detective-sergeant"}}"#,
            expectGrade: "requires-improvement", expectFindings: ["PS-F01"]),
        PluginExample(
            "senior-detective lead claimed met but the ACU is led by a detective sergeant",
            dataReturn: #"{"acu": {"staff": 4, "leadRank": "detective-sergeant"}}"#,
            expectGrade: "good", expectFindings: ["PS-F03"], expectContradictions: ["PS-03"]),
        PluginExample(
            "proactive intelligence claimed met but no investigation began proactively",
            dataReturn: #"{"investigations": {"total": 10, "proactive": 0}}"#,
            expectGrade: "good", expectFindings: ["PS-F05"], expectContradictions: ["PS-04"]),
        PluginExample(
            "ACU cut by exactly the maximum fall since 2011 (5 to 4 FTE = 20%)",
            dataReturn: #"{"acu": {"staff": 4, "staffLastYear": 5}}"#,
            expectGrade: "outstanding"),
        PluginExample(
            "ACU cut by more than the maximum fall since 2011 (5 to 3.9 FTE = 22%)",
            dataReturn: #"{"acu": {"staff": 3.9, "staffLastYear": 5}}"#,
            expectGrade: "outstanding", expectFindings: ["PS-F04"]),
        PluginExample(
            "ACU smaller after merging with a neighbouring force's unit",
            dataReturn: #"{"acu": {"staff": 3, "staffLastYear": 5, "collaborative": true}}"#,
            expectGrade: "outstanding"),
        PluginExample(
            "vulnerability to corruption never assessed, though the assessment is claimed met",
            dataReturn: #"{"vulnerability": {"riskAssessment": false, "financialStressAnalysis": false}}"#,
            expectGrade: "outstanding", expectFindings: ["PS-F06"], expectContradictions: ["PS-10"]),
        PluginExample(
            "vulnerability to corruption never assessed, honestly answered not met",
            overrides: ["PS-10": .notMet], dataReturn: #"{"vulnerability": {"riskAssessment": false}}"#,
            expectGrade: "outstanding", expectFindings: ["PS-F06"]),
        PluginExample(
            "vulnerability assessed without looking at financial stress",
            dataReturn: #"{"vulnerability": {"riskAssessment": true, "financialStressAnalysis": false}}"#,
            expectGrade: "outstanding", expectFindings: ["PS-F07"]),
        PluginExample(
            "confidential reporting line exactly at the minimum use (1 report for 2,000 staff)",
            dataReturn: #"{"confidentialReporting": {"reports": 1}}"#,
            expectGrade: "outstanding"),
        PluginExample(
            "confidential reporting line unused",
            dataReturn: #"{"confidentialReporting": {"reports": 0}}"#,
            expectGrade: "outstanding", expectFindings: ["PS-F08"]),
        PluginExample(
            "chief officer challenge claimed met but no check recorded", checklist: "revisit-2012",
            dataReturn: #"{"chiefOfficers": {"checks": 0}}"#,
            expectGrade: "good", expectFindings: ["PS-F09"], expectContradictions: ["PS-11"]),
        PluginExample(
            "narrative only: healthy figures, weak evidence", evidence: .narrativeOnly, dataReturn: healthy,
            expectGrade: "requires-improvement", expectFindings: ["PS-F10", "PS-F11"]),
        PluginExample(
            "documents dated outside the period", evidence: .outsidePeriod, dataReturn: healthy,
            expectGrade: "good", expectFindings: ["PS-F10", "PS-F11"]),
        PluginExample(
            "empty data return: judged on the answers alone",
            expectGrade: "outstanding"),
    ]
}
