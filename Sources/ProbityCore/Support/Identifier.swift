/// A typed identifier: a string that names one kind of thing (an item, an area, an evidence
/// record). The phantom `Tag` keeps an `ItemID` from being passed where an `AreaID` is expected.
public struct Identifier<Tag>: Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

public enum AreaTag {}
public enum ItemTag {}
public enum EvidenceTag {}
public enum RecommendationTag {}
public enum GradeTag {}
public enum ChecklistTag {}
public enum FindingTag {}
public enum EvidenceKindTag {}
public enum ScaleTag {}
public enum SourceTag {}
public enum EvidenceSourceTag {}
public enum DocumentStatusTag {}
public enum ProgressLevelTag {}

public typealias AreaID = Identifier<AreaTag>
public typealias ItemID = Identifier<ItemTag>
public typealias EvidenceID = Identifier<EvidenceTag>
public typealias RecommendationID = Identifier<RecommendationTag>
public typealias GradeID = Identifier<GradeTag>
public typealias ChecklistID = Identifier<ChecklistTag>
public typealias FindingID = Identifier<FindingTag>
public typealias EvidenceKindID = Identifier<EvidenceKindTag>
public typealias ScaleID = Identifier<ScaleTag>
public typealias SourceID = Identifier<SourceTag>
public typealias EvidenceSourceID = Identifier<EvidenceSourceTag>
public typealias DocumentStatusID = Identifier<DocumentStatusTag>
public typealias ProgressLevelID = Identifier<ProgressLevelTag>
