import ProbityCore

/// The business interests plugin's worked examples: evidence in, grade and findings out.
/// `PluginExampleTests` runs each against every shipped checklist that has the area, over that
/// version's data period, unless it names its checklist (an example that needs an item or a
/// threshold new in 2012 names `revisit-2012`); the default workforce is 2,000.
enum BusinessInterestsExamples {
    static let all: [PluginExample] = [
        PluginExample(
            "all met, well evidenced, every condition checked and few reviews overdue",
            dataReturn: healthyReturn, expectGrade: "outstanding", expectFindings: ["BI-F09"]),
        PluginExample(
            "reviews overdue exactly at the allowed 10% (4 of 40) is not a finding",
            overrides: ["BI-05": .partiallyMet], dataReturn: #"{"reviews": {"due": 40, "overdue": 4}}"#,
            expectGrade: "outstanding"),
        PluginExample(
            "reviews overdue just past the allowed share (5 of 40)",
            overrides: ["BI-05": .partiallyMet], dataReturn: #"{"reviews": {"due": 40, "overdue": 5}}"#,
            expectGrade: "outstanding", expectFindings: ["BI-F02"]),
        PluginExample(
            "refusing breaches of guidance claimed, but 3 approvals breach it",
            dataReturn: #"{"breachApprovals": {"drivers": 2, "drivingInstructors": 1, "policeSkillsTraining": 0}}"#,
            expectGrade: "good", expectFindings: ["BI-F01"], expectContradictions: ["BI-04"]),
        PluginExample(
            "the 2012 national return as one force: 121 approvals in breach of guidance are a cause of concern",
            dataReturn: nationalReturn, workforce: 230_000,
            expectGrade: "requires-improvement", expectFindings: ["BI-F01"], expectContradictions: ["BI-04"]),
        PluginExample(
            "conditions checking claimed, but none of 20 conditional approvals was checked", checklist: "revisit-2012",
            dataReturn: #"{"applications": {"approved": 60, "approvedWithConditions": 20}, "reviews": {"conditionsChecked": 0}}"#,
            expectGrade: "good", expectFindings: ["BI-F03"], expectContradictions: ["BI-10"]),
        PluginExample(
            "84 applications, every one approved",
            dataReturn: #"{"applications": {"total": 84, "approved": 84, "refused": 0, "withdrawn": 0, "pending": 0}}"#,
            expectGrade: "outstanding", expectFindings: ["BI-F04"], expectMetrics: ["approval-rate": 1, "refusal-rate": 0]),
        PluginExample(
            "Leicestershire 2012: all but one of 84 applications approved, the remainder not broken down",
            dataReturn: #"{"applications": {"total": 84, "approved": 83}}"#,
            expectGrade: "outstanding", expectMetrics: ["approval-rate": 83.0 / 84.0]),
        PluginExample(
            "Lancashire 2012: 140 of 145 applications approved",
            dataReturn: #"{"applications": {"total": 145, "approved": 140}}"#,
            expectGrade: "outstanding", expectMetrics: ["approval-rate": 140.0 / 145.0]),
        PluginExample(
            "applications withdrawn or still pending are not decided: 140 approved of 143 decided",
            dataReturn: #"{"applications": {"total": 145, "approved": 140, "pending": 2}}"#,
            expectGrade: "outstanding", expectMetrics: ["approval-rate": 140.0 / 143.0]),
        PluginExample(
            "registers: interests in suppliers alone contradict no business interests item (the cross-check item is PC-06)",
            registers: RegisterEvidence.example(checks: [
                RegisterCheckResult(id: .interestInSupplier, title: "Business interest in a supplier", count: 2,
                                    rows: ["interests:BI-0041", "interests:BI-0077"]),
            ]),
            expectGrade: "outstanding", expectFindings: ["BI-F05"]),
        PluginExample(
            "registers: an interest in a supplier whose contract the holder decided caps the grade",
            registers: RegisterEvidence.example(checks: [
                RegisterCheckResult(id: .interestInSupplier, title: "Business interest in a supplier", count: 3,
                                    rows: ["interests:BI-0041", "interests:BI-0077", "interests:BI-0102"]),
                RegisterCheckResult(id: .interestDecisionMaker, title: "Interest holder decided the supplier's contract",
                                    count: 1, rows: ["contracts:C-0019"]),
            ]),
            // b_worse rows are also b rows: one finding (BI-F06 absorbs BI-F05), penalised once.
            expectGrade: "requires-improvement", expectFindings: ["BI-F06"], expectContradictions: ["BI-06"]),
        PluginExample(
            "registers: prohibited second jobs and overdue reviews contradict the claims", checklist: "revisit-2012",
            registers: RegisterEvidence.example(checks: [
                RegisterCheckResult(id: .prohibitedSecondJob, title: "Approved second job in a prohibited category", count: 2,
                                    rows: ["interests:BI-0008", "interests:BI-0063"]),
                RegisterCheckResult(id: .reviewOverdue, title: "Approved interest overdue for review", count: 5,
                                    rows: ["interests:BI-0011", "interests:BI-0012", "interests:BI-0020"]),
            ]),
            expectGrade: "good", expectFindings: ["BI-F07", "BI-F08"], expectContradictions: ["BI-04", "BI-05"]),
        PluginExample(
            "a register check confirming the return's breach approvals is the same fact: one finding",
            dataReturn: """
            {"applications": {"total": 100, "approved": 96, "refused": 2, "withdrawn": 1, "pending": 1},
             "breachApprovals": {"drivers": 2, "drivingInstructors": 0, "policeSkillsTraining": 0}}
            """,
            registers: RegisterEvidence.example(checks: [
                RegisterCheckResult(id: .prohibitedSecondJob, title: "Approved second job in a prohibited category", count: 2,
                                    rows: ["interests:BI-0008", "interests:BI-0063"]),
            ]),
            expectGrade: "good", expectFindings: ["BI-F01"], expectContradictions: ["BI-04"]),
        PluginExample(
            "healthy figures but claims backed by narrative only",
            evidence: .narrativeOnly, dataReturn: healthyReturn, expectGrade: "requires-improvement", expectFindings: ["BI-F09"]),
        PluginExample(
            "healthy figures but evidence dated outside the period",
            evidence: .outsidePeriod, dataReturn: healthyReturn, expectGrade: "good", expectFindings: ["BI-F09"]),
        PluginExample(
            "empty data return and no registers: judged on the answers alone",
            dataReturn: "{}", expectGrade: "outstanding"),
    ]

