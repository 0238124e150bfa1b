/// Matches the findings of two scorecards. Two findings are the same when any of their ids
/// (`Finding.allIDs`, so a plugin finding that absorbed `GH-01-A` still matches `GH-01-A`) are
/// equal, or when one year's answer finding `Y-A` and the other's `X-A` are about items the
/// crosswalk links (X continues Y: `same`, `changed` or merged). Matches are followed
/// transitively, so a merged item's findings form one change. Weaknesses and strengths are
/// matched separately. A finding in one year only is resolved or new only when every item it
/// names was judged in both years (`ComparableItems`); otherwise it is not comparable.
public struct FindingMatcher: Sendable {
    public let matching: ItemMatching
    public let items: ComparableItems

    public init(matching: ItemMatching, items: ComparableItems) {
        self.matching = matching
        self.items = items
    }

    struct Located {
        var area: AreaID
        var finding: Finding
    }

    /// Every finding of both scorecards in exactly one change, most severe first, then by id.
    public func compare(old: Scorecard, new: Scorecard) -> [FindingChange] {
        let olds = Self.located(old)
        let news = Self.located(new)
        let weaknesses = changes(olds.filter { $0.finding.kind != .strength }, news.filter { $0.finding.kind != .strength })
        let strengths = changes(olds.filter { $0.finding.kind == .strength }, news.filter { $0.finding.kind == .strength })
        return (weaknesses + strengths).sorted { ($1.kind, $0.id) < ($0.kind, $1.id) }
    }

    static func located(_ scorecard: Scorecard) -> [Located] {
        var seen: Set<FindingID> = []
        return scorecard.areas.flatMap { area in
            area.findings.filter { seen.insert($0.id).inserted }.map { Located(area: area.area, finding: $0) }
        }
    }

    /// Whether an OLD and a NEW finding are the same finding.
    func matches(_ old: Finding, _ new: Finding) -> Bool {
        if !Set(old.allIDs).isDisjoint(with: new.allIDs) { return true }
        let oldItems = Set(old.allIDs.compactMap(AnswerFindings.item(of:)))
        guard !oldItems.isEmpty else { return false }
        return new.allIDs.compactMap(AnswerFindings.item(of:)).contains { item in
            guard let link = matching.link(for: item), link.change != .new else { return false }
            return !oldItems.isDisjoint(with: link.previous)
        }
    }

    func changes(_ olds: [Located], _ news: [Located]) -> [FindingChange] {
        let groups = Self.groups(count: olds.count + news.count) { index, other in
            index < olds.count && other >= olds.count && matches(olds[index].finding, news[other - olds.count].finding)
        }
        return groups.compactMap { members in
            change(olds: members.filter { $0 < olds.count }.map { olds[$0] },
                   news: members.filter { $0 >= olds.count }.map { news[$0 - olds.count] })
        }
    }

    /// The connected groups of `count` nodes under `linked`, each in index order.
    static func groups(count: Int, linked: (Int, Int) -> Bool) -> [[Int]] {
        var root = Array(0..<count)
        func find(_ node: Int) -> Int {
            var node = node
            while root[node] != node { node = root[node] }
            return node
        }
        for index in 0..<count {
            for other in (index + 1)..<count where linked(index, other) { root[find(other)] = find(index) }
        }
        var order: [Int] = []
        var members: [Int: [Int]] = [:]
        for node in 0..<count {
            let top = find(node)
            if members[top] == nil { order.append(top) }
            members[top, default: []].append(node)
        }
        return order.compactMap { members[$0] }
    }

    func change(olds: [Located], news: [Located]) -> FindingChange? {
        let severest = { (list: [Located]) in list.min { ($1.finding.kind, $0.finding.id) < ($0.finding.kind, $1.finding.id) } }
        let before = severest(olds)
        let after = severest(news)
        guard let current = after ?? before else { return nil }
        let ids = Set((olds + news).flatMap(\.finding.allIDs)).subtracting([current.finding.id]).sorted()
        let named = Array(Set((news.isEmpty ? olds : news).flatMap(\.finding.items))).sorted()
        var status: FindingChange.Status = before == nil ? .new : (after == nil ? .resolved : .persisting)
        let reason = status == .persisting ? nil : whyNotComparable(named, old: after == nil)
        if reason != nil { status = .notComparable }
        return FindingChange(id: current.finding.id, area: current.area, status: status, title: current.finding.title,
                             oldKind: before?.finding.kind, newKind: after?.finding.kind,
                             also: ids.isEmpty ? nil : ids, items: named, reason: reason)
    }

    /// Why a finding of one year only says nothing about change: an item it names was not
    /// judged in both years, or it names none.
    func whyNotComparable(_ named: [ItemID], old: Bool) -> String? {
        guard !named.isEmpty else { return "names no checklist item to compare" }
        let reasons = named.compactMap { old ? items.reason(old: $0) : items.reason(new: $0) }
        return reasons.isEmpty ? nil : reasons.joined(separator: "; ")
    }
}
