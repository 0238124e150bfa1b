import ProbityCore

/// The names the procurement indicator files (`ProcurementIndicators`, `CardIndicators`) share:
/// the area's data return, items, thresholds and findings.
protocol ProcurementIndicatorSet: AreaIndicators {}

extension ProcurementIndicatorSet {
    typealias Field = ProcurementDataReturn
    typealias Items = ProcurementItems
    typealias Thresholds = ProcurementThresholds
    typealias Findings = ProcurementFindings
}
