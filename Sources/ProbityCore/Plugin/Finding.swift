/// How serious a finding is, in HMIC's terms.
public enum FindingKind: String, StrictStringEnum, Comparable {
    case strength
    case improvement = "area-for-improvement"
    case concern = "cause-of-concern"

    public var label: String {
        switch self {
        case .strength: return "Strength"
        case .improvement: return "Area for improvement"
        case .concern: return "Cause of concern"
        }
    }

    var severity: Int {
        switch self {
        case .strength: return 0
        case .improvement: return 1
        case .concern: return 2
        }
    }

    public static func < (lhs: FindingKind, rhs: FindingKind) -> Bool { lhs.severity < rhs.severity }
}

/// A judgement drawn from answers, figures or registers, with everything behind it: the items,
/// the evidence, the figures and the recommendations it relates to.
public struct Finding: Sendable, Hashable, Codable {
    public var id: FindingID
    public var kind: FindingKind
    public var title: String
    public var detail: String
    public var items: [ItemID]
    public var evidence: [EvidenceID]
    public var figures: [Figure]
    public var recommendations: [RecommendationID]
    /// Items whose claimed status the figures contradict.
    public var contradicts: [ItemID]
    /// What the finding was drawn from: the answers, the figures and registers (a plugin), or
    /// the inspector's moderation. Absent in files written before it was recorded.
    public var origin: FindingOrigin?
    /// The ids of findings folded into this one (an answer finding about the same item as a
    /// plugin finding), so that a comparison can follow either id.
    public var also: [FindingID]?

    public init(
        id: FindingID, kind: FindingKind, title: String, detail: String, items: [ItemID] = [],
        evidence: [EvidenceID] = [], figures: [Figure] = [], recommendations: [RecommendationID] = [],
        contradicts: [ItemID] = [], origin: FindingOrigin? = nil, also: [FindingID]? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.detail = detail
        self.items = items
        self.evidence = evidence
        self.figures = figures
        self.recommendations = recommendations
        self.contradicts = contradicts
        self.origin = origin
        self.also = also
    }

    /// This finding's id and the ids folded into it.
    public var allIDs: [FindingID] { [id] + (also ?? []) }

    public var isContradiction: Bool { !contradicts.isEmpty }
}

/// A number a finding rests on, and where it came from.
public struct Figure: Sendable, Hashable, Codable {
    public var label: String
    public var value: Double
    /// The value as a person reads it: `0 of 412`, `12.5%`, `3.1 per 1,000`.
    public var display: String
    /// Where it came from: a data-return field, a register, a computed metric.
    public var source: String

    public init(label: String, value: Double, display: String, source: String) {
        self.label = label
        self.value = value
        self.display = display
        self.source = source
    }
}

extension Finding {
    /// This finding with `other`, which reports the same fact from another source (a register
    /// cross-check confirming a data-return figure), folded in: one finding, both sources'
    /// figures, items and contradictions, the more severe kind. One fact is penalised once.
    public func absorbing(_ other: Finding) -> Finding {
        var merged = self
        merged.kind = Swift.max(kind, other.kind)
        merged.detail = detail + " " + other.detail
        merged.items = Array(Set(items + other.items)).sorted()
        merged.evidence = Array(Set(evidence + other.evidence)).sorted()
        merged.figures = figures + other.figures.filter { !figures.contains($0) }
        merged.recommendations = Array(Set(recommendations + other.recommendations)).sorted()
        merged.contradicts = Array(Set(contradicts + other.contradicts)).sorted()
        let folded = Set((also ?? []) + other.allIDs).subtracting([id])
        merged.also = folded.isEmpty ? nil : folded.sorted()
        return merged
    }
}

extension Array where Element == Finding {
    /// Folds each `(kept, absorbed)` pair into one finding when both are present.
    public func merging(corroborated pairs: [(kept: FindingID, absorbed: FindingID)]) -> [Finding] {
        var findings = self
        for pair in pairs {
            guard let keep = findings.firstIndex(where: { $0.id == pair.kept }),
                let absorb = findings.firstIndex(where: { $0.id == pair.absorbed })
            else { continue }
            findings[keep] = findings[keep].absorbing(findings[absorb])
            findings.remove(at: absorb)
        }
        return findings
    }
}
