/// How the items of two checklists correspond: the same checklist (each item matches itself),
/// the newer checklist's crosswalk from the older one, or no known correspondence (then no item
/// can be compared, and every one is listed as such with the reason).
public struct ItemMatching: Sendable, Hashable, Codable {
    public enum Basis: String, StrictStringEnum {
        /// Both files answer the same checklist (possibly different versions): items match by id.
        case identity
        /// The NEW checklist's crosswalk names the OLD checklist.
        case crosswalk
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

    public func link(for item: ItemID) -> CrosswalkEntry? { links.first { $0.item == item } }

    public func retirement(of item: ItemID) -> RetiredItem? { retired.first { $0.previous == item } }

    /// Whether some NEW item continues this OLD item.
    public func isContinued(_ item: ItemID) -> Bool { links.contains { $0.previous.contains(item) } }

    public static func between(old: Checklist, new: Checklist) -> ItemMatching {
        if old.id == new.id { return identity(old: old, new: new) }
        if let crosswalk = new.crosswalk, crosswalk.from == old.id {
            return ItemMatching(
                basis: .crosswalk,
                description: "matched through the crosswalk of \(new.reference) from \(old.id)",
                links: crosswalk.entries, retired: crosswalk.retired)
        }
        var reason = "no crosswalk from \(old.id) to \(new.id)"
        if let crosswalk = new.crosswalk { reason += " (\(new.id)'s crosswalk is from \(crosswalk.from))" }
        return ItemMatching(basis: .none, description: reason, links: [], retired: [])
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
