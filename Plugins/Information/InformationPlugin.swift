import ProbityCore

/// Information disclosure and security: how many disclosure investigations a force runs for its
/// size and to whom information went, how far it proactively audits its systems, and how it
/// checks and acts on staff use of social media.
public struct InformationPlugin: AreaPlugin {
    public static let descriptor = PluginDescriptor(
        area: "information",
        name: "Information disclosure and security",
        rationale: """
            Inappropriate disclosure of information is the great majority of integrity investigations: \
            between September 2011 and May 2012 forces ran 1,737 of them (364 disclosures to criminals, \
            312 to friends or family, 367 for personal use, 98 to the media, 596 to others), and 603 \
            were still continuing at the end of May. HMIC found wide variation — an average of 39 per \
            force, but seven forces with 10 or fewer and five with over 90 — and a lack of consistent \
            proactive monitoring: 41 forces audited or dip-sampled some systems, three made no proactive \
            checks at all, and checks beyond the PNC, internet and email were limited. On social media, \
            only nine forces could check personal accounts and nine made no checks at all. This plugin \
            reads the force's disclosure investigations against its workforce (too few suggests \
            under-detection, too many a risk signal), the reach of its proactive audits, and its \
            social media checks, and tests the force's claims against them.
            """,
        dataReturn: InformationDataReturn.schema,
        thresholds: InformationThresholds.all,
        findings: InformationFindings.all,
        examples: InformationExamples.all)

    public init() {}

    public func evaluate(_ context: AreaContext) -> AreaEvaluation {
        let indicators = InformationIndicators(context: context)
        return AreaEvaluation(findings: indicators.findings, metrics: indicators.metrics.all)
    }
}
