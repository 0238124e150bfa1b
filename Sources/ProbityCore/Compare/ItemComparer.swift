/// Compares every item of two scorecards through an `ItemMatching`. Every item of both
/// checklists appears exactly once as a row (a NEW item, or an OLD item that no NEW item
/// continues, or that the crosswalk retires); none is dropped.
///
/// A merged item (IS-03 continuing 2011's IS-03 and IS-04) is compared against each previous
/// item: improved if it improved on at least one and regressed on none (and the other way
/// round), unchanged if unchanged on all, `mixed` when it improved on one and regressed on
/// another; previous items not judged in OLD are listed but not counted.
public struct ItemComparer: Sendable {
    public let matching: ItemMatching
    public let old: ScoredFile
    public let new: ScoredFile

    public init(matching: ItemMatching, old: ScoredFile, new: ScoredFile) {
        self.matching = matching
        self.old = old
        self.new = new
    }

    public func compare() -> [ItemComparison] {
        let oldStatuses = Self.statuses(old.scorecard)
        let newStatuses = Self.statuses(new.scorecard)
        var rows: [ItemComparison] = []
        for area in new.checklist.areas {
            rows += area.items.map { row(for: $0.id, area: area.id, status: newStatuses[$0.id] ?? .notAssessed, oldStatuses: oldStatuses) }
            rows += oldOnlyRows(in: area.id, oldStatuses: oldStatuses)
        }
        let newAreas = Set(new.checklist.areas.map(\.id))
        for area in old.checklist.areas where !newAreas.contains(area.id) {
            rows += oldOnlyRows(in: area.id, oldStatuses: oldStatuses)
        }
        return rows
    }

    static func statuses(_ scorecard: Scorecard) -> [ItemID: AnswerStatus] {
        Dictionary(scorecard.areas.flatMap(\.items).map { ($0.item, $0.status) }, uniquingKeysWith: { first, _ in first })
    }

    func row(for item: ItemID, area: AreaID, status: AnswerStatus, oldStatuses: [ItemID: AnswerStatus]) -> ItemComparison {
        guard let link = matching.link(for: item) else {
            return ItemComparison(item: item, area: area, change: .notComparable, newStatus: status, reason: matching.description)
        }
        guard link.change != .new, !link.previous.isEmpty else {
            return ItemComparison(item: item, area: area, change: .new, crosswalk: link.change, newStatus: status, note: link.note)
        }
        let olds = link.previous.map { previous in oldItem(previous, status: oldStatuses[previous], newStatus: status) }
        if let lost = matching.notComparable[item] {
            return ItemComparison(item: item, area: area, change: .notComparable, crosswalk: link.change, newStatus: status,
                                  old: olds, reason: lost, note: link.note)
        }
        let (change, reason) = Self.summarise(olds)
        let merged = link.previous.count > 1 ? "merged from \(link.previous.map(\.rawValue).joined(separator: ", "))" : nil
        let renamed = link.previous.count == 1 && link.previous[0] != item ? "continues \(link.previous[0])" : nil
        return ItemComparison(item: item, area: area, change: change, crosswalk: link.change, newStatus: status, old: olds,
                              reason: Self.joined([merged ?? renamed, reason]),
                              note: link.note)
    }

    func oldItem(_ item: ItemID, status: AnswerStatus?, newStatus: AnswerStatus) -> ItemComparison.OldItem {
        guard let status else {
            return ItemComparison.OldItem(item: item, status: nil, movement: .notComparable, reason: "\(item) is not in \(old.file)")
        }
        let (movement, reason) = Movement.between(status, newStatus, oldRules: old.checklist.statusRules,
                                                   newRules: new.checklist.statusRules)
        return ItemComparison.OldItem(item: item, status: status, movement: movement, reason: reason)
    }

    /// The change of a continued item from the movements against each previous item.
    static func summarise(_ olds: [ItemComparison.OldItem]) -> (ItemChange, String?) {
        let judged = Set(olds.compactMap(\.movement).filter { $0 != .notComparable })
        if judged.isEmpty {
            let reasons = olds.compactMap(\.reason)
            return (.notComparable, reasons.isEmpty ? nil : Array(Set(reasons)).sorted().joined(separator: "; "))
        }
        let moved = judged.subtracting([.unchanged])
        if moved.count > 1 { return (.mixed, "improved on \(names(olds, .improved)), regressed on \(names(olds, .regressed))") }
        let change: ItemChange
        switch moved.first {
        case .improved: change = .improved
        case .regressed: change = .regressed
        default: change = .unchanged
        }
        return (change, nil)
    }

    /// The present parts joined with "; ", or nil when there are none.
    static func joined(_ parts: [String?]) -> String? {
        let present = parts.compactMap { $0 }
        return present.isEmpty ? nil : present.joined(separator: "; ")
    }

    static func names(_ olds: [ItemComparison.OldItem], _ movement: Movement) -> String {
        olds.filter { $0.movement == movement }.map(\.item.rawValue).joined(separator: ", ")
    }

    /// OLD items of an area that no NEW item continues, or that the crosswalk retires.
    func oldOnlyRows(in area: AreaID, oldStatuses: [ItemID: AnswerStatus]) -> [ItemComparison] {
        guard let oldArea = old.checklist.area(area) else { return [] }
        return oldArea.items.compactMap { item in
            let status = oldStatuses[item.id] ?? .notAssessed
            let olds = [ItemComparison.OldItem(item: item.id, status: status)]
            if matching.basis == .none {
                return ItemComparison(item: item.id, area: area, change: .notComparable, old: olds, reason: matching.description)
            }
            if let retired = matching.retirement(of: item.id) {
                let merged = retired.replacedBy.map { "merged into \($0.map(\.rawValue).joined(separator: ", ")), compared there" }
                return ItemComparison(item: item.id, area: area, change: .retired, old: olds,
                                      reason: merged ?? matching.lost[item.id], note: retired.note)
            }
            if matching.isContinued(item.id) { return nil }
            return ItemComparison(item: item.id, area: area, change: .notComparable, old: olds,
                                  reason: "\(item.id) is neither continued nor retired by the crosswalk")
        }
    }
}

