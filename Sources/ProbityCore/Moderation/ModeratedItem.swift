/// Where the inspector's decisions on one item stand after every entry: the latest status
/// given (if any), the latest grade of each evidence record, and every entry's note.
public struct ModeratedItem: Sendable, Hashable, Codable {
    public var item: ItemID
    public var status: AnswerStatus?
    /// The entry that set `status`.
    public var statusNote: ModerationNote?
    /// The latest grade of each evidence record, by evidence id.
    public var evidence: [GradedEvidence]
    /// Every entry that moderated the item, oldest first (never empty).
    public var notes: [ModerationNote]

    /// The note that explains the item's moderated state: the entry that set the status, or
    /// else the latest entry.
    public var governingNote: ModerationNote? { statusNote ?? notes.last }

    /// Folds one more entry's decision in: a status replaces the earlier one, a grade replaces
    /// the earlier grade of the same evidence record.
    mutating func record(_ note: ModerationNote) {
        if let status = note.status {
            self.status = status
            statusNote = note
        }
        for grade in note.evidence {
            evidence.removeAll { $0.id == grade.id }
            evidence.append(GradedEvidence(id: grade.id, sufficiency: grade.sufficiency, entry: note.entry))
        }
        evidence.sort { $0.id < $1.id }
        notes.append(note)
    }
}

/// One entry's decision on an item: who, when, what they set and why.
public struct ModerationNote: Sendable, Hashable, Codable {
    /// The entry's sequence number.
    public var entry: Int
    public var moderator: Moderator
    public var date: LocalDate
    public var status: AnswerStatus?
    public var evidence: [EvidenceGrade]
    public var rationale: String

    init(entry: ModerationEntry, moderation: ItemModeration) {
        self.entry = entry.sequence
        moderator = entry.moderator
        date = entry.date
        status = moderation.status
        evidence = moderation.evidence
        rationale = moderation.rationale
    }
}

/// An evidence record's sufficiency grade, and the entry that gave it.
public struct GradedEvidence: Sendable, Hashable, Codable {
    public var id: EvidenceID
    public var sufficiency: SufficiencyID
    public var entry: Int
}
