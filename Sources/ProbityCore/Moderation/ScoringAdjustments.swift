/// What moderation changes in scoring beyond the statuses: an evidence factor that replaces the
/// weighed one for some items, findings that join an area's plugin findings, the inspector's
/// rationale for items whose status they set (it becomes the answer finding's detail) and the
/// sufficiency grades they gave each item's evidence (a strength may rest on them).
/// `HealthCheck.score` takes `.none` unless a moderated scorecard is being scored.
public struct ScoringAdjustments: Sendable, Hashable {
    public var evidence: [ItemID: EvidenceWeigher.Weight]
    public var findings: [AreaID: [Finding]]
    public var rationales: [ItemID: String]
    public var sufficiency: [ItemID: [SufficiencyID]]

    public init(evidence: [ItemID: EvidenceWeigher.Weight] = [:], findings: [AreaID: [Finding]] = [:],
                rationales: [ItemID: String] = [:], sufficiency: [ItemID: [SufficiencyID]] = [:]) {
        self.evidence = evidence
        self.findings = findings
        self.rationales = rationales
        self.sufficiency = sufficiency
    }

    public static let none = ScoringAdjustments()
}
