import ProbityCore

/// Anti-corruption and professional standards: the volume and outcomes of integrity
/// investigations, whether the anti-corruption unit is big enough and led senior enough to work
/// proactively, how much of its work is proactive, confidential reporting, vulnerability
/// analysis and the checking of chief officers.
public struct ProfessionalStandardsPlugin: AreaPlugin {
    public static let descriptor = PluginDescriptor(
        area: "professional-standards",
        name: "Anti-corruption and professional standards",
        rationale: """
            Between September 2011 and May 2012 forces ran 2,207 investigations into potential \
            integrity breaches (245 a month, up from 151): 708 were continuing at the end of May, 45 \
            had been referred to external bodies, 744 closed with no further action, 643 resolved by \
            management advice or warning and 67 ended with the person leaving the service. HMIC found \
            ACU staffing largely unchanged since 2011 (up in six forces, down slightly in nine), ACUs \
            led by a detective inspector in just over half of forces and by a detective sergeant in a \
            few, and warned that small units under junior leads are unlikely to be anything other than \
            reactive; every force's checking was largely reactive, most had not assessed who is \
            vulnerable to corruption (including through financial stress), and there was little \
            evidence of PSDs checking and challenging chief officers. This plugin reads the ACU's \
            size against the workforce, its change since 2011 and its lead's rank, the share of \
            investigations begun proactively, confidential reporting, vulnerability analysis and \
            checks of chief officers, and tests the force's claims against them.
            """,
        dataReturn: ProfessionalStandardsDataReturn.schema,
        thresholds: ProfessionalStandardsThresholds.all,
        findings: ProfessionalStandardsFindings.all,
        examples: ProfessionalStandardsExamples.all)

    public init() {}

    public func evaluate(_ context: AreaContext) -> AreaEvaluation {
        let indicators = ProfessionalStandardsIndicators(context: context)
        return AreaEvaluation(findings: indicators.findings, metrics: indicators.metrics.all)
    }
}
