import ProbityCore

/// Two health checks compared, with the grading scales of NEW and OLD (the HTML movement chart
/// draws NEW's thresholds).
public struct ComparisonReport: Sendable {
    public var comparison: Comparison
    public var scale: GradeScale
    public var oldScale: GradeScale

    public init(comparison: Comparison, scale: GradeScale, oldScale: GradeScale) {
        self.comparison = comparison
        self.scale = scale
        self.oldScale = oldScale
    }
}
