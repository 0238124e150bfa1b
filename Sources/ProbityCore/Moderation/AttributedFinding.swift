/// An inspector's finding as scored (numbered `MOD-<entry>-<n>`), with its area and who made it.
public struct AttributedFinding: Sendable, Hashable, Codable {
    public var finding: Finding
    public var area: AreaID
    public var entry: Int
    public var moderator: Moderator
    public var date: LocalDate
}
