import ProbityCore

/// A comparison of two health checks as a workbook: areas (grades, direction of travel, score
/// change), items (statuses and how they moved) and findings (resolved, persisting, new).
public struct XLSXComparisonRenderer: Sendable {
    public init() {}

    public static func workbook(_ comparison: Comparison) -> XLSXWorkbook {
        let old = String(comparison.old.year), new = String(comparison.new.year)
        return XLSXWorkbook(sheets: [
            XLSXSheet(name: "Areas", header: ["area", "title", "grade \(old)", "grade \(new)", "grade movement",
                                              "score change", "direction of travel", "progress index", "why"],
                      rows: [overall(comparison)] + comparison.areas.map(area)),
            XLSXSheet(name: "Items", header: ["area", "item", "status \(old)", "status \(new)", "change", "reason"],
                      rows: comparison.areas.flatMap(\.items).map(item)),
            XLSXSheet(name: "Findings", header: ["area", "finding", "also", "kind", "title", "status", "reason"],
                      rows: comparison.allFindings.map(finding)),
        ])
    }

    static func text(_ value: String?) -> CSVField { value.map(CSVField.text) ?? .empty }

    static func number(_ value: Double?) -> CSVField { value.map(CSVField.number) ?? .empty }

    static func overall(_ comparison: Comparison) -> [CSVField] {
        [.text("overall"), .text("Overall"), .text(comparison.old.overall.gradeLabel), .text(comparison.new.overall.gradeLabel),
         .text(comparison.overall.grade.rawValue), number(comparison.overall.scoreChange), .text(comparison.progress.label),
         number(comparison.progress.index), text(comparison.progress.reason ?? comparison.overall.gradeReason)]
    }

    static func area(_ area: AreaComparison) -> [CSVField] {
        [.text(area.area.rawValue), .text(area.title), text(area.old?.gradeLabel), text(area.new?.gradeLabel),
         .text(area.grade.rawValue), number(area.scoreChange), .text(area.progress.label), number(area.progress.index),
         text(area.progress.reason ?? area.gradeReason)]
    }

    static func item(_ item: ItemComparison) -> [CSVField] {
        let olds = item.old.map { "\($0.item) \($0.status?.rawValue ?? "-")" }.joined(separator: ", ")
        return [.text(item.area.rawValue), .text(item.item.rawValue), .text(olds), text(item.newStatus?.rawValue),
                .text(item.change.rawValue), text(item.reason ?? item.note)]
    }

    static func finding(_ change: FindingChange) -> [CSVField] {
        [.text(change.area.rawValue), .text(change.id.rawValue), text(change.also?.map(\.rawValue).joined(separator: ", ")),
         .text(change.kind.label), .text(change.title), .text(change.status.label(for: change.kind)), text(change.reason)]
    }
}
