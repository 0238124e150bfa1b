/// A grading scale: grades from best to worst, each with the lowest score that earns it.
public struct GradeScale: Sendable, Hashable, Codable {
    public var id: ScaleID
    public var label: String
    public var grades: [Grade]

    /// The grade a score earns: the first (best) grade whose minimum the score reaches.
    public func grade(for score: Double) -> Grade? {
        grades.first { score >= $0.minScore } ?? grades.last
    }

    public func grade(_ id: GradeID) -> Grade? { grades.first { $0.id == id } }

    /// 0 for the best grade, increasing towards the worst.
    public func rank(of id: GradeID) -> Int? { grades.firstIndex { $0.id == id } }

    /// The worse of two grades.
    public func worse(_ lhs: GradeID, _ rhs: GradeID) -> GradeID {
        (rank(of: lhs) ?? 0) >= (rank(of: rhs) ?? 0) ? lhs : rhs
    }

    /// The grade `steps` better than `id` (clamped to the best grade).
    public func grade(_ id: GradeID, stepsBetter steps: Int) -> GradeID {
        guard let rank = rank(of: id) else { return id }
        return grades[min(grades.count - 1, max(0, rank - max(0, steps)))].id
    }
}

public struct Grade: Sendable, Hashable, Codable {
    public var id: GradeID
    public var label: String
    public var minScore: Double
}

extension GradeScale {
    /// A grade's label, or "Not graded: insufficient evidence" for none.
    public func label(_ grade: GradeID?) -> String {
        guard let grade else { return NotGraded.label }
        return self.grade(grade)?.label ?? grade.rawValue
    }
}
