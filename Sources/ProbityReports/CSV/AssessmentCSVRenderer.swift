import ProbityCore

/// A scored assessment as one CSV table for spreadsheets: the overall grade, one row per area
/// (its grade, or `not graded` and why), one per checklist item, one per finding, then one per
/// figure the force returned (with its path in the assessment file), told apart by the
/// `record` column (`overall`, `area`, `item`, `finding`, `figure`). Columns that do not apply
/// to a record are left empty. Text cells are neutralised (see `CSVField`); weights and
/// scores are numbers. The file carries no timestamp, so two exports of the same assessment
/// are byte-identical.
public struct AssessmentCSVRenderer: Sendable {
    public init() {}

    public static let header = [
        "record", "area", "item", "status", "weight", "score", "evidence", "findings",
        "narrative", "reason", "finding", "kind", "title", "detail", "grade", "value", "source", "origin",
    ]

    /// What the `grade` column says of an area or force with no grade.
    public static let notGraded = "not graded"

    /// Separates several ids or titles within one cell.
    static let listSeparator = "; "

    public static func render(_ scorecard: Scorecard, assessment: Assessment, checklist: Checklist) -> String {
        table(scorecard, assessment: assessment, checklist: checklist).render()
    }

    public static func table(_ scorecard: Scorecard, assessment: Assessment, checklist: Checklist) -> CSVTable {
        var rows: [[CSVField]] = [overallRow(scorecard)]
        rows += scorecard.areas.map { areaRow($0, scorecard: scorecard) }
        for area in scorecard.areas {
            rows += area.items.map { itemRow($0, area: area, assessment: assessment, checklist: checklist) }
        }
        for area in scorecard.areas {
            rows += area.findings.map { findingRow($0, area: area.area) }
        }
        for area in scorecard.areas {
            rows += (area.returnFigures ?? []).map { figureRow($0, area: area.area) }
        }
        return CSVTable(header: header, rows: rows)
    }

    /// One row with the columns named, every other column empty.
    static func row(_ fields: [String: CSVField]) -> [CSVField] {
        header.map { fields[$0] ?? .empty }
    }

    /// The overall grade (`Good (provisional)`, or `not graded` when withheld), the score when
    /// there is one, and why the grade is provisional or withheld.
    static func overallRow(_ scorecard: Scorecard) -> [CSVField] {
        let withheld = scorecard.overall.status == .withheld
        return row([
            "record": .text("overall"), "title": .text("Overall"),
            "grade": .text(withheld ? notGraded : JudgementText.overallLabel(scorecard)),
            "score": withheld ? .empty : .number(scorecard.overallScore),
            "reason": text(JudgementText.overallNote(scorecard.overall) ?? ""),
        ])
    }

    /// An area's grade, or `not graded` with the reason; its score only when graded (the score
    /// over the answered items of an area not graded is in the reason, said to be no grade).
    static func areaRow(_ area: AreaResult, scorecard: Scorecard) -> [CSVField] {
        let reason = area.isGraded
            ? area.caps.map(\.reason).joined(separator: listSeparator)
            : [JudgementText.notGradedSentence(area), JudgementText.answeredOnlyScore(area)].compactMap { $0 }.joined(separator: listSeparator)
        return row([
            "record": .text("area"), "area": .text(area.area.rawValue), "title": text(area.title),
            "grade": .text(area.isGraded ? scorecard.label(area.grade) : notGraded),
            "score": area.isGraded ? .number(area.score) : .empty,
            "findings": text(area.findings.map(\.id.rawValue).joined(separator: listSeparator)),
            "reason": text(reason),
            "detail": .text("\(NumberFormatting.percent(area.coverage.answered, decimals: 0)) of the applicable weight answered, \(NumberFormatting.percent(area.coverage.evidenced, decimals: 0)) of it evidenced"),
        ])
    }

    static func itemRow(_ score: ItemScore, area: AreaResult, assessment: Assessment, checklist: Checklist) -> [CSVField] {
        let answer = assessment.answer(for: score.item)
        let findings = area.findings.filter { $0.items.contains(score.item) || $0.contradicts.contains(score.item) }
        return row([
            "record": .text("item"), "area": .text(area.area.rawValue), "item": .text(score.item.rawValue),
            "status": .text(score.status.rawValue), "weight": .number(score.weight),
            "score": score.isScored ? .number(score.credit * 100) : .empty,
            "evidence": text(evidence(score.evidenceIDs, assessment: assessment)),
            "findings": text(findings.map(\.id.rawValue).joined(separator: listSeparator)),
            "narrative": text(answer?.narrative ?? ""), "reason": text(answer?.reason ?? ""),
            "title": text(checklist.item(score.item)?.question ?? ""),
        ])
    }

    /// A finding; `findings` lists the ids folded into it, `origin` where it came from.
    static func findingRow(_ finding: Finding, area: AreaID) -> [CSVField] {
        row([
            "record": .text("finding"), "area": .text(area.rawValue),
            "item": text(finding.items.map(\.rawValue).joined(separator: listSeparator)),
            "evidence": text(finding.evidence.map(\.rawValue).joined(separator: listSeparator)),
            "findings": text((finding.also ?? []).map(\.rawValue).joined(separator: listSeparator)),
            "finding": .text(finding.id.rawValue), "kind": .text(finding.kind.rawValue),
            "title": text(finding.title), "detail": text(finding.detail),
            "origin": text(finding.origin?.rawValue ?? ""),
        ])
    }

    /// A figure the force returned: its meaning, its value as displayed, and its path.
    static func figureRow(_ figure: Figure, area: AreaID) -> [CSVField] {
        row([
            "record": .text("figure"), "area": .text(area.rawValue), "title": text(figure.label),
            "value": text(figure.display), "source": text(figure.source),
        ])
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
