import ProbityCore

/// The media plugin's worked examples: evidence in, grade and findings out.
/// `PluginExampleTests` runs each against every shipped checklist that has the area, over that
/// version's data period, unless it names its checklist (an example that needs an item or a
/// threshold new in 2012 names `revisit-2012`); the default workforce is 2,000.
enum MediaExamples {
    static let healthy = """
        {
          "investigations": {
            "total": 1, "local": 1, "national": 0,
            "outcomes": {"continuing": 0, "referredExternally": 0, "noFurtherAction": 1, "managementAction": 0, "leftService": 0}
          },
          "contacts": {"recorded": 60, "checked": 12, "checksBeyondMediaTeam": true},
          "liaison": {"formalProcess": true},
          "monitoring": {"email": true, "computerAccess": true, "telephone": true, "routine": true}
        }
        """

    static let all: [PluginExample] = [
        PluginExample(
            "all met, well evidenced, healthy figures", dataReturn: healthy,
            expectGrade: "outstanding", expectFindings: ["MR-F09", "MR-F10"]),
        PluginExample(
            "recorded contacts exactly at the minimum rate (10 for 2,000 staff = 5 per 1,000)",
            dataReturn: #"{"contacts": {"recorded": 10}}"#,
            expectGrade: "outstanding"),
        PluginExample(
            "recorded contacts just below the minimum rate (9 for 2,000 staff = 4.5 per 1,000)",
            dataReturn: #"{"contacts": {"recorded": 9}}"#,
            expectGrade: "outstanding", expectFindings: ["MR-F04"]),
        PluginExample(
            "media investigations exactly at the maximum rate (1 for 2,000 staff = 0.5 per 1,000)",
            dataReturn: #"{"investigations": {"total": 1, "local": 0, "national": 1}}"#,
            expectGrade: "outstanding"),
        PluginExample(
            "media investigations past the maximum rate (2 for 2,000 staff = 1 per 1,000)",
            dataReturn: #"{"investigations": {"total": 2, "local": 1, "national": 1}}"#,
            expectGrade: "outstanding", expectFindings: ["MR-F08"]),
        PluginExample(
            "contact recording claimed met but no contacts recorded",
            dataReturn: #"{"contacts": {"recorded": 0}}"#,
            expectGrade: "good", expectFindings: ["MR-F04"], expectContradictions: ["MR-02"]),
        PluginExample(
            "no channel can be monitored: a cause of concern caps the grade",
            dataReturn: #"{"monitoring": {"email": false, "computerAccess": false, "telephone": false, "routine": false}}"#,
            expectGrade: "requires-improvement", expectFindings: ["MR-F01"], expectContradictions: ["MR-05"]),
        PluginExample(
            "reactive-only monitoring contradicts the claim of routine monitoring", checklist: "revisit-2012",
            dataReturn: #"{"monitoring": {"email": true, "computerAccess": true, "telephone": true, "routine": false}}"#,
            expectGrade: "good", expectFindings: ["MR-F03"], expectContradictions: ["MR-05"]),
        PluginExample(
            "telephone calls cannot be monitored",
            dataReturn: #"{"monitoring": {"email": true, "computerAccess": true, "telephone": false, "routine": true}}"#,
            expectGrade: "outstanding", expectFindings: ["MR-F02"]),
        PluginExample(
            "thin compliance checks confined to the media team",
            dataReturn: #"{"contacts": {"recorded": 100, "checked": 5, "checksBeyondMediaTeam": false}}"#,
            expectGrade: "outstanding", expectFindings: ["MR-F05", "MR-F06"]),
        PluginExample(
            "no communications-PSD exchange, honestly answered partially met",
            overrides: ["MR-04": .partiallyMet], dataReturn: #"{"liaison": {"formalProcess": false}}"#,
            expectGrade: "outstanding", expectFindings: ["MR-F07"]),
        PluginExample(
            "Leicestershire 2012: two media disclosure investigations, one continuing, kept apart from relationships",
            dataReturn: """
                {"disclosures": {"total": 2, "outcomes": {"continuing": 1, "referredExternally": 0, "noFurtherAction": 1,
                                                          "managementAction": 0, "leftService": 0}}}
                """,
            expectGrade: "outstanding", expectMetrics: ["disclosures-per-1000-workforce": 1, "disclosures-continuing-share": 0.5]),
        PluginExample(
            "Lancashire 2012: no media disclosure investigations",
            dataReturn: #"{"disclosures": {"total": 0}, "investigations": {"total": 0}}"#,
            expectGrade: "outstanding", expectMetrics: ["disclosures-per-1000-workforce": 0]),
        PluginExample(
            "narrative only: healthy figures, weak evidence", evidence: .narrativeOnly, dataReturn: healthy,
            expectGrade: "requires-improvement", expectFindings: ["MR-F09", "MR-F10"]),
        PluginExample(
            "documents dated outside the period", evidence: .outsidePeriod, dataReturn: healthy,
            expectGrade: "good", expectFindings: ["MR-F09", "MR-F10"]),
        PluginExample(
            "empty data return: judged on the answers alone",
            expectGrade: "outstanding"),
    ]
}
