/// Derives the direction of travel per area and overall, over the items judged in both years
/// only (`ComparableItems`), so that what was assessed never counts as progress:
///
/// - gains: weaknesses resolved, plus items whose status rose where no resolved weakness is
///   about them (each item counted once);
/// - losses: new weaknesses, plus items whose status fell where no new weakness is about them;
/// - persisting: weaknesses found in both years;
/// - index = (gains - losses) / (gains + losses + persisting), 0 when all three are 0;
/// - the level is the progress scale's `level(for: index)`.
///
/// An area with fewer items judged in both years than the scale's `minComparableItems` (or
/// none) is not comparable, with the reason; so is the whole force. A merged item that improved
/// on one previous item and regressed on another (`mixed`) is compared but neither gains nor
/// loses. See docs/compare.md for a worked example.
public struct ProgressJudge: Sendable {
    public let scale: ProgressScale?
    public let items: ComparableItems
    /// Weaknesses only; strengths do not count.
    public let weaknesses: [FindingChange]

    public init(scale: ProgressScale?, items: ComparableItems, findings: [FindingChange]) {
        self.scale = scale
        self.items = items
        self.weaknesses = findings.filter(\.isWeakness)
    }

    /// An area's direction of travel; `missing` says why the area cannot be compared at all
    /// (it is not in one of the checklists).
    public func area(_ area: AreaID, missing: String? = nil) -> ProgressJudgement {
        let rows = items.rows.filter { $0.area == area }
        let tally = tally(rows: rows, findings: weaknesses.filter { $0.area == area })
        return judgement(tally, reason: missing ?? unjudged(rows))
    }

    /// The force's direction of travel over every area's comparable items.
    public func overall() -> ProgressJudgement {
        judgement(tally(rows: items.rows, findings: weaknesses), reason: unjudged(items.rows))
    }

    func judgement(_ tally: ProgressTally, reason: String?) -> ProgressJudgement {
        guard let scale else {
            return ProgressJudgement(level: nil, index: nil, reason: "the NEW checklist defines no progress scale", tally: tally)
        }
        let count = tally.comparableItems.count
        if let reason, count == 0 { return ProgressJudgement(level: nil, index: nil, reason: reason, tally: tally) }
        if count < scale.minComparableItems {
            let reason = "only \(count) item\(count == 1 ? "" : "s") judged in both years; \(scale.minComparableItems) needed"
            return ProgressJudgement(level: nil, index: nil, reason: reason, tally: tally)
        }
        return ProgressJudgement(level: scale.level(for: tally.index), index: tally.index, reason: nil, tally: tally)
    }

    /// Why no item of these rows was judged in both years, or nil when some was.
    func unjudged(_ rows: [ItemComparison]) -> String? {
        guard !rows.contains(where: { ComparableItems.judgedChanges.contains($0.change) }) else { return nil }
        let assessedBefore = rows.contains { $0.old.contains { $0.status.map(items.oldRules.isJudged) == true } }
        let assessedNow = rows.contains { $0.newStatus.map(items.newRules.isJudged) == true }
        switch (assessedBefore, assessedNow) {
        case (false, _): return "nothing assessed in \(items.oldYear)"
        case (true, false): return "nothing assessed in \(items.newYear)"
        case (true, true): return "no item judged in both years"
        }
    }

    func tally(rows: [ItemComparison], findings: [FindingChange]) -> ProgressTally {
        let comparable = rows.filter { ComparableItems.judgedChanges.contains($0.change) }
        let resolved = findings.filter { $0.status == .resolved }
        let new = findings.filter { $0.status == .new }
        let resolvedItems = Set(resolved.flatMap(\.items).flatMap(items.newItems(continuing:)))
        let newItems = Set(new.flatMap(\.items))
        return ProgressTally(
            comparableItems: comparable.map(\.item),
            resolved: resolved.map(\.id),
            persisting: findings.filter { $0.status == .persisting }.map(\.id),
            new: new.map(\.id),
            improved: comparable.filter { $0.change == .improved && !resolvedItems.contains($0.item) }.map(\.item),
            worsened: comparable.filter { $0.change == .regressed && !newItems.contains($0.item) }.map(\.item))
    }
}
