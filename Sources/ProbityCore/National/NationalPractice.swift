/// A yes/no or one-of-a-list figure across forces: for each answer, how many forces and which.
public struct NationalPractice: Sendable, Hashable, Codable {
    public var figure: FigureRef
    public var meaning: String
    /// `yes` and `no` for a flag; the allowed values, in their order, for a choice.
    public var answers: [AnswerTally]
    public var notReported: [ForceCode]
}

/// The forces giving one answer.
public struct AnswerTally: Sendable, Hashable, Codable {
    public var value: String
    public var count: Int
    public var forces: [ForceCode]

    public init(value: String, count: Int, forces: [ForceCode]) {
        self.value = value
        self.count = count
        self.forces = forces
    }
}
