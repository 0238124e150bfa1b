/// One entry of the force's evidence register: a document or record an answer rests on.
public struct EvidenceRecord: Sendable, Hashable, Codable {
    public var id: EvidenceID
    public var kind: EvidenceKindID
    public var title: String
    public var date: LocalDate?
    public var owner: String?
    /// Where the evidence is held (a system, a shared drive, a file).
    public var location: String?
    /// The items it supports.
    public var supports: [ItemID]?

    public init(id: EvidenceID, kind: EvidenceKindID, title: String, date: LocalDate? = nil,
                owner: String? = nil, location: String? = nil, supports: [ItemID]? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.date = date
        self.owner = owner
        self.location = location
        self.supports = supports
    }
}
