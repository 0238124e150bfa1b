/// An inspector's moderation of one assessment: a file beside the force's assessment (which is
/// never altered), holding an append-only, hash-chained list of entries. See docs/moderation.md.
public struct ModerationLog: Sendable, Hashable, Codable {
    public static let supportedSchemaVersions = [1]

    public var schemaVersion: Int
    /// The assessment moderated, as named and hashed when the log was created.
    public var assessment: ModeratedAssessment
    public var entries: [ModerationEntry]

    public init(assessment: ModeratedAssessment, entries: [ModerationEntry] = []) {
        self.schemaVersion = 1
        self.assessment = assessment
        self.entries = entries
    }

    /// The hash of the last entry: what the next entry's `previous` must be, and the value to
    /// record elsewhere as an anchor (`probity verify --anchor`).
    public var head: SHA256Digest { entries.last?.hash ?? ModerationHash.genesis }

    /// Everyone who made an entry, in order of first appearance.
    public var moderators: [Moderator] {
        var seen: [Moderator] = []
        for entry in entries where !seen.contains(entry.moderator) { seen.append(entry.moderator) }
        return seen
    }
}

/// The assessment file a moderation log belongs to: its name as given when the log was created
/// and the SHA-256 of its bytes then.
public struct ModeratedAssessment: Sendable, Hashable, Codable {
    public var file: String
    public var sha256: SHA256Digest

    public init(file: String, sha256: SHA256Digest) {
        self.file = file
        self.sha256 = sha256
    }

    /// The SHA-256 of an assessment file's bytes, after a leading UTF-8 byte-order mark (if
    /// any) is dropped, as `AssessmentDocument` reads them.
    public static func digest(of bytes: [UInt8]) -> SHA256Digest {
        SHA256.hash(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes)
    }
}
