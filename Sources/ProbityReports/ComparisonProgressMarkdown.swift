import ProbityCore

/// The direction-of-travel parts of a Markdown comparison: the headline (the inspector's
/// judgement first when recorded, then the derived one with its arithmetic and what it rests on)
/// and a table of every area.
public enum ComparisonProgressMarkdown {
    public static func headline(_ comparison: Comparison) -> [String] {
        let progress = comparison.progress
        var lines = ["", "## Direction of travel, \(comparison.span)", ""]
        if let inspector = progress.inspector {
            lines.append("- **Inspector: \(Markdown.escape(ProgressFormat.inspector(inspector)))**: \(Markdown.escape(inspector.narrative))")
        }
        lines += derived(progress, prefix: "- **Derived: \(Markdown.escape(progress.derivedText))**")
        if let log = comparison.moderation { lines += ["", "Inspector's judgements from \(Markdown.escape(log)) (NEW's moderation log, verified)."] }
        return lines + areaTable(comparison)
    }

    static func derived(_ progress: ProgressJudgement, prefix: String) -> [String] {
        var first = prefix
        if let agreement = ProgressFormat.agreement(progress) { first += " (\(agreement.hasPrefix("DISAGREES") ? "**\(agreement)**" : agreement))" }
        var lines = [first + "."]
        lines.append("  \(progress.tally.summary).")
        if let arithmetic = ProgressFormat.arithmetic(progress) { lines.append("  \(arithmetic).") }
        lines.append("  \(Markdown.escape(ProgressFormat.trace(progress.tally))).")
        return lines
    }

    static func areaTable(_ comparison: Comparison) -> [String] {
        var lines = ["", "| Area | Inspector | Derived | Resolved | Persisting | New | Improved | Worsened | Items compared |",
                     "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for area in comparison.areas {
            let progress = area.progress
            let tally = progress.tally
            var derived = Markdown.escape(progress.derivedText)
            if let disagreement = ProgressFormat.disagreement(progress) { derived += " **\(disagreement)**" }
            let inspector = progress.inspector.map { "\(Markdown.escape($0.label)): \(Markdown.escape($0.narrative))" } ?? "-"
            lines.append("| \(Markdown.escape(area.title)) | \(inspector) | \(derived) | \(tally.resolved.count) | \(tally.persisting.count) | "
                + "\(tally.new.count) | \(tally.improved.count) | \(tally.worsened.count) | \(tally.comparableItems.count) |")
        }
        lines += ["", "Only items judged (met, partially met or not met) in both years count; see docs/compare.md for the rule."]
        return lines
    }

    /// The lines under an area's heading: its direction of travel and what it rests on.
    public static func section(_ area: AreaComparison) -> [String] {
        var lines = [""]
        if let inspector = area.progress.inspector {
            lines.append("- Inspector: \(Markdown.escape(ProgressFormat.inspector(inspector))): \(Markdown.escape(inspector.narrative))")
        }
        return lines + derived(area.progress, prefix: "- Direction of travel: \(Markdown.escape(area.progress.derivedText))")
    }
}
