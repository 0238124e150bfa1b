import ProbityCore

/// Relationships with the media: how contacts with journalists are recorded and checked, how
/// corporate communications and PSD share information about leaks, how far communications
/// channels are monitored, and how many investigations media relationships give rise to.
public struct MediaPlugin: AreaPlugin {
    public static let descriptor = PluginDescriptor(
        area: "media",
        name: "Relationships with the media",
        rationale: """
            HMIC's 2012 revisit found that all but one force had put procedures in place to record \
            meetings and discussions with the media, but few checked compliance other than for staff \
            in media teams; 38 forces had a formal process for corporate communications and PSD to \
            exchange information on possible leaks; and all but one could monitor their communications \
            channels, though only reactively, with 34 able to monitor email, computer access and \
            telephone calls. Between September 2011 and May 2012 there were 19 investigations into \
            inappropriate relationships with the media (10 local, 9 national), against 12 in the \
            previous five years. This plugin checks a force's claims against the same figures: \
            contacts recorded and checked, the communications–PSD exchange, the channels it can \
            monitor and whether it does so routinely, and the rate of media relationship investigations.
            """,
        dataReturn: MediaDataReturn.schema,
        thresholds: MediaThresholds.all,
        findings: MediaFindings.all,
        examples: MediaExamples.all)

    public init() {}

    public func evaluate(_ context: AreaContext) -> AreaEvaluation {
        let indicators = MediaIndicators(context: context)
        return AreaEvaluation(findings: indicators.findings, metrics: indicators.metrics.all)
    }
}
