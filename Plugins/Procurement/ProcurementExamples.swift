import ProbityCore

/// The procurement plugin's worked examples: evidence in, grade and findings out.
/// `PluginExampleTests` runs each against every shipped checklist that has the area, over that
/// version's data period, unless it names its checklist (an example that needs an item or a
/// threshold new in 2012 names `revisit-2012`); the default workforce is 2,000.
enum ProcurementExamples {
    static let all: [PluginExample] = [
        PluginExample(
            "all met, well evidenced, every card transaction checked corporately",
            dataReturn: healthyReturn, expectGrade: "outstanding", expectFindings: ["PC-F12"]),
        PluginExample(
            "cards up exactly the allowed 10% (50 to 55) is not a finding",
            dataReturn: #"{"cards": {"held": 55, "heldLastYear": 50}}"#, expectGrade: "outstanding"),
        PluginExample(
            "cards up 12% (50 to 56), just past the allowed rise",
            dataReturn: #"{"cards": {"held": 56, "heldLastYear": 50}}"#, expectGrade: "outstanding", expectFindings: ["PC-F04"]),
        PluginExample(
            "corporate card checks claimed, but only line managers certify transactions", checklist: "revisit-2012",
            dataReturn: #"{"cards": {"transactionChecks": "line-manager-only", "justificationChecked": true}}"#,
            expectGrade: "good", expectFindings: ["PC-F02"], expectContradictions: ["PC-02"]),
        PluginExample(
            "card checks claimed, but a corporate sample looks only at the accuracy of the spend",
            dataReturn: #"{"cards": {"transactionChecks": "corporate-sample", "justificationChecked": false}}"#,
            expectGrade: "good", expectFindings: ["PC-F03"], expectContradictions: ["PC-02"]),
        PluginExample(
            "nobody checks card transactions: cause of concern caps the grade",
            dataReturn: #"{"cards": {"transactionChecks": "none"}}"#,
            expectGrade: "requires-improvement", expectFindings: ["PC-F01"], expectContradictions: ["PC-02"]),
        PluginExample(
            "low-level spend left to budget holders, which the force admits",
            overrides: ["PC-03": .notMet], dataReturn: #"{"lowLevelSpend": {"monitoring": "budget-holder-discretion"}}"#,
            expectGrade: "good", expectFindings: ["PC-F05"]),
        PluginExample(
            "PSD reviewed 5 of 60 contracts and vetting is missing from 1 of 4 outsourced contracts",
            overrides: ["PC-08": .partiallyMet],
            dataReturn: """
                {"contracts": {"awarded": 60}, "psd": {"reviewsProcurement": true, "contractsReviewed": 5},
                 "outsourcing": {"contracts": 4, "withVetting": 3, "withStandards": 4}}
                """,
            expectGrade: "good", expectFindings: ["PC-F06", "PC-F07"], expectContradictions: ["PC-04"]),
        PluginExample(
            "standards of behaviour claimed for outsourced contracts, but 2 of 4 set none", checklist: "revisit-2012",
            dataReturn: #"{"outsourcing": {"contracts": 4, "withVetting": 4, "withStandards": 2}}"#,
            expectGrade: "good", expectFindings: ["PC-F08"], expectContradictions: ["PC-08"]),
        PluginExample(
            "interests cross-checked with suppliers is claimed, but the registers find interests in suppliers",
            registers: RegisterEvidence.example(checks: [
                RegisterCheckResult(id: .interestInSupplier, title: "Business interest in a supplier", count: 2,
                                    rows: ["interests:BI-0041", "interests:BI-0077"]),
            ]),
            expectGrade: "good", expectFindings: ["PC-F10"], expectContradictions: ["PC-06"]),
        PluginExample(
            "hospitality from a supplier before its contract, not accepted by the decision maker",
            registers: RegisterEvidence.example(checks: [
                RegisterCheckResult(id: .hospitalityBeforeContract, title: "Hospitality from a supplier before a contract",
                                    count: 1, rows: ["gifts:G-0300"]),
            ]),
            expectGrade: "outstanding", expectFindings: ["PC-F09"]),
        PluginExample(
            "a contract decided by the recipient of the supplier's hospitality",
            registers: RegisterEvidence.example(checks: [
                RegisterCheckResult(id: .hospitalityBeforeContract, title: "Hospitality from a supplier before a contract",
                                    count: 1, severe: 1, rows: ["gifts:G-0107"]),
            ]),
            expectGrade: "requires-improvement", expectFindings: ["PC-F09"], expectContradictions: ["PC-05"]),
        PluginExample(
            "registers: a staff member with an interest in a supplier decided its contract",
            registers: RegisterEvidence.example(checks: [
                RegisterCheckResult(id: .interestInSupplier, title: "Business interest in a supplier", count: 1,
                                    rows: ["interests:BI-0041"]),
                RegisterCheckResult(id: .interestDecisionMaker, title: "Interest holder decided the supplier's contract", count: 1,
                                    rows: ["contracts:C-0019"]),
            ]),
            // b_worse rows are also b rows: one finding (PC-F11 absorbs PC-F10), penalised once.
            expectGrade: "requires-improvement", expectFindings: ["PC-F11"], expectContradictions: ["PC-05", "PC-06"]),
        PluginExample(
            "healthy figures but claims backed by narrative only",
            evidence: .narrativeOnly, dataReturn: healthyReturn, expectGrade: "requires-improvement", expectFindings: ["PC-F12"]),
        PluginExample(
            "healthy figures but evidence dated outside the period",
            evidence: .outsidePeriod, dataReturn: healthyReturn, expectGrade: "good", expectFindings: ["PC-F12"]),
        PluginExample(
            "empty data return and no registers: judged on the answers alone",
            dataReturn: "{}", expectGrade: "outstanding"),
    ]

    /// 40 cards (50 a year earlier), every transaction checked corporately for justification,
    /// low-level spend monitored corporately, PSD reviewing 20 of 60 contracts, all 3 outsourced
    /// contracts with vetting and standards clauses.
    static let healthyReturn = """
        {
          "cards": {"held": 40, "heldLastYear": 50, "transactionChecks": "corporate-all", "justificationChecked": true},
          "lowLevelSpend": {"monitoring": "corporate"},
          "contracts": {"awarded": 60},
          "psd": {"reviewsProcurement": true, "contractsReviewed": 20},
          "outsourcing": {"contracts": 3, "withVetting": 3, "withStandards": 3}
        }
        """
}
