import ProbityCore

/// The governance plugin's worked examples: evidence in, grade and findings out.
/// `PluginExampleTests` runs each against every shipped checklist that has the area, over that
/// version's data period, unless it names its checklist (an example that needs an item or a
/// threshold new in 2012 names `revisit-2012`); the default workforce is 2,000.
enum GovernanceExamples {
    static let healthy = """
        {
          "training": {"eligible": 2000, "trained": 1900, "seniorLeaders": 20, "seniorLeadersTrained": 18},
          "knowledge": {"assessed": 400},
          "board": {"meetings": 6, "staffAssociationsAttend": true},
          "misconduct": {"cases": 4, "outcomesPublished": 4},
          "oversight": {"reportsToPcc": 3},
          "chiefOfficers": {"policyBreaches": 0},
          "actionPlan": {"actions": 20, "completed": 15}
        }
        """

    static let all: [PluginExample] = [
        PluginExample(
            "all met, well evidenced, healthy figures", dataReturn: healthy,
            expectGrade: "outstanding", expectFindings: ["GV-F05"]),
        PluginExample(
            "board meetings exactly at the minimum (3 in 9 months at 4 a year)", checklist: "revisit-2012",
            dataReturn: #"{"board": {"meetings": 3, "staffAssociationsAttend": true}}"#,
            expectGrade: "outstanding"),
        PluginExample(
            "board meetings just below the minimum (2 in 9 months)",
            dataReturn: #"{"board": {"meetings": 2, "staffAssociationsAttend": true}}"#,
            expectGrade: "outstanding", expectFindings: ["GV-F02"]),
        PluginExample(
            "training exactly at the minimum share (1,000 of 2,000)",
            dataReturn: #"{"training": {"eligible": 2000, "trained": 1000}}"#,
            expectGrade: "outstanding"),
        PluginExample(
            "training just below the minimum share (999 of 2,000)",
            dataReturn: #"{"training": {"eligible": 2000, "trained": 999}}"#,
            expectGrade: "outstanding", expectFindings: ["GV-F04"]),
        PluginExample(
            "no integrity board meeting, honestly answered not met: a cause of concern caps the grade",
            overrides: ["GV-02": .notMet], dataReturn: #"{"board": {"meetings": 0}}"#,
            expectGrade: "requires-improvement", expectFindings: ["GV-F01"]),
        PluginExample(
            "chief officers' example claimed met but a chief officer breached policy",
            dataReturn: #"{"chiefOfficers": {"policyBreaches": 1}}"#,
            expectGrade: "requires-improvement", expectFindings: ["GV-F10"], expectContradictions: ["GV-04"]),
        PluginExample(
            "staff associations absent from a board claimed to include them", checklist: "revisit-2012",
            dataReturn: #"{"board": {"meetings": 4, "staffAssociationsAttend": false}}"#,
            expectGrade: "good", expectFindings: ["GV-F03"], expectContradictions: ["GV-02"]),
        PluginExample(
            "PCC scrutiny claimed met but no integrity report received",
            dataReturn: #"{"oversight": {"reportsToPcc": 0}}"#,
            expectGrade: "good", expectFindings: ["GV-F09"], expectContradictions: ["GV-08"]),
        PluginExample(
            "misconduct outcomes never published though publicising is claimed met", checklist: "revisit-2012",
            dataReturn: #"{"misconduct": {"cases": 5, "outcomesPublished": 0}}"#,
            expectGrade: "outstanding", expectFindings: ["GV-F08"], expectContradictions: ["GV-11"]),
        PluginExample(
            "half the senior leaders trained, knowledge barely tested, action plan behind", checklist: "revisit-2012",
            dataReturn: """
                {"training": {"eligible": 2000, "trained": 1200, "seniorLeaders": 12, "seniorLeadersTrained": 6},
                 "knowledge": {"assessed": 50}, "actionPlan": {"actions": 20, "completed": 5}}
                """,
            expectGrade: "good", expectFindings: ["GV-F06", "GV-F07", "GV-F11"]),
        PluginExample(
            "narrative only: healthy figures, weak evidence", evidence: .narrativeOnly, dataReturn: healthy,
            expectGrade: "requires-improvement", expectFindings: ["GV-F05"]),
        PluginExample(
            "documents dated outside the period", evidence: .outsidePeriod, dataReturn: healthy,
            expectGrade: "good", expectFindings: ["GV-F05"]),
        PluginExample(
            "empty data return: judged on the answers alone",
            expectGrade: "outstanding"),
    ]
}
