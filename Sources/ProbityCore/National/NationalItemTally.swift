/// How forces answered one item: for each status, how many forces and which.
public struct NationalItemTally: Sendable, Hashable, Codable {
    public var item: ItemID
    public var area: AreaID
    public var question: String
    /// Every status in the order met, partially met, not met, not applicable, not assessed.
    public var statuses: [StatusTally]

    public func tally(_ status: AnswerStatus) -> StatusTally? { statuses.first { $0.status == status } }

    public func count(_ status: AnswerStatus) -> Int { tally(status)?.count ?? 0 }
}

/// The forces giving an item one status.
public struct StatusTally: Sendable, Hashable, Codable {
    public var status: AnswerStatus
    public var count: Int
    public var forces: [ForceCode]
}
