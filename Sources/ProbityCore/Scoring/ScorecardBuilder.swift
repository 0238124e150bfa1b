/// Combines area results by the checklist's model: a weighted mean of the graded areas' scores
/// (area weights are data), graded on the scale, then held to at most
/// `overallMaxStepsAboveWeakest` grades above the weakest graded area. Areas not graded do not
/// count; too few graded areas withhold the overall grade, and any ungraded area makes it
/// provisional.
public struct ScorecardBuilder: Sendable {
    public let checklist: Checklist
    public let scale: GradeScale

    public init(checklist: Checklist, scale: GradeScale) {
        self.checklist = checklist
        self.scale = scale
    }

    public func build(assessment: Assessment, areas: [AreaResult], registers: RegisterEvidence?) -> Scorecard {
        let model = checklist.scoring
        let graded = areas.filter(\.isGraded)
        let gradedWeight = graded.reduce(0) { $0 + model.weight(of: $1.area) }
        let overall = gradedWeight > 0 ? graded.reduce(0) { $0 + model.weight(of: $1.area) * $1.score } / gradedWeight : 0
        let judgement = judgement(areas: areas, gradedWeight: gradedWeight)
        let scoreGrade = judgement.status == .withheld ? nil : scale.grade(for: overall)?.id
        var caps: [GradeCap] = []
        var grade = scoreGrade
        if let current = grade, let weakest = weakestArea(graded), let weakestGrade = weakest.grade {
            let ceiling = scale.grade(weakestGrade, stepsBetter: model.limits.overallMaxStepsAboveWeakest)
            if scale.worse(current, ceiling) != current {
                caps.append(GradeCap(
                    rule: .weakestArea, cappedAt: ceiling,
                    reason: "the weakest area, \(weakest.title), is \(label(weakestGrade)); the overall grade may be at most \(Words.count(model.limits.overallMaxStepsAboveWeakest, "grade")) above it"))
                grade = ceiling
            }
        }
        let why = explanation(overall: overall, grade: grade, scoreGrade: scoreGrade, caps: caps, areas: areas, judgement: judgement)
        return Scorecard(
            schemaVersion: Scorecard.schemaVersion, force: assessment.force, year: assessment.year,
            period: assessment.period, checklist: checklist.reference, scale: scale, areas: areas,
            overallScore: overall, scoreGrade: scoreGrade, overallGrade: grade, overall: judgement, caps: caps,
            registers: registers, why: why)
    }

    /// Graded, provisional (some areas not graded) or withheld (too little weight graded).
    func judgement(areas: [AreaResult], gradedWeight: Double) -> OverallJudgement {
        let ungraded = areas.filter { !$0.isGraded }
        guard !ungraded.isEmpty else { return .graded }
        let model = checklist.scoring
        let totalWeight = areas.reduce(0) { $0 + model.weight(of: $1.area) }
        let share = totalWeight > 0 ? gradedWeight / totalWeight : 0
        let minimum = model.judgement?.grading.minGradedWeight ?? 0
        let names = ungraded.map(\.title).joined(separator: "; ")
        if share < minimum || gradedWeight == 0 {
            return OverallJudgement(
                status: .withheld, notGraded: ungraded.map(\.area),
                reason: "the graded areas carry \(NumberFormatting.percent(share)) of the area weight, below the \(NumberFormatting.percent(minimum)) needed for an overall grade; not graded: \(names)")
        }
        return OverallJudgement(
            status: .provisional, notGraded: ungraded.map(\.area),
            reason: "provisional: \(ungraded.count) of \(areas.count) areas not graded for insufficient evidence (\(names))")
    }

    func weakestArea(_ areas: [AreaResult]) -> AreaResult? {
        areas.max { (rank($0.grade), $1.area) < (rank($1.grade), $0.area) }
    }

    func rank(_ grade: GradeID?) -> Int { grade.flatMap { scale.rank(of: $0) } ?? 0 }

    func explanation(overall: Double, grade: GradeID?, scoreGrade: GradeID?, caps: [GradeCap],
                     areas: [AreaResult], judgement: OverallJudgement) -> Explanation {
        let n = { (value: Double) in NumberFormatting.number(value, decimals: 1) }
        let model = checklist.scoring
        let graded = areas.filter(\.isGraded)
        let terms = graded.map { "\(NumberFormatting.number(model.weight(of: $0.area))) x \(n($0.score)) (\($0.area))" }
        var children: [Explanation] = []
        if judgement.status == .withheld {
            children.append(Explanation("Overall grade withheld: \(judgement.reason ?? "")"))
        } else {
            let total = NumberFormatting.number(graded.reduce(0) { $0 + model.weight(of: $1.area) })
            children.append(Explanation("Overall score \(n(overall)) = weighted mean of graded area scores: \(terms.joined(separator: " + ")) / \(total)"))
            if let reason = judgement.reason { children.append(Explanation("Overall grade \(reason)")) }
        }
        children += caps.map { Explanation("Limit: \($0.reason)") }
        children += areas.map(\.why)
        if judgement.status == .withheld {
            return Explanation("Overall: \(NotGraded.label)", children: children)
        }
        let capped = grade != scoreGrade ? " (the score alone gives \(label(scoreGrade)))" : ""
        let provisional = judgement.status == .provisional ? " (provisional)" : ""
        return Explanation("Overall: \(label(grade))\(provisional), score \(n(overall))\(capped)", children: children)
    }

    func label(_ grade: GradeID?) -> String { scale.label(grade) }
}
