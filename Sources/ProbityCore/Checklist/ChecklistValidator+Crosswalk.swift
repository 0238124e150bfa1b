/// The crosswalk rules that need both checklists: items and crosswalk agree on what changed, an
/// item marked `same` is unchanged, ids are never reused, and retirements are consistent.
extension ChecklistValidator {
    func crosswalkAgreement() -> [Diagnostic] {
        guard let crosswalk = checklist.crosswalk else { return [] }
        var problems = itemChanges(crosswalk)
        if let previous, checklist.year <= previous.year {
            problems.append(error([.key("year")], "\(checklist.year) is not later than \(previous.id)'s year \(previous.year)"))
        }
        for (index, retired) in crosswalk.retired.enumerated() {
            let path: [JSONPathComponent] = [.key("crosswalk"), .key("retired"), .index(index)]
            if checklist.item(retired.previous) != nil {
                problems.append(error(path + [.key("previous")], "\"\(retired.previous)\" is retired, so this checklist must not use the id"))
            }
            if (retired.note ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(error(path + [.key("note")], "say why \"\(retired.previous)\" was retired"))
            }
            for (replacementIndex, replacement) in (retired.replacedBy ?? []).enumerated()
            where !(crosswalk.entry(for: replacement)?.previous.contains(retired.previous) ?? false) {
                problems.append(error(path + [.key("replacedBy"), .index(replacementIndex)],
                                      "\"\(replacement)\" replaces \"\(retired.previous)\", so its crosswalk entry's previous must list it"))
            }
        }
        return problems
    }

    func itemChanges(_ crosswalk: Crosswalk) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (index, entry) in crosswalk.entries.enumerated() {
            let path: [JSONPathComponent] = [.key("crosswalk"), .key("entries"), .index(index)]
            guard let item = checklist.item(entry.item) else { continue }
            let marked = item.change ?? .same
            if marked != entry.change {
                problems.append(error(path + [.key("change")], "\(entry.item) is marked \(marked.rawValue) on the item but \(entry.change.rawValue) in the crosswalk"))
            }
            guard let previous else { continue }
            let earlier = previous.item(entry.item)
            switch entry.change {
            case .new where earlier != nil:
                problems.append(error(path + [.key("item")], "a new item must not reuse \(previous.id)'s id \"\(entry.item)\""))
            case .same:
                if let earlier, let field = Self.difference(item, earlier) {
                    problems.append(error(path + [.key("change")], "\(entry.item) is marked same but its \(field) differs from \(previous.id)"))
                }
            case .changed:
                if let earlier, earlier.question == item.question {
                    problems.append(error(path + [.key("change")], "\(entry.item) is marked changed but its question is the same as in \(previous.id)"))
                }
            default:
                break
            }
        }
        return problems
    }

    /// The first field (other than its source) in which an item differs from its earlier self.
    static func difference(_ item: ChecklistItem, _ earlier: ChecklistItem) -> String? {
        if item.question != earlier.question { return "question" }
        if item.goodPractice != earlier.goodPractice { return "goodPractice" }
        if item.appliesTo != earlier.appliesTo { return "appliesTo" }
        if item.evidenceKinds != earlier.evidenceKinds { return "evidenceKinds" }
        if item.weight != earlier.weight { return "weight" }
        if item.tags != earlier.tags { return "tags" }
        return nil
    }
}
