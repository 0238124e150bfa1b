/// Checks the judgement rules and evidence provenance definitions for meaning: every status,
/// kind, source, standing and sufficiency grade they name exists; shares and factors lie in
/// 0...1; progress levels descend from best to worst.
extension ChecklistValidator {
    func judgement() -> [Diagnostic] {
        guard let rules = checklist.scoring.judgement else { return [] }
        let base: [JSONPathComponent] = [.key("scoring"), .key("judgement")]
        var problems: [Diagnostic] = []
        for (index, rule) in rules.answerFindings.enumerated() where rule.kind == .strength || rule.keyKind == .strength {
            problems.append(error(base + [.key("answerFindings"), .index(index)], "an answer that falls short cannot be a strength"))
        }
        problems += strengthProblems(rules.strengths, path: base + [.key("strengths")])
        for (key, value) in [("minAreaCoverage", rules.grading.minAreaCoverage), ("minGradedWeight", rules.grading.minGradedWeight)]
        where !(0...1).contains(value) {
            problems.append(error(base + [.key("grading"), .key(key)], "must be between 0 and 1, found \(NumberFormatting.number(value, decimals: 3))"))
        }
        problems += progressProblems(rules.progress, path: base + [.key("progress")])
        return problems
    }

    func strengthProblems(_ rule: StrengthRule, path: [JSONPathComponent]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (index, source) in rule.sources.enumerated() where checklist.evidenceSource(source) == nil {
            problems.append(error(path + [.key("sources"), .index(index)], "unknown evidence source \"\(source)\""))
        }
        for (index, status) in rule.documentStatuses.enumerated() where checklist.documentStatus(status) == nil {
            problems.append(error(path + [.key("documentStatuses"), .index(index)], "unknown document status \"\(status)\""))
        }
        for (index, grade) in rule.sufficiency.enumerated() where checklist.sufficiency(grade) == nil {
            problems.append(error(path + [.key("sufficiency"), .index(index)], "unknown sufficiency grade \"\(grade)\""))
        }
        return problems
    }

    func progressProblems(_ scale: ProgressScale, path: [JSONPathComponent]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if scale.levels.count < 2 { problems.append(error(path + [.key("levels")], "a progress scale needs at least two levels")) }
        for (index, pair) in zip(scale.levels, scale.levels.dropFirst()).enumerated() where pair.0.minIndex <= pair.1.minIndex {
            problems.append(error(path + [.key("levels"), .index(index + 1), .key("minIndex")],
                                  "levels must descend from best to worst: \(pair.1.id) is not below \(pair.0.id)"))
        }
        for (index, level) in scale.levels.enumerated() where !(-1...1).contains(level.minIndex) {
            problems.append(error(path + [.key("levels"), .index(index), .key("minIndex")], "must be between -1 and 1"))
        }
        if let last = scale.levels.last, last.minIndex != -1 {
            problems.append(error(path + [.key("levels"), .index(scale.levels.count - 1), .key("minIndex")],
                                  "the lowest level must start at -1 so every index has a level"))
        }
        if scale.minComparableItems < 1 { problems.append(error(path + [.key("minComparableItems")], "must be 1 or more")) }
        return problems
    }

    func provenanceDefinitions() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (index, source) in (checklist.evidenceSources ?? []).enumerated() where !(0...1).contains(source.factor) {
            problems.append(error([.key("evidenceSources"), .index(index), .key("factor")], "must be between 0 and 1"))
        }
        if let sources = checklist.evidenceSources, !sources.contains(where: { $0.id == EvidenceSourceDefinition.forceID }) {
            problems.append(error([.key("evidenceSources")], "the source \"force\" (a record that names none) must be defined"))
        }
        for (index, status) in (checklist.documentStatuses ?? []).enumerated() where !(0...1).contains(status.factor) {
            problems.append(error([.key("documentStatuses"), .index(index), .key("factor")], "must be between 0 and 1"))
        }
        if let months = checklist.scoring.evidence.currentMonthsAfterPeriod, !(0...24).contains(months) {
            problems.append(error([.key("scoring"), .key("evidence"), .key("currentMonthsAfterPeriod")], "must be from 0 to 24 months"))
        }
        return problems
    }
}
