import ProbityCore

/// Wording and number formats shared by the comparison and plan renderers.
public enum ComparisonFormat {
    /// `+17.8`, `-3`, `0`.
    /// A change with its sign: `+4.2`, `-1`, `0`; "not comparable" for none.
    public static func signed(_ value: Double?, decimals: Int = 1) -> String {
        guard let value else { return "not comparable" }
        let text = NumberFormatting.number(value, decimals: decimals)
        return value > 0 && text != "0" ? "+" + text : text
    }

    /// A change of a share in percentage points: `+12.5 pts`.
    public static func points(_ difference: Double) -> String {
        signed(difference * 100) + " pts"
    }

    /// `+62.1%`.
    public static func percentChange(_ relative: Double) -> String {
        signed(relative * 100) + "%"
    }

    /// A status, or `-` when the side has none.
    public static func status(_ status: AnswerStatus?) -> String { status?.rawValue ?? "-" }

    /// `(+)` better, `(-)` worse, `(=)` the same, `(?)` not comparable.
    public static func marker(_ movement: Movement) -> String {
        switch movement {
        case .improved: return "(+)"
        case .regressed: return "(-)"
        case .unchanged: return "(=)"
        case .notComparable: return "(?)"
        }
    }

    /// The compared rate of one side: `151.4 a month`, `12.5%`, `3.1 per 1,000 workforce`.
    public static func rate(_ measure: RateComparison.Measure?, _ comparison: RateComparison) -> String {
        guard let measure else { return "-" }
        switch comparison.basis {
        case .perMonth: return NumberFormatting.number(measure.rate, decimals: 1) + " a month"
        case .asComputed: return NumberFormatting.display(measure.rate, unit: comparison.unit)
        }
    }

    /// Short form for 80-column tables: `151.4/mo`, `12.5%`, `3.1`.
    public static func shortRate(_ measure: RateComparison.Measure?, _ comparison: RateComparison) -> String {
        guard let measure else { return "-" }
        switch (comparison.basis, comparison.unit) {
        case (.perMonth, _): return NumberFormatting.number(measure.rate, decimals: 1) + "/mo"
        case (_, .share): return NumberFormatting.percent(measure.rate)
        case (_, .perMonth): return NumberFormatting.number(measure.rate, decimals: 1) + "/mo"
        default: return NumberFormatting.number(measure.rate, decimals: 2)
        }
    }

    /// The value behind a per-month rate: `1,817 in 12 months`.
    public static func total(_ measure: RateComparison.Measure?) -> String {
        guard let measure else { return "-" }
        return "\(NumberFormatting.number(measure.value, decimals: 2)) in \(Words.count(measure.months, "month"))"
    }

    /// The change: points for shares, a percentage otherwise; why not when it cannot be given.
    public static func change(_ comparison: RateComparison) -> String {
        guard comparison.isCompared, let difference = comparison.difference else {
            return comparison.old == nil ? "only NEW" : "only OLD"
        }
        if comparison.unit == .share { return points(difference) }
        guard let relative = comparison.relativeChange else { return difference == 0 ? "0%" : "from 0" }
        return percentChange(relative)
    }

    /// An overall standing: `Good 72.1`, or `Not graded` with no score when the grade was
    /// withheld (a score over a few answered items is not a grade).
    public static func standing(_ standing: Standing) -> String {
        standing.grade == nil ? "Not graded" : "\(standing.gradeLabel) \(NumberFormatting.number(standing.score))"
    }

    /// An area's OLD and NEW grade labels, `-` for a side without the area.
    public static func grades(_ area: AreaComparison) -> (old: String, new: String) {
        let label = { (snapshot: AreaComparison.Snapshot?) -> String in
            guard let snapshot else { return "-" }
            return snapshot.grade == nil ? "Not graded" : snapshot.gradeLabel
        }
        return (label(area.old), label(area.new))
    }

    /// How an item compares in a sentence: `not-met -> met`, `IS-03 met, IS-04 not-met -> met`.
    public static func statuses(_ item: ItemComparison) -> String {
        let olds: String
        if item.old.count == 1 || item.newStatus == nil {
            olds = item.old.map { status($0.status) }.joined(separator: ", ")
        } else {
            olds = item.old.map { "\($0.item) \(status($0.status))" }.joined(separator: ", ")
        }
        switch (item.old.isEmpty, item.newStatus) {
        case (true, let new?): return "new: \(new.rawValue)"
        case (false, nil): return "was \(olds)"
        default: return "\(olds) -> \(status(item.newStatus))"
        }
    }

    /// `strength`, `improvement`, `concern`: a finding's kind in one word for narrow tables.
    public static func shortKind(_ kind: FindingKind) -> String {
        switch kind {
        case .strength: return "strength"
        case .improvement: return "improvement"
        case .concern: return "concern"
        }
    }

    /// The label of a finding's status, in words that fit its kind.
    public static func findingStatus(_ finding: FindingChange) -> String {
        finding.status.label(for: finding.kind)
    }

    /// A plan action's finding outcome in words.
    public static func outcome(_ outcome: PlanProgress.Outcome) -> String {
        switch outcome {
        case .resolved: return "resolved"
        case .persisting: return "persists"
        case .notAssessed: return "not assessed"
        }
    }

    /// Word-wrapped to 80 columns with a hanging indent: the first line starts with `first`,
    /// the rest with `rest` (give both the same length to keep a column aligned).
    public static func hanging(_ text: String, first: String, rest: String) -> [String] {
        TextLayout.wrap(text, indent: rest).enumerated().map { index, line in
            index == 0 ? first + line.dropFirst(rest.count) : line
        }
    }

    /// `3 actions: 1 done, 1 in progress, 1 open, 0 dropped`.
    public static func actionCounts(_ total: Int, _ counts: PlanCheck.StatusCounts) -> String {
        "\(Words.count(total, "action")): \(counts.done) done, \(counts.inProgress) in progress, \(counts.open) open, \(counts.dropped) dropped"
    }
}
