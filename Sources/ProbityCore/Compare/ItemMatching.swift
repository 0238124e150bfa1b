/// How the items of two checklists correspond: the same checklist (each item matches itself),
/// the newer checklist's crosswalk from the older one, a chain of crosswalks through
/// `previousChecklist` links (`CrosswalkChain`), or no known correspondence (then no item can be
/// compared, and every one is listed as such with the reason).
public struct ItemMatching: Sendable, Hashable, Codable {
    public enum Basis: String, StrictStringEnum {
        /// Both files answer the same checklist (possibly different versions): items match by id.
        case identity
        /// The NEW checklist's crosswalk names the OLD checklist.
        case crosswalk
        /// A path of crosswalks links the two (2011 -> 2012 -> 2014), in either order.
        case chain
        /// Nothing links the two checklists.
        case none
    }

    public var basis: Basis
    /// One sentence for reports: which checklists and how they were matched.
    public var description: String
    /// Each NEW item with the OLD items it continues (empty for a new item).
    public var links: [CrosswalkEntry]
    /// OLD items that the NEW checklist no longer asks (possibly merged into a NEW item).
    public var retired: [RetiredItem]
    /// NEW items continued from OLD items but not comparable with them, and why (a chain step
    /// that changed the item: `changed in revisit-2012 (from wfof-2011)`).
    public var notComparable: [ItemID: String]
    /// OLD items that a chain step retired, and the step (`retired in revisit-2014 (from revisit-2012)`).
    public var lost: [ItemID: String]

    public init(basis: Basis, description: String, links: [CrosswalkEntry], retired: [RetiredItem],
                notComparable: [ItemID: String] = [:], lost: [ItemID: String] = [:]) {
        self.basis = basis
        self.description = description
        self.links = links
        self.retired = retired
        self.notComparable = notComparable
        self.lost = lost
    }

    public func link(for item: ItemID) -> CrosswalkEntry? { links.first { $0.item == item } }

    public func retirement(of item: ItemID) -> RetiredItem? { retired.first { $0.previous == item } }

    /// Whether some NEW item continues this OLD item.
    public func isContinued(_ item: ItemID) -> Bool { links.contains { $0.previous.contains(item) } }

    /// `available` are the other checklists known (the catalog), through which a chain of
    /// crosswalks may link the two.
    public static func between(old: Checklist, new: Checklist, available: [Checklist] = []) -> ItemMatching {
        if old.id == new.id { return identity(old: old, new: new) }
        if let crosswalk = new.crosswalk, crosswalk.from == old.id {
            return ItemMatching(
                basis: .crosswalk,
                description: "matched through the crosswalk of \(new.reference) from \(old.id)",
                links: crosswalk.entries, retired: crosswalk.retired)
        }
        if let chain = CrosswalkChain.path(from: old, to: new, among: available) { return chain.forward() }
        if let chain = CrosswalkChain.path(from: new, to: old, among: available) { return chain.forward().reversed(chain) }
        var reason = "no crosswalk from \(old.id) to \(new.id)"
        if let crosswalk = new.crosswalk { reason += " (\(new.id)'s crosswalk is from \(crosswalk.from))" }
        return ItemMatching(basis: .none, description: reason, links: [], retired: [])
    }

    /// This mapping (OLD the chain's oldest checklist) turned round, for an OLD file answering
    /// the newer checklist: each older item continues the newer items whose previous items
    /// include it; an older item none continues is new, a newer item continuing none retired.
    func reversed(_ chain: CrosswalkChain) -> ItemMatching {
        guard let older = chain.checklists.first else { return self }
        var links: [CrosswalkEntry] = []
        var notComparable: [ItemID: String] = [:]
        for item in older.allItems {
            let continuing = self.links.filter { $0.previous.contains(item.id) }
            if continuing.isEmpty {
                links.append(CrosswalkEntry(item: item.id, change: .new, previous: [], note: lost[item.id]))
                continue
            }
            let changed = continuing.contains { $0.change == .changed }
            links.append(CrosswalkEntry(item: item.id, change: changed ? .changed : .same, previous: continuing.map(\.item),
                                        note: Self.joined(continuing.compactMap(\.note))))
            if let reason = Self.joined(continuing.compactMap { self.notComparable[$0.item] }) { notComparable[item.id] = reason }
        }
        var lost: [ItemID: String] = [:]
        let retired = self.links.filter { $0.previous.isEmpty }.map { link in
            lost[link.item] = link.note
            return RetiredItem(previous: link.item, replacedBy: nil, note: link.note)
        }
        return ItemMatching(basis: .chain, description: "matched through the chain of crosswalks \(chain.route), in reverse",
                            links: links, retired: retired, notComparable: notComparable, lost: lost)
    }

    static func joined(_ parts: [String]) -> String? {
        let unique = parts.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return unique.isEmpty ? nil : unique.joined(separator: "; ")
    }

    static func identity(old: Checklist, new: Checklist) -> ItemMatching {
        let links = new.allItems.map { item in
            old.item(item.id) == nil
                ? CrosswalkEntry(item: item.id, change: .new, previous: [], note: "not in \(old.reference)")
                : CrosswalkEntry(item: item.id, change: .same, previous: [item.id], note: nil)
        }
        let retired = old.allItems.filter { new.item($0.id) == nil }.map {
            RetiredItem(previous: $0.id, replacedBy: nil, note: "not in \(new.reference)")
        }
        let versions = old.version == new.version ? "\(new.reference)" : "\(new.id) versions \(old.version) and \(new.version)"
        return ItemMatching(basis: .identity, description: "both files answer \(versions); matched by id",
                            links: links, retired: retired)
    }
}
