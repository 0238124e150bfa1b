/// One entry of the force's evidence register: a document or record an answer rests on.
public struct EvidenceRecord: Sendable, Hashable, Codable {
    public var id: EvidenceID
    public var kind: EvidenceKindID
    public var title: String
    /// When it was made: a day, or a month or year where the source gives no day.
    public var date: EvidenceDate?
    public var owner: String?
    /// Where the evidence is held (a system, a shared drive, a file).
    public var location: String?
    /// The items it supports.
    public var supports: [ItemID]?
    /// Where it comes from (the checklist's `evidenceSources`); absent means the force's own.
    public var source: EvidenceSourceID?
    /// For a policy or procedure: draft, under review, in force or superseded (the checklist's
    /// `documentStatuses`).
    public var status: DocumentStatusID?

    public init(id: EvidenceID, kind: EvidenceKindID, title: String, date: EvidenceDate? = nil,
                owner: String? = nil, location: String? = nil, supports: [ItemID]? = nil,
                source: EvidenceSourceID? = nil, status: DocumentStatusID? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.date = date
        self.owner = owner
        self.location = location
        self.supports = supports
        self.source = source
        self.status = status
    }
}
