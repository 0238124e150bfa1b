import ProbityCore

/// Second jobs and business interests: whether applications are decided against the guidance,
/// approvals reviewed and their conditions checked, and conflicts with the force's suppliers found.
public struct BusinessInterestsPlugin: AreaPlugin {
    public static let descriptor = PluginDescriptor(
        area: "business-interests", name: "Second jobs and business interests",
        rationale: """
            Between September 2011 and May 2012 officers and staff made 3,858 applications for secondary employment \
            or business interests: 3,714 approved (over a third with conditions), 103 refused, 5 withdrawn and 36 \
            still pending. There were 154 investigations into secondary employment (82 in the whole of 2010/11), yet \
            11 forces investigated none. All forces now have policies and registers, but HMIC (2012) found that few \
            check that conditions are kept or that refused applicants have not taken up the job anyway, that review \
            intervals ranged from six months to three years, and that applications were still approved in breach of \
            guidance (76 drivers, 14 driving instructors and 31 police-related skills trainers since December 2011). \
            23 forces did not cross-check business interests with supplier lists and contracts registers. HMIC \
            recommended a review of secondary employment and business interests in every PDR, including refused \
            applications and conditions. The indicators read approvals in breach of guidance, overdue reviews, \
            conditions checked and the refusal rate and, when the registers are read, interests in suppliers (check \
            b), contracts decided by the holder of such an interest (b_worse), approvals in prohibited categories \
            (d) and interests overdue for review (e).
            """,
        dataReturn: BusinessInterestsDataReturn.schema,
        thresholds: BusinessInterestsThresholds.all,
        findings: BusinessInterestsFindings.all,
        examples: BusinessInterestsExamples.all)

    public init() {}

    public func evaluate(_ context: AreaContext) -> AreaEvaluation {
        AreaEvaluation(findings: BusinessInterestsIndicators(context: context).findings,
                       metrics: BusinessInterestsMetrics(context: context).all)
    }
}
