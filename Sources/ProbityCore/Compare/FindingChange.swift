/// A finding across the two years: resolved (only in OLD), new (only in NEW), persisting (in
/// both), or not comparable when it is in one year only and its items were not judged in both
/// (then `reason` says which item was not assessed when). Findings are matched by any of their
/// ids, folded ones included, and an answer finding also through the crosswalk (`IS-04-A` in
/// 2011 is the same weakness as `IS-03-A` in 2012, IS-04 being merged into IS-03); see
/// `FindingMatcher`. Weaknesses and strengths are matched separately: a weakness that became a
/// strength is a weakness resolved and a strength gained.
public struct FindingChange: Sendable, Hashable, Codable {
    public enum Status: String, StrictStringEnum {
        case resolved
        case new
        case persisting
        /// In one year only, but its items were not judged in both years.
        case notComparable = "not-comparable"

        /// The word for the status; a strength is gained, kept or lost.
        public func label(for kind: FindingKind) -> String {
            switch (self, kind == .strength) {
            case (.notComparable, _): return "not comparable"
            case (.resolved, true): return "lost"
            case (.new, true): return "gained"
            case (.persisting, true): return "kept"
            default: return rawValue
            }
        }
    }

    public var id: FindingID
    public var area: AreaID
    public var status: Status
    /// The NEW title when the finding is in NEW, else the OLD one.
    public var title: String
    public var oldKind: FindingKind?
    public var newKind: FindingKind?
    /// The other ids matched to this one, from either year: ids folded into it and ids the other
    /// year gave the same finding (through the crosswalk).
    public var also: [FindingID]?
    /// The items the finding is about: NEW's ids when it is in NEW, else OLD's.
    public var items: [ItemID]
    /// Why a finding in one year only is not called resolved or new.
    public var reason: String?

    public init(id: FindingID, area: AreaID, status: Status, title: String, oldKind: FindingKind?, newKind: FindingKind?,
                also: [FindingID]? = nil, items: [ItemID] = [], reason: String? = nil) {
        self.id = id
        self.area = area
        self.status = status
        self.title = title
        self.oldKind = oldKind
        self.newKind = newKind
        self.also = also
        self.items = items
        self.reason = reason
    }

    /// The kind that matters now: NEW's, else OLD's.
    public var kind: FindingKind { newKind ?? oldKind ?? .improvement }

    public var isWeakness: Bool { kind != .strength }

    /// This finding's id and every id matched to it.
    public var allIDs: [FindingID] { [id] + (also ?? []) }

    /// "was cause of concern, now area for improvement" when a persisting finding changed kind.
    public var kindChange: String? {
        guard let oldKind, let newKind, oldKind != newKind else { return nil }
        return "was \(oldKind.label.lowercased()), now \(newKind.label.lowercased())"
    }

    /// `GH-F07 (also GH-01-A)`.
    public var displayID: String {
        guard let also, !also.isEmpty else { return id.rawValue }
        return "\(id) (also \(also.map(\.rawValue).joined(separator: ", ")))"
    }
}
