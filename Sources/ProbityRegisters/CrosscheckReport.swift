import ProbityCore
/// Everything a cross-check found, in a stable order.
public struct CrosscheckReport: Sendable, Hashable, Codable {
    public var asOf: LocalDate
    /// Where `asOf` came from, in words ("the end of the assessment period"); nil when the
    /// caller did not say.
    public var asOfBasis: String?
    /// Row counts per register (key: register name).
    public var rows: [String: Int]
    /// File names per register.
    public var files: [String: String]
    /// Findings ordered by check, then by row order in the register.
    public var findings: [CrosscheckFinding]
    public var health: HealthFigures
    public var matching: MatchingSummary
    /// Distinct typed names per register and their matches, in order of first appearance.
    public var names: [NameMapEntry]
    public var skipped: [SkippedRow]

    /// Findings per check (every check present, zero when none).
    public var counts: [CheckID: Int] {
        var counts = Dictionary(uniqueKeysWithValues: CheckID.allCases.map { ($0, 0) })
        for finding in findings { counts[finding.check, default: 0] += 1 }
        return counts
    }
}
