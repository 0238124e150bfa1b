/// Checks that every figure of the scoring model means something: credits, factors and
/// coverage thresholds are shares in 0...1, penalties are points in 0...100, steps are not
/// negative, every area has a weight within reason, grade thresholds lie on the 0-100 score
/// scale, and no checklist follows itself. Numbers outside these ranges would score nonsense
/// (a credit of 2) or trap (a negative step indexes before the best grade).
extension ChecklistValidator {
    /// The largest weight an item or area may carry; weights are relative, so this only
    /// stops a typing error from swamping every other item.
    static let maximumWeight = 1000.0
    /// Scores run from 0 to 100 (`AreaScorer`); penalties are points on that scale.
    static let scoreRange = 0.0...100.0

    func ranges() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        // Status credits and grade thresholds are checked with the rest of their section
        // (statusCredits(), gradeIDs()).
        let scoring: [JSONPathComponent] = [.key("scoring")]
        let model = checklist.scoring
        if !(0...1).contains(model.contradictionCredit) {
            problems.append(error(scoring + [.key("contradictionCredit")], "expected a share from 0 to 1, found \(NumberFormatting.number(model.contradictionCredit, decimals: 3))"))
        }
        if !(0...1).contains(model.limits.lowCoverage) {
            problems.append(error(scoring + [.key("limits"), .key("lowCoverage")], "expected a share from 0 to 1, found \(NumberFormatting.number(model.limits.lowCoverage, decimals: 3))"))
        }
        let steps = model.limits.overallMaxStepsAboveWeakest
        if steps < 0 || steps > 100 {
            problems.append(error(scoring + [.key("limits"), .key("overallMaxStepsAboveWeakest")], "expected a number of grades from 0 to 100, found \(steps)"))
        }
        let penalties = model.findingPenalties
        for (key, value) in [("strength", penalties.strength), ("improvement", penalties.improvement), ("concern", penalties.concern)]
        where !Self.scoreRange.contains(value) {
            problems.append(error(scoring + [.key("findingPenalties"), .key(key)], "expected points from 0 to 100, found \(NumberFormatting.number(value))"))
        }
        return problems + weightProblems() + sequenceProblems()
    }

    private func weightProblems() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let weights = checklist.scoring.areaWeights
        for area in checklist.areas where weights[area.id.rawValue] == nil {
            problems.append(error([.key("scoring"), .key("areaWeights")], "no weight for area \"\(area.id)\"; give every area a weight"))
        }
        for (key, weight) in weights.sorted(by: { $0.key < $1.key }) where weight > Self.maximumWeight {
            problems.append(error([.key("scoring"), .key("areaWeights"), .key(key)], "expected a weight up to \(NumberFormatting.number(Self.maximumWeight)), found \(NumberFormatting.number(weight))"))
        }
        for (areaIndex, area) in checklist.areas.enumerated() {
            for (itemIndex, item) in area.items.enumerated() where item.weight > Self.maximumWeight {
                problems.append(error([.key("areas"), .index(areaIndex), .key("items"), .index(itemIndex), .key("weight")],
                                      "expected a weight up to \(NumberFormatting.number(Self.maximumWeight)), found \(NumberFormatting.number(item.weight))"))
            }
        }
        return problems
    }

    /// A checklist cannot be its own predecessor, nor its crosswalk come from itself.
    private func sequenceProblems() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if checklist.previousChecklist == checklist.id {
            problems.append(error([.key("previousChecklist")], "checklist \(checklist.id) names itself as its previous checklist"))
        }
        if let crosswalk = checklist.crosswalk, crosswalk.from == checklist.id {
            problems.append(error([.key("crosswalk"), .key("from")], "checklist \(checklist.id) has a crosswalk from itself"))
        }
        return problems
    }
}
