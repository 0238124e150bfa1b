/// The grades forces received for one area (or overall): for each grade of the scale, how
/// many forces and which, with the median and range of their scores.
public struct NationalGradeDistribution: Sendable, Hashable, Codable {
    /// Nil for the overall grade.
    public var area: AreaID?
    public var title: String
    /// Every grade of the scale, best first.
    public var grades: [GradeTally]
    /// The forces not graded (too little assessed), in their own column.
    public var notGraded: [ForceCode]
    public var medianScore: Double?
    public var lowestScore: Double?
    public var highestScore: Double?

    public func count(_ grade: GradeID) -> Int { grades.first { $0.grade == grade }?.count ?? 0 }
}

/// The forces with one grade.
public struct GradeTally: Sendable, Hashable, Codable {
    public var grade: GradeID
    public var label: String
    public var count: Int
    public var forces: [ForceCode]
}
