/// A finding a plugin can raise, declared in its descriptor: the id, the kinds it may be raised
/// at, its title and the checklist items it reads. The declaration is the contract between the
/// plugin and the checklist data: loading a checklist that lacks a declared item fails
/// (`PluginSet.diagnostics`), and the example tests fail when a plugin raises a finding it does
/// not declare, at a kind it does not declare, or about an item it does not declare.
public struct FindingSpec: Sendable, Hashable {
    public var id: FindingID
    /// The kinds it may be raised at, least severe first (a count past a threshold can make an
    /// area for improvement a cause of concern).
    public var kinds: [FindingKind]
    public var title: String
    /// Other titles the finding takes in a more specific case (the decision maker accepted the
    /// hospitality himself).
    public var otherTitles: [String]
    /// The items it reads in every checklist version it serves.
    public var items: [ItemID]
    /// Items it reads only in the checklist versions that have them (an item new in 2012).
    public var versionedItems: [VersionedItem]
    /// Checklist tags whose items, in the area, it may also name (an item asking whether the
    /// claim it tests is cross-checked): a tag is looked up, so no item is required.
    public var tags: [String]
    /// The checklist versions it serves; nil for every checklist that has the area.
    public var checklists: [ChecklistID]?

    public init(
        _ id: FindingID, _ kinds: FindingKind..., title: String, otherTitles: [String] = [], items: [ItemID],
        versionedItems: [VersionedItem] = [], tags: [String] = [], checklists: [ChecklistID]? = nil
    ) {
        self.id = id
        self.kinds = kinds.sorted()
        self.title = title
        self.otherTitles = otherTitles
        self.items = items
        self.versionedItems = versionedItems
        self.tags = tags
        self.checklists = checklists
    }

    /// Whether it is raised against this checklist version.
    public func serves(_ checklist: ChecklistID) -> Bool { checklists?.contains(checklist) ?? true }

    /// The items a checklist version must have for the finding: its own items and the versioned
    /// items naming that version.
    public func requiredItems(in checklist: ChecklistID) -> [ItemID] {
        guard serves(checklist) else { return [] }
        return items + versionedItems.filter { $0.checklists.contains(checklist) }.map(\.item)
    }

    /// Every item it may name, in any version.
    public var allItems: [ItemID] { items + versionedItems.map(\.item) }

    public var allTitles: [String] { [title] + otherTitles }
}
