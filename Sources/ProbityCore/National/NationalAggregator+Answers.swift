/// Items and grades across forces.
extension NationalAggregator {
    static let statusOrder: [AnswerStatus] = [.met, .partiallyMet, .notMet, .notApplicable, .notAssessed]

    func itemTallies(_ forces: [NationalForce]) -> [NationalItemTally] {
        checklist.areas.flatMap { area in
            area.items.map { item in
                let statuses = Self.statusOrder.map { status in
                    let codes = forces.filter { $0.status(of: item.id) == status }.map(\.code)
                    return StatusTally(status: status, count: codes.count, forces: codes)
                }
                return NationalItemTally(item: item.id, area: area.id, question: item.question, statuses: statuses)
            }
        }
    }

    func areaGrades(_ forces: [NationalForce]) -> [NationalGradeDistribution] {
        checklist.areas.map { area in
            let results = forces.compactMap { force in force.scorecard.area(area.id).map { (force.code, $0.grade, $0.score) } }
            return distribution(area: area.id, title: area.title, results)
        }
    }

    func overallGrades(_ forces: [NationalForce]) -> NationalGradeDistribution {
        let results = forces.map { ($0.code, $0.scorecard.overallGrade, $0.scorecard.overallScore) }
        return distribution(area: nil, title: "Overall", results)
    }

    /// Forces by grade, with those not graded in a column of their own; scores are summarised
    /// over graded forces only.
    func distribution(area: AreaID?, title: String, _ results: [(ForceCode, GradeID?, Double)]) -> NationalGradeDistribution {
        let grades = scale.grades.map { grade in
            let codes = results.filter { $0.1 == grade.id }.map(\.0)
            return GradeTally(grade: grade.id, label: grade.label, count: codes.count, forces: codes)
        }
        let graded = results.filter { $0.1 != nil }
        let scores = graded.map(\.2)
        return NationalGradeDistribution(
            area: area, title: title, grades: grades, notGraded: results.filter { $0.1 == nil }.map(\.0),
            medianScore: RobustSpread.median(scores), lowestScore: scores.min(), highestScore: scores.max())
    }
}
