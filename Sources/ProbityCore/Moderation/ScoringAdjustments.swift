/// What moderation changes in scoring beyond the statuses: an evidence factor that replaces the
/// weighed one for some items, and findings that join an area's plugin findings.
/// `HealthCheck.score` takes `.none` unless a moderated scorecard is being scored.
public struct ScoringAdjustments: Sendable, Hashable {
    public var evidence: [ItemID: EvidenceWeigher.Weight]
    public var findings: [AreaID: [Finding]]

    public init(evidence: [ItemID: EvidenceWeigher.Weight] = [:], findings: [AreaID: [Finding]] = [:]) {
        self.evidence = evidence
        self.findings = findings
    }

    public static let none = ScoringAdjustments()
}