    /// 100 applications (90 approved, 30 of them with conditions, all checked), 2 of 40 reviews
    /// overdue, no approvals in breach of guidance, 4 investigations.
    static let healthyReturn = """
        {
          "applications": {"total": 100, "approved": 90, "refused": 6, "withdrawn": 1, "pending": 3,
                           "approvedWithConditions": 30},
          "reviews": {"due": 40, "overdue": 2, "conditionsChecked": 30},
          "breachApprovals": {"drivers": 0, "drivingInstructors": 0, "policeSkillsTraining": 0},
          "investigations": {"total": 4, "outcomes": {"continuing": 1, "referredExternally": 0,
                             "noFurtherAction": 1, "managementAction": 2, "leftService": 0}}
        }
        """

    /// HMIC's 2012 national figures (over a third of approvals with conditions: 1,300 here).
    static let nationalReturn = """
        {
          "applications": {"total": 3858, "approved": 3714, "refused": 103, "withdrawn": 5, "pending": 36,
                           "approvedWithConditions": 1300},
          "breachApprovals": {"drivers": 76, "drivingInstructors": 14, "policeSkillsTraining": 31},
          "investigations": {"total": 154, "outcomes": {"continuing": 41, "referredExternally": 3,
                             "noFurtherAction": 35, "managementAction": 65, "leftService": 10}}
        }
        """
}
