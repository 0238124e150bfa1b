/// A finding across the two years, matched by its id (plugins keep ids stable: `GH-F03` is the
/// same finding in 2011 and 2012): resolved (only in OLD), new (only in NEW) or persisting.
public struct FindingChange: Sendable, Hashable, Codable {
    public enum Status: String, StrictStringEnum {
        case resolved
        case new
        case persisting

        /// The word for a strength, where "resolved" would read wrongly.
        public func label(for kind: FindingKind) -> String {
            guard kind == .strength else { return rawValue }
            switch self {
            case .resolved: return "no longer found"
            case .new: return "new"
            case .persisting: return "kept"
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

    public init(id: FindingID, area: AreaID, status: Status, title: String, oldKind: FindingKind?, newKind: FindingKind?) {
        self.id = id
        self.area = area
        self.status = status
        self.title = title
        self.oldKind = oldKind
        self.newKind = newKind
    }

    /// The kind that matters now: NEW's, else OLD's.
    public var kind: FindingKind { newKind ?? oldKind ?? .improvement }

    /// "was cause of concern, now area for improvement" when a persisting finding changed kind.
    public var kindChange: String? {
        guard let oldKind, let newKind, oldKind != newKind else { return nil }
        return "was \(oldKind.label.lowercased()), now \(newKind.label.lowercased())"
    }

    /// Matches findings of two scorecards by id, every finding of both appearing once, most
    /// severe first, then by id.
    public static func compare(old: Scorecard, new: Scorecard) -> [FindingChange] {
        let olds = byID(old)
        let news = byID(new)
        let ids = Set(olds.keys).union(news.keys)
        return ids.compactMap { id -> FindingChange? in
            let before = olds[id]
            let after = news[id]
            guard let current = after ?? before else { return nil }
            let status: Status = before == nil ? .new : (after == nil ? .resolved : .persisting)
            return FindingChange(id: id, area: current.area, status: status, title: current.finding.title,
                                 oldKind: before?.finding.kind, newKind: after?.finding.kind)
        }
        .sorted { ($1.kind, $0.id) < ($0.kind, $1.id) }
    }

    static func byID(_ scorecard: Scorecard) -> [FindingID: (area: AreaID, finding: Finding)] {
        var found: [FindingID: (area: AreaID, finding: Finding)] = [:]
        for area in scorecard.areas {
            for finding in area.findings where found[finding.id] == nil { found[finding.id] = (area.area, finding) }
        }
        return found
    }
}
