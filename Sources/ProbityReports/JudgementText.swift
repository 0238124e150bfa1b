import ProbityCore

/// How every report words the judgement, so that text, Markdown, HTML, CSV and OSCAL say the
/// same thing: an area not graded and why (never a grade of zero), the overall grade given,
/// provisional or withheld, and where a finding came from.
public enum JudgementText {
    /// `Good`, `Good (provisional)` or `Not graded: insufficient evidence`.
    public static func overallLabel(_ scorecard: Scorecard) -> String { scorecard.overallLabel }

    /// `score 61.7`; `score 60.9 over the graded areas` when provisional; nil when the grade is
    /// withheld (a score of the few graded areas would read as the force's).
    public static func overallScore(_ scorecard: Scorecard) -> String? {
        let score = NumberFormatting.number(scorecard.overallScore)
        switch scorecard.overall.status {
        case .graded: return "score \(score)"
        case .provisional: return "score \(score) over the graded areas"
        case .withheld: return nil
        }
    }

    /// What follows the overall grade: nil when graded, otherwise `Provisional: 1 of 7 areas
    /// not graded for insufficient evidence (...)` or `Overall grade withheld: the graded areas
    /// carry ...`.
    public static func overallNote(_ overall: OverallJudgement) -> String? {
        let reason = overall.reason ?? "not graded: \(overall.notGraded.map(\.rawValue).joined(separator: ", "))"
        switch overall.status {
        case .graded:
            return nil
        case .provisional:
            let prefix = "provisional: "
            let rest = reason.lowercased().hasPrefix(prefix) ? String(reason.dropFirst(prefix.count)) : reason
            return "Provisional: \(rest)"
        case .withheld:
            return "Overall grade withheld: \(reason)"
        }
    }

    /// Why an area has no grade; nil when it is graded.
    public static func notGradedReason(_ area: AreaResult) -> String? {
        guard !area.isGraded else { return nil }
        return area.notGraded?.reason ?? "no grade was given"
    }

    /// `Not graded: insufficient evidence: only 20% of ...`; nil when the area is graded.
    public static func notGradedSentence(_ area: AreaResult) -> String? {
        notGradedReason(area).map { "\(NotGraded.label): \($0)" }
    }

    /// For an area not graded that has some answers: `score over the answered items only, not
    /// a grade: 45`; nil otherwise (an area with nothing answered has no score to show).
    public static func answeredOnlyScore(_ area: AreaResult) -> String? {
        guard !area.isGraded, area.coverage.judged > 0 else { return nil }
        return "score over the answered items only, not a grade: \(NumberFormatting.number(area.score))"
    }

    /// An area's score as a table cell: the score when graded, `-` when not (the reason and any
    /// score over the answered items are given beside the table).
    public static func scoreCell(_ area: AreaResult) -> String {
        area.isGraded ? NumberFormatting.number(area.score) : "-"
    }

    /// `from the answer`, `from the data return and registers`, `inspector's finding`.
    public static func origin(_ origin: FindingOrigin?) -> String? {
        switch origin {
        case .answer: return "from the answer"
        case .data: return "from the data return and registers"
        case .inspector: return "inspector's finding"
        case nil: return nil
        }
    }

    /// `folds in GH-10-A`: the findings merged into this one; nil when none.
    public static func also(_ finding: Finding) -> String? {
        guard let also = finding.also, !also.isEmpty else { return nil }
        return "folds in \(also.map(\.rawValue).joined(separator: ", "))"
    }

    /// `from the answer; folds in GH-10-A`, or nil when neither is known.
    public static func provenance(_ finding: Finding) -> String? {
        let parts = [origin(finding.origin), also(finding)].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// Where an evidence record comes from, as the checklist names it: `Inspectorate interview`,
    /// or the force's own when the record names no source.
    public static func source(_ record: EvidenceRecord, checklist: Checklist) -> String {
        checklist.evidenceSource(record.source)?.label ?? record.source?.rawValue ?? "The force's own documents or data"
    }

    /// A policy's standing (`In force`, `Draft`), or nil when the record gives none.
    public static func status(_ record: EvidenceRecord, checklist: Checklist) -> String? {
        record.status.map { checklist.documentStatus($0)?.label ?? $0.rawValue }
    }

    /// `2012-07 (month only)`, `2012 (year only)`, `2012-07-15`, or `undated`.
    public static func date(_ date: EvidenceDate?) -> String {
        guard let date else { return "undated" }
        if date.day != nil { return date.description }
        return "\(date.description) (\(date.month == nil ? "year" : "month") only)"
    }
}
