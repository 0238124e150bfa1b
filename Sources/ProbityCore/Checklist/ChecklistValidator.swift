import Foundation

/// Checks a checklist's internal consistency: unique ids, every reference resolves (evidence
/// kinds, sources, recommendations, grades, crosswalk targets), weights positive, grade
/// thresholds ordered, factors within 0..1.
public struct ChecklistValidator: Sendable {
    public let checklist: Checklist
    public let file: String
    /// The checklist the crosswalk points at, when it is loaded.
    public let previous: Checklist?

    public init(checklist: Checklist, file: String, previous: Checklist?) {
        self.checklist = checklist
        self.file = file
        self.previous = previous
    }

    public func validate() -> [Diagnostic] {
        dataPeriod() + statuses() + statusCredits() + ranges() + scales() + gradeIDs() + scoring() + judgement() + provenanceDefinitions() + recommendations() + areas() + crosswalk()
            + checklist.sufficiencyScaleDiagnostics(file: file) + itemData() + crosswalkAgreement()
    }

    func error(_ path: [JSONPathComponent], _ message: String) -> Diagnostic {
        Diagnostic(.error, file: file, path: JSONPath(path), message)
    }

    private func dataPeriod() -> [Diagnostic] {
        guard let period = checklist.dataPeriod, period.end < period.start else { return [] }
        return [error([.key("dataPeriod"), .key("end")], "the data period ends (\(period.end)) before it starts (\(period.start))")]
    }

    private func statuses() -> [Diagnostic] {
        let defined = Set(checklist.answerStatuses.map(\.id))
        return AnswerStatus.allCases.filter { !defined.contains($0) }.map {
            error([.key("answerStatuses")], "status \"\($0.rawValue)\" is not defined")
        }
    }

