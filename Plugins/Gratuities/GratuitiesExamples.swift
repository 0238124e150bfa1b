import ProbityCore

/// The gratuities plugin's worked examples: evidence in, grade and findings out.
/// `PluginExampleTests` runs each against every shipped checklist that has the area, over that
/// version's data period, unless it names its checklist (an example that needs an item or a
/// threshold new in 2012 names `revisit-2012`); the default workforce is 2,000.
enum GratuitiesExamples {
    static let all: [PluginExample] = [
        PluginExample(
            "all met, well evidenced, declines and peer review recorded",
            dataReturn: healthyReturn, expectGrade: "outstanding", expectFindings: ["GH-F07", "GH-F08"]),
        PluginExample(
            "the 2012 national return as one force: 476 of 1,662 hospitality entries declined",
            dataReturn: nationalReturn, workforce: 230_000, expectGrade: "outstanding", expectFindings: ["GH-F08"]),
        PluginExample(
            "declines exactly at the threshold share (50 of 500) are a strength",
            dataReturn: #"{"entries": {"hospitality": 500}, "hospitality": {"accepted": 450, "declined": 50}}"#,
            expectGrade: "outstanding", expectFindings: ["GH-F08"]),
        PluginExample(
            "declines just below the threshold share (49 of 500) are an area for improvement",
            dataReturn: #"{"entries": {"hospitality": 500}, "hospitality": {"accepted": 451, "declined": 49}}"#,
            expectGrade: "outstanding", expectFindings: ["GH-F02"]),
        PluginExample(
            "declined offers claimed recorded, but 0 of 412 hospitality entries are declines", checklist: "revisit-2012",
            dataReturn: noDeclinesReturn, expectGrade: "outstanding", expectFindings: ["GH-F01"],
            expectContradictions: ["GH-02"]),
        PluginExample(
            "no declines and the force admits declines are not recorded: no contradiction", checklist: "revisit-2012",
            overrides: ["GH-02": .notMet], dataReturn: noDeclinesReturn,
            expectGrade: "outstanding", expectFindings: ["GH-F02"]),
        PluginExample(
            "decision maker accepted a supplier's hospitality before its contract: cause of concern caps the grade",
            registers: RegisterEvidence.example(checks: [
                RegisterCheckResult(id: .hospitalityBeforeContract, title: "Hospitality from a supplier before a contract",
                                    count: 2, severe: 1, rows: ["gifts:G-0107", "gifts:G-0212"]),
            ]),
            expectGrade: "requires-improvement", expectFindings: ["GH-F06", "GH-F08"], expectContradictions: ["GH-05"]),
        PluginExample(
            "hospitality from a supplier before its contract, not by the decision maker: area for improvement", checklist: "revisit-2012",
            registers: RegisterEvidence.example(checks: [
                RegisterCheckResult(id: .hospitalityBeforeContract, title: "Hospitality from a supplier before a contract",
                                    count: 1, rows: ["gifts:G-0300"]),
            ]),
            expectGrade: "outstanding", expectFindings: ["GH-F06", "GH-F08"], expectContradictions: ["GH-05"]),
        PluginExample(
            "chief officers' hospitality accepted without peer review while peer review is claimed", checklist: "revisit-2012",
            registers: RegisterEvidence.example(checks: [
                RegisterCheckResult(id: .chiefOfficerNoPeerReview, title: "Chief officers' hospitality without peer review",
                                    count: 3, rows: ["gifts:G-0031", "gifts:G-0044", "gifts:G-0090"]),
            ]),
            expectGrade: "outstanding", expectFindings: ["GH-F05", "GH-F08"], expectContradictions: ["GH-09"]),
        PluginExample(
            "chief officers' entries partly peer reviewed, which the force admits",
            overrides: ["GH-09": .partiallyMet],
            dataReturn: #"{"chiefOfficers": {"entries": 8, "peerReviewed": 5}}"#,
            expectGrade: "outstanding", expectFindings: ["GH-F03"]),
        PluginExample(
            "5 entries for a workforce of 2,000 in nine months: offers probably not recorded",
            dataReturn: #"{"entries": {"total": 5}}"#, expectGrade: "outstanding", expectFindings: ["GH-F04"]),
        PluginExample(
            "healthy figures but claims backed by narrative only",
            evidence: .narrativeOnly, dataReturn: healthyReturn,
            expectGrade: "requires-improvement", expectFindings: ["GH-F07", "GH-F08"]),
        PluginExample(
            "healthy figures but evidence dated outside the period",
            evidence: .outsidePeriod, dataReturn: healthyReturn,
            expectGrade: "good", expectFindings: ["GH-F07", "GH-F08"]),
        PluginExample(
            "Leicestershire 2012: a manual register held at headquarters, cross-checked with contracts only on concern",
            dataReturn: #"{"register": {"medium": "manual", "heldCentrally": true, "crossChecking": "on-concern"}}"#,
            expectGrade: "outstanding", expectFindings: ["GH-F09", "GH-F10"]),
        PluginExample(
            "an electronic register routinely cross-checked with contracts: nothing to raise",
            dataReturn: #"{"register": {"medium": "electronic", "heldCentrally": true, "crossChecking": "routine"}}"#,
            expectGrade: "outstanding"),
        PluginExample(
            "cross-referencing with contractors claimed met, but the register is never cross-checked", checklist: "revisit-2012",
            dataReturn: #"{"register": {"crossChecking": "none"}}"#,
            expectGrade: "outstanding", expectFindings: ["GH-F10"], expectContradictions: ["GH-05"]),
        PluginExample(
            "cross-checking only on concern, honestly answered partially met",
            overrides: ["GH-05": .partiallyMet], dataReturn: #"{"register": {"crossChecking": "on-concern"}}"#,
            expectGrade: "outstanding", expectFindings: ["GH-F10"]),
        PluginExample(
            "empty data return and no registers: judged on the answers alone",
            dataReturn: "{}", expectGrade: "outstanding"),
    ]

    /// 120 entries (60 gratuities, 60 hospitality with 18 declined), every chief officer's entry peer reviewed.
    static let healthyReturn = """
        {
          "entries": {"total": 120, "gratuities": 60, "hospitality": 60},
          "hospitality": {"accepted": 42, "declined": 18},
          "gratuities": {"declined": 5},
          "chiefOfficers": {"entries": 10, "peerReviewed": 10},
          "investigations": {"total": 2, "outcomes": {"continuing": 0, "referredExternally": 0,
                             "noFurtherAction": 1, "managementAction": 1, "leftService": 0}}
        }
        """

    /// HMIC's 2012 national figures (550 declines in all: 476 hospitality, so 74 gratuities).
    static let nationalReturn = """
        {
          "entries": {"total": 3512, "gratuities": 1850, "hospitality": 1662},
          "hospitality": {"accepted": 1186, "declined": 476},
          "gratuities": {"declined": 74},
          "investigations": {"total": 7, "outcomes": {"continuing": 0, "referredExternally": 0,
                             "noFurtherAction": 3, "managementAction": 4, "leftService": 0}}
        }
        """

    /// 412 hospitality entries, none of them declines, and no declined gratuities.
    static let noDeclinesReturn = """
        {
          "entries": {"total": 600, "gratuities": 188, "hospitality": 412},
          "hospitality": {"accepted": 412, "declined": 0},
          "gratuities": {"declined": 0}
        }
        """
}
