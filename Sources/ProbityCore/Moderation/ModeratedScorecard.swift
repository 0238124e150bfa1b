/// The scorecard after moderation, beside the self-assessment it moderates: both scorecards,
/// every disagreement, the inspector's findings, and a summary per area and overall.
public struct ModeratedScorecard: Sendable, Hashable, Codable {
    public static let schemaVersion = 1

    public var schemaVersion: Int
    public var moderation: ModerationLogSummary
    public var selfAssessed: Scorecard
    /// Scored with the inspector's statuses, evidence grades and findings; its why-trail notes
    /// each moderated item's entry, moderator and rationale.
    public var moderated: Scorecard
    /// In checklist order.
    public var disagreements: [Disagreement]
    public var inspectorFindings: [AttributedFinding]
    /// One per area, in checklist order.
    public var areas: [ModerationSummary]
    public var overall: ModerationSummary
}

/// The moderation log a moderated scorecard rests on.
public struct ModerationLogSummary: Sendable, Hashable, Codable {
    public var file: String
    public var assessment: ModeratedAssessment
    public var entries: Int
    public var moderators: [Moderator]
    public var firstDate: LocalDate?
    public var lastDate: LocalDate?
    /// The last entry's hash (record it to anchor the log: `probity verify --anchor`).
    public var head: SHA256Digest

    public init(_ document: ModerationLogDocument) {
        let log = document.log
        file = document.file
        assessment = log.assessment
        entries = log.entries.count
        moderators = log.moderators
        firstDate = log.entries.first?.date
        lastDate = log.entries.last?.date
        head = log.head
    }

    /// `4 entries`, `1 entry`.
    public var entryCount: String { Words.count(entries, "entry") }

    /// `A. Inspector (HMI); B. Moderator (inspection lead)`
    public var moderatorNames: String { moderators.map(\.description).joined(separator: "; ") }

    /// `2026-01-01`, or `2026-01-01 to 2026-02-03` when the entries span days.
    public var dates: String {
        guard let first = firstDate, let last = lastDate else { return "undated" }
        return first == last ? "\(first)" : "\(first) to \(last)"
    }
}
