/// How much an answer's evidence supports it, by the checklist's evidence factors (the same
/// for every area): the best cited evidence record counts, by its kind's strength, reduced
/// when it is undated or dated outside the assessment period; a claim with no evidence
/// counts for `narrativeOnly` or `noEvidence`.
public struct EvidenceWeigher: Sendable {
    public let checklist: Checklist
    public let period: Period
    public let evidence: [EvidenceID: EvidenceRecord]

    public init(checklist: Checklist, period: Period, evidence: [EvidenceID: EvidenceRecord]) {
        self.checklist = checklist
        self.period = period
        self.evidence = evidence
    }

    public struct Weight: Sendable, Hashable, Codable {
        public var factor: Double
        /// The evidence record that set the factor, if any.
        public var best: EvidenceID?
        /// Why, in words: `EV-03 policy dated 2012-03-01, within the period: 1`.
        public var basis: String
    }

    public func weigh(_ answer: Answer?) -> Weight {
        let factors = checklist.scoring.evidence
        guard let answer else { return Weight(factor: factors.noEvidence, best: nil, basis: "not answered") }
        let records = answer.citedEvidence.compactMap { evidence[$0] }
        guard !records.isEmpty else {
            if answer.hasNarrative {
                return Weight(factor: factors.narrativeOnly, best: nil,
                              basis: "narrative only, no evidence cited: \(fmt(factors.narrativeOnly))")
            }
            return Weight(factor: factors.noEvidence, best: nil, basis: "no evidence and no narrative: \(fmt(factors.noEvidence))")
        }
        let weighed = records.map { ($0, weight(of: $0)) }
        let best = weighed.max { lhs, rhs in
            lhs.1.factor < rhs.1.factor || (lhs.1.factor == rhs.1.factor && lhs.0.id > rhs.0.id)
        }
        return best.map { $0.1 } ?? Weight(factor: factors.noEvidence, best: nil, basis: "no usable evidence")
    }

    func weight(of record: EvidenceRecord) -> Weight {
        let factors = checklist.scoring.evidence
        var factor = checklist.evidenceKind(record.kind)?.strength ?? 0
        var parts: [String] = []
        if let source = record.source, let definition = checklist.evidenceSource(source) {
            factor *= definition.factor
            parts.append("from \(definition.label.lowercased())" + multiplier(definition.factor))
        }
        if let status = record.status, let definition = checklist.documentStatus(status) {
            factor *= definition.factor
            parts.append(definition.label.lowercased() + multiplier(definition.factor))
        }
        if let date = record.date {
            if date.overlaps(from: period.start, to: period.end) {
                parts.append("dated \(date), within the period")
            } else if isCurrent(date) {
                let months = checklist.scoring.evidence.currentMonthsAfterPeriod ?? 0
                parts.append("dated \(date), within \(Words.count(months, "month")) after the period ends, so current")
            } else {
                factor *= factors.outsidePeriod
                parts.append("dated \(date), outside the period \(period.start) to \(currentUntil)" + multiplier(factors.outsidePeriod))
            }
        } else {
            factor *= factors.undated
            parts.append("undated" + multiplier(factors.undated))
        }
        let words = "\(record.id) \(record.kind) " + parts.joined(separator: ", ")
        return Weight(factor: factor, best: record.id, basis: "\(words): \(fmt(factor))")
    }

    /// ` (x0.8)` for a factor other than 1.
    private func multiplier(_ factor: Double) -> String { factor == 1 ? "" : " (x\(fmt(factor)))" }

    /// The last day evidence counts as current: the period's end plus the checklist's months
    /// of fieldwork after it.
    public var currentUntil: LocalDate {
        period.end.adding(months: checklist.scoring.evidence.currentMonthsAfterPeriod ?? 0)
    }

    /// Whether a date (or any day of a partial date) falls in the period or the months after it
    /// that still count as current.
    public func isCurrent(_ date: EvidenceDate) -> Bool { date.overlaps(from: period.start, to: currentUntil) }

    /// Whether a record is strong evidence by the checklist's strength rule: from an accepted
    /// source, current, and (for a policy or procedure with a standing) in an accepted standing.
    public func isStrong(_ record: EvidenceRecord, rule: StrengthRule) -> Bool {
        let source = record.source ?? EvidenceSourceDefinition.forceID
        guard rule.sources.contains(source) else { return false }
        if rule.requireInPeriod { guard let date = record.date, isCurrent(date) else { return false } }
        if let status = record.status, !rule.documentStatuses.contains(status) { return false }
        return true
    }

    private func fmt(_ value: Double) -> String { NumberFormatting.number(value, decimals: 3) }
}
