import ProbityCore

/// Governance and oversight: the integrity board and who sits on it, training of the workforce
/// and of senior leaders, checks of what staff know, published misconduct outcomes, reports to
/// the PCC or police authority, chief officers' own compliance and progress on the integrity
/// action plan.
public struct GovernancePlugin: AreaPlugin {
    public static let descriptor = PluginDescriptor(
        area: "governance",
        name: "Governance and oversight",
        rationale: """
            HMIC's 2012 revisit found every force using existing or new chief officer meetings to \
            oversee integrity and its action plan, some with staff associations at the table (which \
            HMIC considered good practice), but the pace of progress uneven. Training on integrity \
            was patchy in most forces, senior leaders had not been trained in identifying, preventing \
            and managing corruption, and there was little evidence of forces checking what staff \
            actually knew of their policies; one force had stopped publicising misconduct outcomes. \
            Police authorities received more integrity reports but few had changed their oversight, \
            and a small number of senior leaders were still breaching integrity policies. The 2012 \
            recommendations ask for auditable governance, workforce knowledge assessments and \
            integrity training for senior leaders. This plugin reads the board's frequency and \
            membership, training and knowledge-check coverage, published outcomes, reports to the \
            PCC, chief officer breaches and action plan progress, and tests the force's claims \
            against them.
            """,
        dataReturn: GovernanceDataReturn.schema,
        thresholds: GovernanceThresholds.all,
        findings: GovernanceFindings.all,
        examples: GovernanceExamples.all)

    public init() {}

    public func evaluate(_ context: AreaContext) -> AreaEvaluation {
        let indicators = GovernanceIndicators(context: context)
        return AreaEvaluation(findings: indicators.findings, metrics: indicators.metrics.all)
    }
}
