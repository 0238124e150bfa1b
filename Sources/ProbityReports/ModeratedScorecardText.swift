import ProbityCore

/// Phrases the moderated renderers share, so text and Markdown say the same thing.
enum ModeratedScorecardText {
    static func score(_ value: Double) -> String { NumberFormatting.number(value) }

    /// An area's grade and score on one side: `Good 72.5`, or `Not graded` (no score: the
    /// reason is listed after the table).
    static func area(_ grade: GradeID?, score value: Double, in scorecard: Scorecard) -> String {
        grade == nil ? "Not graded" : "\(scorecard.label(grade)) \(score(value))"
    }

    /// One side's overall grade: `Good (provisional), score 60.9 over the graded areas`, or
    /// `Not graded: insufficient evidence` when withheld.
    static func overall(_ scorecard: Scorecard, capitals: Bool = false) -> String {
        let label = JudgementText.overallLabel(scorecard)
        return [capitals ? label.uppercased() : label, JudgementText.overallScore(scorecard)].compactMap { $0 }.joined(separator: ", ")
    }

    /// Why each side's overall grade is provisional or withheld: `Self-assessed: Provisional:
    /// ...`, or one line for both sides when they say the same.
    static func overallNotes(_ card: ModeratedScorecard) -> [String] {
        bothSides(JudgementText.overallNote(card.selfAssessed.overall), JudgementText.overallNote(card.moderated.overall))
    }

    /// `media, self-assessed and moderated: only 20% ...` for each area not graded on a side,
    /// with the score over its answered items where it has some.
    static func notGraded(_ card: ModeratedScorecard) -> [String] {
        card.moderated.areas.flatMap { moderated in
            bothSides(card.selfAssessed.area(moderated.area).flatMap(notGradedText), notGradedText(moderated))
                .map { "\(moderated.area), \($0.prefix(1).lowercased() + $0.dropFirst())" }
        }
    }

    static func notGradedText(_ area: AreaResult) -> String? {
        JudgementText.notGradedReason(area).map { reason in
            [reason, JudgementText.answeredOnlyScore(area)].compactMap { $0 }.joined(separator: "; ")
        }
    }

    /// `Self-assessed and moderated: text` when both sides say the same, otherwise a line per side.
    static func bothSides(_ before: String?, _ after: String?) -> [String] {
        if let before, before == after { return ["Self-assessed and moderated: \(before)"] }
        return [before.map { "Self-assessed: \($0)" }, after.map { "Moderated: \($0)" }].compactMap { $0 }
    }

    /// `down 1 grade`, `up 2 grades`, `no change of grade`.
    static func movement(_ change: Int) -> String {
        if change == 0 { return "no change of grade" }
        let grades = abs(change) == 1 ? "grade" : "grades"
        return "\(change < 0 ? "down" : "up") \(abs(change)) \(grades)"
    }

    /// `-1`, `+1`, `0`.
    static func signedChange(_ change: Int) -> String { change > 0 ? "+\(change)" : "\(change)" }

    /// `The force overstated 2 items and understated 1; 1 item's evidence was regraded.`
    static func verdict(_ summary: ModerationSummary) -> String {
        let parts = [
            "overstated \(items(summary.overstated))",
            "understated \(items(summary.understated))",
        ]
        var text = "The force \(parts.joined(separator: " and "))"
        if summary.evidenceRegraded > 0 { text += "; the evidence for \(items(summary.evidenceRegraded)) was regraded" }
        if summary.reclassified > 0 { text += "; \(items(summary.reclassified)) reclassified" }
        if summary.confirmed > 0 { text += "; \(items(summary.confirmed)) confirmed as assessed" }
        return text + "."
    }

    static func items(_ count: Int) -> String { Words.count(count, "item") }

    /// `EV-01 asserted, EV-02 sampled`
    static func grades(_ evidence: [GradedEvidence]) -> String {
        evidence.map { "\($0.id) \($0.sufficiency)" }.joined(separator: ", ")
    }

    /// `1 -> 0.35`: the item's credit self-assessed, then moderated.
    static func credits(_ item: Disagreement) -> String {
        "\(NumberFormatting.number(item.selfAssessedCredit, decimals: 3)) -> \(NumberFormatting.number(item.moderatedCredit, decimals: 3))"
    }

    /// `entry 2, A. Inspector (HMI), 2026-01-01`
    static func attribution(_ item: Disagreement) -> String { "entry \(item.entry), \(item.moderator), \(item.date)" }

    static func attribution(_ finding: AttributedFinding) -> String { "entry \(finding.entry), \(finding.moderator), \(finding.date)" }
}
