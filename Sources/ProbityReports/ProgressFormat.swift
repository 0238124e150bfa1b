import ProbityCore

/// Wording shared by the comparison renderers for a direction of travel: the derived level and
/// the arithmetic behind it, and the inspector's judgement with any disagreement.
public enum ProgressFormat {
    /// `index = (1 - 0) / (1 + 0 + 3 persisting) = +0.25`, or nil when not comparable.
    public static func arithmetic(_ judgement: ProgressJudgement) -> String? {
        guard let index = judgement.index else { return nil }
        let total = judgement.gains + judgement.losses + judgement.persisting
        let value = total == 0 ? "0 (nothing gained, lost or persisting)" : signed(index)
        return "index = (gains \(judgement.gains) - losses \(judgement.losses)) / "
            + "(\(judgement.gains) + \(judgement.losses) + \(judgement.persisting) persisting) = \(value)"
    }

    /// `+0.25`.
    public static func signed(_ index: Double) -> String {
        ComparisonFormat.signed(index, decimals: 2)
    }

    /// `gains: GV-01-A resolved; losses: none; persisting: BI-05-A, GH-01-A`.
    public static func trace(_ tally: ProgressTally) -> String {
        let gains = tally.resolved.map { "\($0) resolved" } + tally.improved.map { "\($0) improved" }
        let losses = tally.new.map { "\($0) new" } + tally.worsened.map { "\($0) worsened" }
        let list = { (names: [String]) in names.isEmpty ? "none" : names.joined(separator: ", ") }
        return "gains: \(list(gains)); losses: \(list(losses)); persisting: \(list(tally.persisting.map(\.rawValue)))"
    }

    /// `Some progress (A. Inspector (HMI), 2012-09-30, entry 2)`.
    public static func inspector(_ inspector: InspectorProgress) -> String {
        "\(inspector.label) (\(inspector.moderator), \(inspector.date), entry \(inspector.entry))"
    }

    /// `DISAGREES: the inspector judges 1 level above` for a visible marker, or nil.
    public static func disagreement(_ judgement: ProgressJudgement) -> String? {
        guard let inspector = judgement.inspector, inspector.disagrees, let steps = inspector.steps else { return nil }
        let levels = abs(steps) == 1 ? "1 level" : "\(abs(steps)) levels"
        return "DISAGREES: the inspector judges \(levels) \(steps > 0 ? "higher" : "lower")"
    }

    /// `agrees with the inspector`, the disagreement, or nil without an inspector's judgement.
    public static func agreement(_ judgement: ProgressJudgement) -> String? {
        guard judgement.inspector != nil else { return nil }
        if let disagreement = disagreement(judgement) { return disagreement }
        return judgement.isComparable ? "agrees with the inspector" : nil
    }
}
