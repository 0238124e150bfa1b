/// Combines area results by the checklist's model: a weighted mean of area scores (area
/// weights are data), graded on the scale, then held to at most
/// `overallMaxStepsAboveWeakest` grades above the weakest area.
public struct ScorecardBuilder: Sendable {
    public let checklist: Checklist
    public let scale: GradeScale

    public init(checklist: Checklist, scale: GradeScale) {
        self.checklist = checklist
        self.scale = scale
    }

    public func build(assessment: Assessment, areas: [AreaResult], registers: RegisterEvidence?) -> Scorecard {
        let model = checklist.scoring
        let totalWeight = areas.reduce(0) { $0 + model.weight(of: $1.area) }
        let overall = totalWeight > 0
            ? areas.reduce(0) { $0 + model.weight(of: $1.area) * $1.score } / totalWeight : 0
        let scoreGrade = scale.grade(for: overall)?.id ?? GradeID("ungraded")
        var caps: [GradeCap] = []
        var grade = scoreGrade
        if let weakest = weakestArea(areas) {
            let ceiling = scale.grade(weakest.grade, stepsBetter: model.limits.overallMaxStepsAboveWeakest)
            if scale.worse(grade, ceiling) != grade {
                caps.append(GradeCap(
                    rule: .weakestArea, cappedAt: ceiling,
                    reason: "the weakest area, \(weakest.title), is \(label(weakest.grade)); the overall grade may be at most \(model.limits.overallMaxStepsAboveWeakest) grade(s) above it"))
                grade = ceiling
            }
        }
        let why = explanation(overall: overall, grade: grade, scoreGrade: scoreGrade, caps: caps, areas: areas)
        return Scorecard(
            schemaVersion: Scorecard.schemaVersion, force: assessment.force, year: assessment.year,
            period: assessment.period, checklist: checklist.reference, scale: scale, areas: areas,
            overallScore: overall, scoreGrade: scoreGrade, overallGrade: grade, caps: caps,
            registers: registers, why: why)
    }

    func weakestArea(_ areas: [AreaResult]) -> AreaResult? {
        areas.max { (scale.rank(of: $0.grade) ?? 0, $1.area) < (scale.rank(of: $1.grade) ?? 0, $0.area) }
    }

    func explanation(overall: Double, grade: GradeID, scoreGrade: GradeID, caps: [GradeCap],
                     areas: [AreaResult]) -> Explanation {
        let n = { (value: Double) in NumberFormatting.number(value, decimals: 1) }
        let model = checklist.scoring
        let terms = areas.map { "\(NumberFormatting.number(model.weight(of: $0.area))) x \(n($0.score)) (\($0.area))" }
        var children = [Explanation("Overall score \(n(overall)) = weighted mean of area scores: \(terms.joined(separator: " + ")) / \(NumberFormatting.number(areas.reduce(0) { $0 + model.weight(of: $1.area) }))")]
        children += caps.map { Explanation("Limit: \($0.reason)") }
        children += areas.map(\.why)
        let capped = grade != scoreGrade ? " (the score alone gives \(label(scoreGrade)))" : ""
        return Explanation("Overall: \(label(grade)), score \(n(overall))\(capped)", children: children)
    }

    func label(_ grade: GradeID) -> String { scale.grade(grade)?.label ?? grade.rawValue }
}
