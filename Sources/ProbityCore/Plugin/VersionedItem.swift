/// An item a finding reads only in some checklist versions: `Items.investigationData.only(in: "revisit-2012")`.
public struct VersionedItem: Sendable, Hashable {
    public var item: ItemID
    public var checklists: [ChecklistID]

    public init(_ item: ItemID, checklists: [ChecklistID]) {
        self.item = item
        self.checklists = checklists
    }
}

extension Identifier where Tag == ItemTag {
    /// This item, read only in the named checklist versions.
    public func only(in checklists: ChecklistID...) -> VersionedItem { VersionedItem(self, checklists: checklists) }
}
