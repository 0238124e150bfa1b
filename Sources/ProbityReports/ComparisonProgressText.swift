import ProbityCore

/// The direction-of-travel sections of a text comparison: the headline (the inspector's
/// judgement first when recorded, then the derived one with its arithmetic) and a table per area.
public enum ComparisonProgressText {
    static let indent = String(repeating: " ", count: 13)

    public static func headline(_ comparison: Comparison) -> [String] {
        let progress = comparison.progress
        var lines = ["DIRECTION OF TRAVEL, \(comparison.span)"]
        if let inspector = progress.inspector {
            lines += ComparisonFormat.hanging(ProgressFormat.inspector(inspector), first: "  Inspector: ", rest: indent)
            lines += TextLayout.wrap("\"\(inspector.narrative)\"", indent: indent)
        }
        var derived = progress.derivedText
        if let agreement = ProgressFormat.agreement(progress) { derived += "; \(agreement)" }
        lines += ComparisonFormat.hanging(derived, first: "  Derived:   ", rest: indent)
        lines += TextLayout.wrap(progress.tally.summary, indent: indent)
        if let arithmetic = ProgressFormat.arithmetic(progress) { lines += TextLayout.wrap(arithmetic, indent: indent) }
        return lines
    }

    public static func areaTable(_ comparison: Comparison) -> [String] {
        var lines = [TextLayout.pad("PROGRESS", 23) + TextLayout.pad("DERIVED", 21)
            + ["RES", "PER", "NEW", "UP", "DOWN", "ITEMS"].map { TextLayout.padLeft($0, 6) }.joined()]
        for area in comparison.areas {
            lines += row(area)
            if let inspector = area.progress.inspector {
                var text = "inspector: \(ProgressFormat.inspector(inspector))"
                if let disagreement = ProgressFormat.disagreement(area.progress) { text += "; \(disagreement)" }
                lines += ComparisonFormat.hanging(text + ". \"\(inspector.narrative)\"", first: "  ", rest: "    ")
            }
        }
        lines += TextLayout.wrap("RES resolved, PER persisting and NEW new weaknesses; UP items improved and DOWN items worsened without a weakness resolving or appearing; ITEMS judged in both years. Only items judged in both years count.")
        return lines
    }

    static func row(_ area: AreaComparison) -> [String] {
        let progress = area.progress
        let name = TextLayout.pad(area.area.rawValue, 22) + " "
        guard progress.isComparable else {
            return ComparisonFormat.hanging("not comparable: \(progress.reason ?? "")", first: name, rest: String(repeating: " ", count: 23))
        }
        let tally = progress.tally
        let counts = [tally.resolved.count, tally.persisting.count, tally.new.count, tally.improved.count,
                      tally.worsened.count, tally.comparableItems.count]
        return [name + TextLayout.pad(progress.label, 21) + counts.map { TextLayout.padLeft(String($0), 6) }.joined()]
    }
}
