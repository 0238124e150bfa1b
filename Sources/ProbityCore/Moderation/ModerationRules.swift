import Foundation

/// What an inspector's decision on an item, or a finding of theirs, must satisfy against the
/// checklist and the force's assessment. Shared by `ModerationValidator` (which places each
/// problem in the moderation file) and `probity moderate` (which names the option).
public struct ModerationRules: Sendable {
    public let checklist: Checklist
    public let assessment: Assessment

    public init(checklist: Checklist, assessment: Assessment) {
        self.checklist = checklist
        self.assessment = assessment
    }

    /// The part of an item moderation or finding a problem is about.
    public enum Field: Sendable, Hashable {
        case item, status, rationale
        case evidenceID(Int), sufficiency(Int)
        case findingTitle, findingItems, findingItem(Int)
        case judgementArea, judgementProgress, judgementNarrative

        /// The path below the item moderation or finding.
        public var path: [JSONPathComponent] {
            switch self {
            case .item: return [.key("item")]
            case .status: return [.key("status")]
            case .rationale: return [.key("rationale")]
            case .evidenceID(let index): return [.key("evidence"), .index(index), .key("id")]
            case .sufficiency(let index): return [.key("evidence"), .index(index), .key("sufficiency")]
            case .findingTitle: return [.key("title")]
            case .findingItems: return [.key("items")]
            case .findingItem(let index): return [.key("items"), .index(index)]
            case .judgementArea: return [.key("area")]
            case .judgementProgress: return [.key("progress")]
            case .judgementNarrative: return [.key("narrative")]
            }
        }
    }

    public struct Problem: Sendable, Hashable {
        public var field: Field
        public var message: String
    }

    public func problems(_ moderation: ItemModeration) -> [Problem] {
        if let unknown = unknownItem(moderation.item) { return [Problem(field: .item, message: unknown)] }
        var problems: [Problem] = []
        if moderation.status == .notAssessed {
            problems.append(Problem(field: .status, message: "an inspector's status is met, partially-met, not-met or not-applicable; leave it out to keep the force's status"))
        }
        if moderation.status == nil && moderation.evidence.isEmpty {
            problems.append(Problem(field: .status, message: "the moderation of \(moderation.item) neither sets a status nor grades any evidence"))
        }
        if moderation.rationale.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(Problem(field: .rationale, message: "a rationale is required: say what the inspector found"))
        }
        for (index, grade) in moderation.evidence.enumerated() {
            problems += evidenceProblems(grade, index: index, in: moderation)
        }
        return problems
    }

    public func problems(_ finding: InspectorFinding) -> [Problem] {
        var problems: [Problem] = []
        if finding.title.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(Problem(field: .findingTitle, message: "a finding needs a title"))
        }
        if finding.items.isEmpty {
            problems.append(Problem(field: .findingItems, message: "a finding names at least one item (its area is theirs)"))
        }
        for (index, item) in finding.items.enumerated() {
            if let unknown = unknownItem(item) { problems.append(Problem(field: .findingItem(index), message: unknown)) }
        }
        let areas = Array(Set(finding.items.compactMap { checklist.areaID(of: $0) })).sorted()
        if areas.count > 1 {
            problems.append(Problem(field: .findingItems, message: "the items span areas \(areas.map(\.rawValue).joined(separator: ", ")); a finding belongs to one area"))
        }
        return problems
    }

    /// A progress judgement: an area of the checklist (or none, for the headline), a level of
    /// its progress scale and a narrative.
    public func problems(_ judgement: ProgressJudgementEntry) -> [Problem] {
        var problems: [Problem] = []
        if let area = judgement.area, checklist.area(area) == nil {
            let ids = checklist.areas.map(\.id.rawValue)
            var message = "expected one of \(ids.joined(separator: ", ")) (or no area, for the headline), found \"\(area)\""
            if let near = Suggestion.closest(to: area.rawValue, among: ids) { message += "; did you mean \"\(near)\"?" }
            problems.append(Problem(field: .judgementArea, message: message))
        }
        if let unknown = unknownProgress(judgement.progress) { problems.append(Problem(field: .judgementProgress, message: unknown)) }
        if judgement.narrative.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(Problem(field: .judgementNarrative, message: "a narrative is required: say why the force has made this progress"))
        }
        return problems
    }

    func unknownProgress(_ id: ProgressLevelID) -> String? {
        guard let scale = checklist.scoring.judgement?.progress else {
            return "checklist \(checklist.id) defines no scoring.judgement.progress, so progress cannot be judged"
        }
        guard scale.level(id) == nil else { return nil }
        let ids = scale.levels.map(\.id.rawValue)
        var message = "expected one of \(ids.joined(separator: ", ")), found \"\(id)\""
        if let near = Suggestion.closest(to: id.rawValue, among: ids) { message += "; did you mean \"\(near)\"?" }
        return message
    }

    func unknownItem(_ item: ItemID) -> String? {
        guard checklist.item(item) == nil else { return nil }
        var message = "unknown item \"\(item)\" in \(checklist.id)"
        if let near = Suggestion.closest(to: item.rawValue, among: checklist.allItems.map(\.id.rawValue)) {
            message += "; did you mean \"\(near)\"?"
        }
        return message
    }

    func evidenceProblems(_ grade: EvidenceGrade, index: Int, in moderation: ItemModeration) -> [Problem] {
        var problems: [Problem] = []
        let cited = assessment.answer(for: moderation.item)?.citedEvidence ?? []
        if let first = moderation.evidence.firstIndex(where: { $0.id == grade.id }), first < index {
            problems.append(Problem(field: .evidenceID(index), message: "evidence \"\(grade.id)\" is graded twice (also evidence[\(first)])"))
        } else if !cited.contains(grade.id) {
            let cites = cited.isEmpty ? "it cites none" : "it cites \(cited.map(\.rawValue).joined(separator: ", "))"
            problems.append(Problem(field: .evidenceID(index), message: "evidence \"\(grade.id)\" is not cited by the force for \(moderation.item); \(cites)"))
        }
        if checklist.sufficiency(grade.sufficiency) == nil {
            problems.append(Problem(field: .sufficiency(index), message: unknownSufficiency(grade.sufficiency)))
        }
        return problems
    }

    func unknownSufficiency(_ id: SufficiencyID) -> String {
        let ids = checklist.sufficiencyScale.map(\.id.rawValue)
        guard !ids.isEmpty else {
            return "checklist \(checklist.id) defines no scoring.sufficiencyScale, so evidence cannot be graded"
        }
        var message = "expected one of \(ids.joined(separator: ", ")), found \"\(id)\""
        if let near = Suggestion.closest(to: id.rawValue, among: ids) { message += "; did you mean \"\(near)\"?" }
        return message
    }
}
