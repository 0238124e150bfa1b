/// Direction of travel between two assessments of one force, from the best level to the worst.
/// A level applies when the progress index reaches its `minIndex`; the first level that does is
/// the judgement. The index is defined in `ProgressJudge` (documented in docs/compare.md).
public struct ProgressScale: Sendable, Hashable, Codable {
    public var levels: [ProgressLevel]
    /// Fewer comparable items than this in an area (assessed in both years) and the area's
    /// progress is "not comparable".
    public var minComparableItems: Int

    public func level(for index: Double) -> ProgressLevel? {
        levels.first { index >= $0.minIndex } ?? levels.last
    }

    public func level(_ id: ProgressLevelID) -> ProgressLevel? { levels.first { $0.id == id } }

    /// 0 for the best level, increasing towards the worst.
    public func rank(of id: ProgressLevelID) -> Int? { levels.firstIndex { $0.id == id } }
}

public struct ProgressLevel: Sendable, Hashable, Codable {
    public var id: ProgressLevelID
    public var label: String
    public var minIndex: Double
    public var meaning: String
}
