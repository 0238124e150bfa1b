/// Which checklist items were judged (met, partially met or not met) in both years, matched
/// through the crosswalk, and why every other item was not. Findings are called resolved or new,
/// and progress is judged, only on these items, so that a change in what was assessed never
/// counts as a change in the force.
public struct ComparableItems: Sendable, Hashable {
    /// Every row of the item comparison.
    public let rows: [ItemComparison]
    public let oldYear: Int
    public let newYear: Int
    /// What each checklist's answer statuses mean: which are judgements on an item.
    public let oldRules: AnswerStatusRules
    public let newRules: AnswerStatusRules

    public init(items: [ItemComparison], oldYear: Int, newYear: Int, oldRules: AnswerStatusRules, newRules: AnswerStatusRules) {
        rows = items
        self.oldYear = oldYear
        self.newYear = newYear
        self.oldRules = oldRules
        self.newRules = newRules
    }

    /// The changes of an item judged in both years.
    public static let judgedChanges: Set<ItemChange> = [.improved, .regressed, .unchanged, .mixed]

    /// The NEW rows judged in both years, in report order.
    public var judged: [ItemComparison] { rows.filter { Self.judgedChanges.contains($0.change) } }

    /// The row of a NEW item (nil for an item only in OLD).
    func newRow(_ item: ItemID) -> ItemComparison? { rows.first { $0.item == item && $0.newStatus != nil } }

    public func isComparable(new item: ItemID) -> Bool {
        newRow(item).map { Self.judgedChanges.contains($0.change) } ?? false
    }

    /// The NEW items that continue an OLD item and were judged with it in both years.
    public func newItems(continuing old: ItemID) -> [ItemID] {
        judged.filter { row in row.old.contains { $0.item == old && $0.movement.map(Self.isJudged) == true } }.map(\.item)
    }

    public func isComparable(old item: ItemID) -> Bool { !newItems(continuing: item).isEmpty }

    static func isJudged(_ movement: Movement) -> Bool { movement != .notComparable }

    /// Why a NEW item cannot be compared (`GH-09 not assessed in 2011`), or nil when it can.
    public func reason(new item: ItemID) -> String? {
        guard let row = newRow(item) else { return "\(item) is not in the \(newYear) checklist" }
        if Self.judgedChanges.contains(row.change) { return nil }
        if let status = row.newStatus, !newRules.isJudged(status) { return "\(item) \(Self.words(status)) in \(newYear)" }
        if row.crosswalk == nil, row.change == .notComparable, let reason = row.reason { return "\(item): \(reason)" }
        let notApplicable = row.old.contains { $0.status == .notApplicable }
        return "\(item) \(notApplicable ? "not applicable" : "not assessed") in \(oldYear)"
    }

    /// Why an OLD item cannot be compared, or nil when it can.
    public func reason(old item: ItemID) -> String? {
        if isComparable(old: item) { return nil }
        let entries = rows.flatMap { row in row.old.filter { $0.item == item }.map { (row, $0) } }
        if let status = entries.first?.1.status, !oldRules.isJudged(status) { return "\(item) \(Self.words(status)) in \(oldYear)" }
        if let continued = entries.first(where: { $0.0.newStatus != nil })?.0 {
            let reason = self.reason(new: continued.item) ?? "\(continued.item) not comparable"
            return continued.item == item ? reason : "\(item) continues as \(reason)"
        }
        if let row = entries.first?.0, row.change == .retired { return "\(item) is not asked in \(newYear)" }
        return "\(item): \(entries.first?.0.reason ?? "not in the \(oldYear) checklist")"
    }

    static func words(_ status: AnswerStatus) -> String {
        status == .notApplicable ? "not applicable" : "not assessed"
    }
}