    private func scales() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var ids: Set<ScaleID> = []
        for (index, scale) in checklist.gradeScales.enumerated() {
            let path: [JSONPathComponent] = [.key("gradeScales"), .index(index)]
            if !ids.insert(scale.id).inserted { problems.append(error(path + [.key("id")], "duplicate scale id \"\(scale.id)\"")) }
            if scale.grades.count < 2 { problems.append(error(path + [.key("grades")], "a scale needs at least two grades")) }
            for (gradeIndex, pair) in zip(scale.grades, scale.grades.dropFirst()).enumerated() where pair.0.minScore <= pair.1.minScore {
                problems.append(error(path + [.key("grades"), .index(gradeIndex + 1), .key("minScore")],
                                      "thresholds must descend from best to worst grade: \(pair.1.id) \(NumberFormatting.number(pair.1.minScore)) is not below \(pair.0.id) \(NumberFormatting.number(pair.0.minScore))"))
            }
            if let last = scale.grades.last, last.minScore != 0 {
                problems.append(error(path + [.key("grades"), .index(scale.grades.count - 1), .key("minScore")],
                                      "the lowest grade must start at 0, found \(NumberFormatting.number(last.minScore))"))
            }
        }
        return problems
    }

    private func scoring() -> [Diagnostic] {
        let model = checklist.scoring
        var problems: [Diagnostic] = []
        guard let scale = checklist.gradeScale(model.gradeScale) else {
            return [error([.key("scoring"), .key("gradeScale")], "unknown grade scale \"\(model.gradeScale)\"; defined: \(checklist.gradeScales.map(\.id.rawValue).joined(separator: ", "))")]
        }
        for (key, grade) in [("concernCapsAreaAt", model.limits.concernCapsAreaAt), ("lowCoverageCapsAreaAt", model.limits.lowCoverageCapsAreaAt)]
        where scale.grade(grade) == nil {
            problems.append(error([.key("scoring"), .key("limits"), .key(key)], "unknown grade \"\(grade)\" on scale \(scale.id)"))
        }
        let factors = model.evidence
        for (key, value) in [("noEvidence", factors.noEvidence), ("narrativeOnly", factors.narrativeOnly),
                             ("undated", factors.undated), ("outsidePeriod", factors.outsidePeriod)]
        where !(0...1).contains(value) {
            problems.append(error([.key("scoring"), .key("evidence"), .key(key)], "must be between 0 and 1, found \(value)"))
        }
        let areaIDs = Set(checklist.areas.map(\.id.rawValue))
        for (key, weight) in model.areaWeights.sorted(by: { $0.key < $1.key }) {
            if !areaIDs.contains(key) { problems.append(error([.key("scoring"), .key("areaWeights"), .key(key)], "unknown area \"\(key)\"")) }
            if weight <= 0 { problems.append(error([.key("scoring"), .key("areaWeights"), .key(key)], "weight must be positive, found \(weight)")) }
        }
        for (index, kind) in checklist.evidenceKinds.enumerated() where !(0...1).contains(kind.strength) {
            problems.append(error([.key("evidenceKinds"), .index(index), .key("strength")], "must be between 0 and 1, found \(kind.strength)"))
        }
        return problems
    }

    private func recommendations() -> [Diagnostic] {
        let sources = Set(checklist.provenance.sources.map(\.id))
        var seen: Set<RecommendationID> = []
        var problems: [Diagnostic] = []
        for (index, recommendation) in checklist.recommendations.enumerated() {
            let path: [JSONPathComponent] = [.key("recommendations"), .index(index)]
            if !seen.insert(recommendation.id).inserted { problems.append(error(path + [.key("id")], "duplicate recommendation id \"\(recommendation.id)\"")) }
            if !sources.contains(recommendation.source) { problems.append(error(path + [.key("source")], "unknown source \"\(recommendation.source)\"")) }
        }
        return problems
    }

    private func areas() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var areaIDs: Set<AreaID> = []
        var itemIDs: Set<ItemID> = []
        for (areaIndex, area) in checklist.areas.enumerated() {
            let areaPath: [JSONPathComponent] = [.key("areas"), .index(areaIndex)]
            if !areaIDs.insert(area.id).inserted { problems.append(error(areaPath + [.key("id")], "duplicate area id \"\(area.id)\"")) }
            if area.items.isEmpty { problems.append(error(areaPath + [.key("items")], "an area needs at least one item")) }
            for (itemIndex, item) in area.items.enumerated() {
                let path = areaPath + [.key("items"), .index(itemIndex)]
                if !itemIDs.insert(item.id).inserted { problems.append(error(path + [.key("id")], "duplicate item id \"\(item.id)\"")) }
                problems += itemProblems(item, path: path)
            }
        }
        return problems
    }

    private func itemProblems(_ item: ChecklistItem, path: [JSONPathComponent]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if !(item.weight > 0) { problems.append(error(path + [.key("weight")], "weight must be positive, found \(item.weight)")) }
        for (index, kind) in item.evidenceKinds.enumerated() where checklist.evidenceKind(kind) == nil {
            problems.append(error(path + [.key("evidenceKinds"), .index(index)], "unknown evidence kind \"\(kind)\""))
        }
        if !checklist.provenance.sources.contains(where: { $0.id == item.source.document }) {
            problems.append(error(path + [.key("source"), .key("document")], "unknown source \"\(item.source.document)\""))
        }
        for (index, recommendation) in item.source.recommendations.enumerated() where checklist.recommendation(recommendation) == nil {
            problems.append(error(path + [.key("source"), .key("recommendations"), .index(index)], "unknown recommendation \"\(recommendation)\""))
        }
        if item.question.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(error(path + [.key("question")], "the question is empty")) }
        return problems
    }

    private func crosswalk() -> [Diagnostic] {
        guard let crosswalk = checklist.crosswalk else { return [] }
        var problems: [Diagnostic] = []
        let base: [JSONPathComponent] = [.key("crosswalk")]
        if let expected = checklist.previousChecklist, expected != crosswalk.from {
            problems.append(error(base + [.key("from")], "crosswalk is from \(crosswalk.from) but previousChecklist is \(expected)"))
        }
        var mapped: Set<ItemID> = []
        for (index, entry) in crosswalk.entries.enumerated() {
            let path = base + [.key("entries"), .index(index)]
            if checklist.item(entry.item) == nil { problems.append(error(path + [.key("item")], "unknown item \"\(entry.item)\"")) }
            if !mapped.insert(entry.item).inserted { problems.append(error(path + [.key("item")], "item \"\(entry.item)\" is mapped twice")) }
            if entry.change == .new && !entry.previous.isEmpty { problems.append(error(path + [.key("previous")], "a new item has no previous items")) }
            if entry.change != .new && entry.previous.isEmpty { problems.append(error(path + [.key("previous")], "a \(entry.change.rawValue) item needs the previous item it continues")) }
            for (previousIndex, id) in entry.previous.enumerated() where previous != nil && previous?.item(id) == nil {
                problems.append(error(path + [.key("previous"), .index(previousIndex)], "no item \"\(id)\" in \(crosswalk.from)"))
            }
        }
        for item in checklist.allItems where !mapped.contains(item.id) {
            problems.append(error(base + [.key("entries")], "item \"\(item.id)\" has no crosswalk entry"))
        }
        for (index, retired) in crosswalk.retired.enumerated() where previous != nil && previous?.item(retired.previous) == nil {
            problems.append(error(base + [.key("retired"), .index(index), .key("previous")], "no item \"\(retired.previous)\" in \(crosswalk.from)"))
        }
        if let previous {
            let continued = Set(crosswalk.entries.flatMap(\.previous) + crosswalk.retired.map(\.previous))
            for item in previous.allItems where !continued.contains(item.id) {
                problems.append(error(base, "\(previous.id) item \"\(item.id)\" is neither continued nor retired"))
            }
        } else {
            problems.append(Diagnostic(.warning, file: file, path: JSONPath(base + [.key("from")]),
                                       "checklist \"\(crosswalk.from)\" is not loaded; crosswalk targets not checked"))
        }
        return problems
    }
}
