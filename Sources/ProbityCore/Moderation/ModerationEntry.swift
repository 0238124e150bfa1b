/// One append-only entry of a moderation log: who moderated, when, what they decided per item,
/// their own findings, and the links that make the log tamper-evident: its place in the chain
/// (`sequence`, `previous`), the assessment it moderated (`assessmentSha256`) and its own `hash`.
public struct ModerationEntry: Sendable, Hashable, Codable {
    /// 1 for the first entry, then one more than the entry before.
    public var sequence: Int
    /// The previous entry's `hash`, or 64 zeros for the first entry.
    public var previous: SHA256Digest
    /// The SHA-256 of the assessment file as it was when this entry was made.
    public var assessmentSha256: SHA256Digest
    public var moderator: Moderator
    public var date: LocalDate
    public var items: [ItemModeration]
    public var findings: [InspectorFinding]
    /// The inspector's judgements of progress since the previous inspection (headline and per
    /// area). Absent in entries without any, so entries written before it existed hash as they did.
    public var judgements: [ProgressJudgementEntry]?
    /// The SHA-256 of this entry's canonical JSON without `hash` (`ModerationHash`).
    public var hash: SHA256Digest

    public init(sequence: Int, previous: SHA256Digest, assessmentSha256: SHA256Digest, moderator: Moderator,
                date: LocalDate, items: [ItemModeration], findings: [InspectorFinding] = [],
                judgements: [ProgressJudgementEntry] = []) {
        self.sequence = sequence
        self.previous = previous
        self.assessmentSha256 = assessmentSha256
        self.moderator = moderator
        self.date = date
        self.items = items
        self.findings = findings
        self.judgements = judgements.isEmpty ? nil : judgements
        self.hash = ModerationHash.genesis
    }

    /// The progress judgements, none when absent.
    public var progressJudgements: [ProgressJudgementEntry] { judgements ?? [] }

    /// The inspector's findings as scorecard findings, numbered `MOD-<sequence>-<n>`.
    public var scoredFindings: [Finding] {
        findings.enumerated().map { index, finding in finding.scored(id: FindingID("MOD-\(sequence)-\(index + 1)")) }
    }
}

/// Who made a moderation entry.
public struct Moderator: Sendable, Hashable, Codable, CustomStringConvertible {
    public var name: String
    public var role: String?

    public init(name: String, role: String? = nil) {
        self.name = name
        self.role = role
    }

    /// `A. Inspector (HMI)`
    public var description: String { role.map { "\(name) (\($0))" } ?? name }
}
