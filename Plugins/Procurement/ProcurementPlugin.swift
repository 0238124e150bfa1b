import ProbityCore

/// Procurement and contracting: control of corporate credit and procurement cards, monitoring
/// of low-level spend, PSD involvement in procurement, integrity clauses in outsourced
/// contracts, and conflicts between staff, hospitality and the force's suppliers.
public struct ProcurementPlugin: AreaPlugin {
    public static let descriptor = PluginDescriptor(
        area: "procurement", name: "Procurement and contracting",
        rationale: """
            HMIC (2012) found that forces had generally improved their control of credit and procurement cards (about \
            100 fewer cards than in 2011, 31 forces with systems to allocate and control them), but around a quarter \
            still needed better controls: many rely on line managers to certify transactions with no further corporate \
            check, and a significant proportion check only the accuracy of the spend rather than the justification \
            and appropriateness of the purchase. 16 forces left low-level spend to the discretion of budget holders or \
            local monitoring, in 22 forces PSD became involved in procurement only when a case was referred, 23 forces \
            did not cross-check staff business interests with supplier lists and contracts, and vetting of \
            outsourced staff and behavioural standards in contracts were not common practice (recommendation on \
            outsourced services). The indicators read who checks card transactions and whether justification is \
            checked, the change in cards held, who monitors low-level spend, PSD review of contracts, vetting and \
            standards clauses in outsourced contracts and, when the registers are read, hospitality from suppliers \
            before their contracts (check a) and staff interests in suppliers (checks b and b_worse).
            """,
        dataReturn: ProcurementDataReturn.schema,
        thresholds: ProcurementThresholds.all,
        findings: ProcurementFindings.all,
        examples: ProcurementExamples.all)

    public init() {}

    public func evaluate(_ context: AreaContext) -> AreaEvaluation {
        AreaEvaluation(findings: ProcurementIndicators(context: context).findings,
                       metrics: ProcurementMetrics(context: context).all)
    }
}
