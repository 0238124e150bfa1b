/// One question of the checklist, in our own words, with what good looks like and where it
/// comes from.
public struct ChecklistItem: Sendable, Hashable, Codable {
    public var id: ItemID
    /// A short name for the item, used as the title of the findings it raises (optional: the
    /// question stands in where there is none).
    public var title: String?
    public var question: String
    public var goodPractice: String
    public var appliesTo: Applicability
    public var evidenceKinds: [EvidenceKindID]
    public var weight: Double
    public var source: ItemSource
    public var tags: [String]?
    /// In a checklist with a previous one: `changed` (reworded) or `new`; absent when unchanged.
    /// It must agree with the crosswalk.
    public var change: CrosswalkChange?
    /// A key item: not met is a cause of concern, met with strong evidence a strength
    /// (`scoring.judgement`). Absent means false.
    public var key: Bool?

    public var isKey: Bool { key == true }

    public var displayTitle: String { title ?? question }
}

/// Who an item applies to: the force, the police authority or PCC's office, or both.
public enum Applicability: String, StrictStringEnum {
    case force
    case authority
    case both
}

/// The published source an item is derived from.
public struct ItemSource: Sendable, Hashable, Codable {
    public var document: SourceID
    public var section: String
    public var page: Int?
    public var recommendations: [RecommendationID]
    public var finding: String?
}
