/// A direction of travel between two assessments of one force, for an area or overall: the
/// level on the checklist's progress scale derived from the items judged in both years (see
/// `ProgressJudge` and docs/compare.md), or why it is not comparable, with the tally behind it
/// and, when the inspector recorded one, the inspector's own judgement.
public struct ProgressJudgement: Sendable, Hashable, Codable {
    /// The derived level; nil when not comparable.
    public var level: ProgressLevelID?
    /// The level's label, or `not comparable`.
    public var label: String
    /// The progress index the level comes from; nil when not comparable.
    public var index: Double?
    /// Why no level was derived.
    public var reason: String?
    public var gains: Int
    public var losses: Int
    public var persisting: Int
    public var tally: ProgressTally
    /// The inspector's judgement, shown first.
    public var inspector: InspectorProgress?

    public init(level: ProgressLevel?, index: Double?, reason: String?, tally: ProgressTally, inspector: InspectorProgress? = nil) {
        self.level = level?.id
        self.label = level?.label ?? "not comparable"
        self.index = level == nil ? nil : index
        self.reason = level == nil ? reason : nil
        self.gains = tally.gains
        self.losses = tally.losses
        self.persisting = tally.persisting.count
        self.tally = tally
        self.inspector = inspector
    }

    public var isComparable: Bool { level != nil }

    /// `Some progress (index +0.33)` or `not comparable: nothing assessed in 2011`.
    public var derivedText: String {
        guard let index else { return "not comparable" + (reason.map { ": \($0)" } ?? "") }
        let rounded = (index * 100).rounded() / 100
        let sign = rounded > 0 ? "+" : ""
        return "\(label) (index \(sign)\(NumberFormatting.number(rounded, decimals: 2)))"
    }

    /// The judgement with the inspector's one set beside it, and whether they disagree.
    public func with(inspector recorded: InspectorProgress?, scale: ProgressScale?) -> ProgressJudgement {
        guard var recorded else { return self }
        if let level, let derivedRank = scale?.rank(of: level), let inspectorRank = scale?.rank(of: recorded.level) {
            recorded.steps = derivedRank - inspectorRank
            recorded.disagrees = derivedRank != inspectorRank
        }
        var judgement = self
        judgement.inspector = recorded
        return judgement
    }
}
