import ProbityCore

/// Phrases the moderated renderers share, so text and Markdown say the same thing.
enum ModeratedScorecardText {
    static func score(_ value: Double) -> String { NumberFormatting.number(value) }

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

    static func items(_ count: Int) -> String { count == 1 ? "1 item" : "\(count) items" }

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
