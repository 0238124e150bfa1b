import ProbityCore

/// A scored assessment as one CSV table for spreadsheets: one row per checklist item, then one
/// row per finding, told apart by the `record` column (`item` or `finding`). Columns that do
/// not apply to a record are left empty. Text cells are neutralised (see `CSVField`); weights
/// and scores are numbers. The file carries no timestamp, so two exports of the same
/// assessment are byte-identical.
public enum AssessmentCSVRenderer {
    public static let header = [
        "record", "area", "item", "status", "weight", "score", "evidence", "findings",
        "narrative", "reason", "finding", "kind", "title", "detail",
    ]

    /// Separates several ids or titles within one cell.
    static let listSeparator = "; "

    public static func render(_ scorecard: Scorecard, assessment: Assessment, checklist: Checklist) -> String {
        table(scorecard, assessment: assessment, checklist: checklist).render()
    }

    public static func table(_ scorecard: Scorecard, assessment: Assessment, checklist: Checklist) -> CSVTable {
        var rows: [[CSVField]] = []
        for area in scorecard.areas {
            rows += area.items.map { itemRow($0, area: area, assessment: assessment, checklist: checklist) }
        }
        for area in scorecard.areas {
            rows += area.findings.map { findingRow($0, area: area.area) }
        }
        return CSVTable(header: header, rows: rows)
    }

    static func itemRow(_ score: ItemScore, area: AreaResult, assessment: Assessment, checklist: Checklist) -> [CSVField] {
        let answer = assessment.answer(for: score.item)
        let findings = area.findings.filter { $0.items.contains(score.item) || $0.contradicts.contains(score.item) }
        return [
            .text("item"), .text(area.area.rawValue), .text(score.item.rawValue), .text(score.status.rawValue),
            .number(score.weight), score.isScored ? .number(score.credit * 100) : .empty,
            text(evidence(score.evidenceIDs, assessment: assessment)),
            text(findings.map(\.id.rawValue).joined(separator: listSeparator)),
            text(answer?.narrative ?? ""), text(answer?.reason ?? ""),
            .empty, .empty, text(checklist.item(score.item)?.question ?? ""), .empty,
        ]
    }

    static func findingRow(_ finding: Finding, area: AreaID) -> [CSVField] {
        [
            .text("finding"), .text(area.rawValue), text(finding.items.map(\.rawValue).joined(separator: listSeparator)),
            .empty, .empty, .empty, text(finding.evidence.map(\.rawValue).joined(separator: listSeparator)), .empty,
            .empty, .empty, .text(finding.id.rawValue), .text(finding.kind.rawValue), text(finding.title), text(finding.detail),
        ]
    }

    /// `EV-01 Register export; EV-02 Minutes` for the records an answer cites.
    static func evidence(_ ids: [EvidenceID], assessment: Assessment) -> String {
        ids.map { id in
            guard let title = assessment.evidenceRecord(id)?.title, !title.isEmpty else { return id.rawValue }
            return "\(id) \(title)"
        }.joined(separator: listSeparator)
    }

    static func text(_ value: String) -> CSVField { value.isEmpty ? .empty : .text(value) }
}
