import ProbityCore

/// Gifts, gratuities and hospitality: whether every offer (accepted or declined) is recorded,
/// whether chief officers' offers are peer reviewed and challenged, and whether the register is
/// cross-checked with the force's contractors and suppliers.
public struct GratuitiesPlugin: AreaPlugin {
    public static let descriptor = PluginDescriptor(
        area: "gratuities", name: "Gratuities and hospitality",
        rationale: """
            Between September 2011 and May 2012 forces made 3,512 entries in their gratuities and hospitality \
            registers: 1,850 gratuities and 1,662 hospitality entries, of which 476 (almost a third) were declines. \
            HMIC found every register up to date and checked by its owner, and 30 forces had consolidated to a single \
            register, but only 33 forces kept a record of declined offers (550 entries, around a sixth of all \
            entries), there was little evidence of challenge to chief officers, and 31 forces did not cross-reference their hospitality registers with contractors and \
            prospective suppliers. HMIC (2012) recommended peer review of chief officers' offers and cross-checking \
            of register entries with triangulation of events. The indicators ask whether declines are recorded (a \
            register with no declines cannot show that all offers are recorded), whether there are plausibly as many \
            entries as the workforce would attract, whether chief officers' entries are peer reviewed, and, when the \
            registers are read, whether chief officers accepted hospitality without peer review (check c) or \
            accepted hospitality from a supplier awarded a contract soon after (check a).
            """,
        dataReturn: GratuitiesDataReturn.schema,
        thresholds: GratuitiesThresholds.all,
        findings: GratuitiesFindings.all,
        examples: GratuitiesExamples.all)

    public init() {}

    public func evaluate(_ context: AreaContext) -> AreaEvaluation {
        AreaEvaluation(findings: GratuitiesIndicators(context: context).findings,
                       metrics: GratuitiesMetrics(context: context).all)
    }
}
