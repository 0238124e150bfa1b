import Foundation

/// Checks a moderation log against the checklist and the force's assessment: every item it
/// moderates exists, every graded evidence record is one the force cited for that item, every
/// sufficiency grade is on the checklist's scale, every entry says who and why, and every
/// finding names items of one area. Run after `ModerationVerifier` has found the chain intact.
public struct ModerationValidator: Sendable {
    public let document: ModerationLogDocument
    public let rules: ModerationRules

    public init(document: ModerationLogDocument, checklist: Checklist, assessment: Assessment) {
        self.document = document
        self.rules = ModerationRules(checklist: checklist, assessment: assessment)
    }

    public func validate() -> [Diagnostic] {
        document.log.entries.enumerated().flatMap { index, entry in
            problems(entry, path: [.key("entries"), .index(index)])
        }
    }

    func problems(_ entry: ModerationEntry, path: [JSONPathComponent]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if entry.moderator.name.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(diagnostic(path + [.key("moderator"), .key("name")], "the moderator's name is empty"))
        }
        if entry.items.isEmpty && entry.findings.isEmpty && entry.progressJudgements.isEmpty {
            problems.append(diagnostic(path, "the entry moderates nothing: no items, no findings and no judgements"))
        }
        var seen: [ItemID: Int] = [:]
        for (index, moderation) in entry.items.enumerated() {
            let itemPath = path + [.key("items"), .index(index)]
            if let first = seen[moderation.item] {
                problems.append(diagnostic(itemPath + [.key("item")], "\(moderation.item) is moderated twice in this entry (also items[\(first)])"))
            }
            seen[moderation.item] = seen[moderation.item] ?? index
            problems += rules.problems(moderation).map { diagnostic(itemPath + $0.field.path, $0.message) }
        }
        for (index, finding) in entry.findings.enumerated() {
            let findingPath = path + [.key("findings"), .index(index)]
            problems += rules.problems(finding).map { diagnostic(findingPath + $0.field.path, $0.message) }
        }
        return problems + judgementProblems(entry, path: path)
    }

    func judgementProblems(_ entry: ModerationEntry, path: [JSONPathComponent]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for (index, judgement) in entry.progressJudgements.enumerated() {
            let judgementPath = path + [.key("judgements"), .index(index)]
            if let first = seen[judgement.subject] {
                problems.append(diagnostic(judgementPath, "the \(judgement.subject) is judged twice in this entry (also judgements[\(first)])"))
            }
            seen[judgement.subject] = seen[judgement.subject] ?? index
            problems += rules.problems(judgement).map { diagnostic(judgementPath + $0.field.path, $0.message) }
        }
        return problems
    }

    func diagnostic(_ path: [JSONPathComponent], _ message: String) -> Diagnostic {
        Diagnostic(.error, file: document.file, path: JSONPath(path), message)
    }
}
