import Foundation

/// A path of crosswalks between two checklists through their `previousChecklist` links
/// (2011 -> 2012 -> 2014), and the item mapping it composes. An item keeps its comparison only
/// when every step carries it over unchanged (`same`); an item changed at any step is not
/// comparable, an item new at a step is new, and an item lost at a step is retired, each with
/// the step named (`changed in revisit-2012 (from wfof-2011)`).
public struct CrosswalkChain: Sendable, Hashable {
    /// The checklists from the oldest to the newest; each after the first has a crosswalk
    /// from the one before it.
    public let checklists: [Checklist]

    /// The path from `older` to `newer` through `previousChecklist` links among `available`,
    /// or nil when `newer` does not descend from `older` (a loop ends the search).
    public static func path(from older: Checklist, to newer: Checklist, among available: [Checklist]) -> CrosswalkChain? {
        var chain = [newer]
        var seen: Set<ChecklistID> = [newer.id]
        while let last = chain.last, last.id != older.id {
            guard let previousID = last.crosswalk?.from ?? last.previousChecklist, seen.insert(previousID).inserted else { return nil }
            if previousID == older.id {
                chain.append(older)
            } else {
                guard let previous = newest(previousID, in: available) else { return nil }
                chain.append(previous)
            }
        }
        return CrosswalkChain(checklists: chain.reversed())
    }

    /// The newest version of a checklist id.
    static func newest(_ id: ChecklistID, in checklists: [Checklist]) -> Checklist? {
        checklists.filter { $0.id == id }.max { $0.version.compare($1.version, options: .numeric) == .orderedAscending }
    }

    /// `wfof-2011 -> revisit-2012 -> revisit-2014`.
    public var route: String { checklists.map(\.id.rawValue).joined(separator: " -> ") }

    /// Names step `index` (1-based: the crosswalk of `checklists[index]`).
    func step(_ index: Int) -> String { "\(checklists[index].id) (from \(checklists[index - 1].id))" }

    /// The composed mapping, oldest checklist as OLD and newest as NEW.
    public func forward() -> ItemMatching {
        guard let newest = checklists.last, let oldest = checklists.first else {
            return ItemMatching(basis: .none, description: "no checklists", links: [], retired: [])
        }
        var links: [CrosswalkEntry] = []
        var notComparable: [ItemID: String] = [:]
        for item in newest.allItems {
            let trace = traceBack(item.id)
            let previous = oldest.allItems.map(\.id).filter(trace.previous.contains)
            let changed = trace.changedAt.map { "changed in \(step($0))" }
            if let newAt = trace.newAt, previous.isEmpty {
                links.append(CrosswalkEntry(item: item.id, change: .new, previous: [], note: "new in \(step(newAt))"))
                continue
            }
            let notes = trace.notes.isEmpty ? nil : trace.notes.joined(separator: "; ")
            links.append(CrosswalkEntry(item: item.id, change: changed.isEmpty ? .same : .changed, previous: previous, note: notes))
            if !changed.isEmpty { notComparable[item.id] = changed.joined(separator: "; ") }
        }
        let continued = Set(links.flatMap(\.previous))
        var lost: [ItemID: String] = [:]
        var retired: [RetiredItem] = []
        for item in oldest.allItems where !continued.contains(item.id) {
            let (index, note) = lostAt(item.id)
            let reason = "retired in \(step(index))"
            lost[item.id] = reason
            retired.append(RetiredItem(previous: item.id, replacedBy: nil, note: note))
        }
        return ItemMatching(basis: .chain, description: "matched through the chain of crosswalks \(route)",
                            links: links, retired: retired, notComparable: notComparable, lost: lost)
    }

    struct Trace {
        var previous: Set<ItemID>
        var changedAt: [Int] = []
        var newAt: Int?
        var notes: [String] = []
    }

    /// Follows a newest item back to the oldest checklist, step by step.
    func traceBack(_ item: ItemID) -> Trace {
        var trace = Trace(previous: [item])
        for index in stride(from: checklists.count - 1, through: 1, by: -1) {
            var next: Set<ItemID> = []
            var changed = false
            for current in trace.previous {
                guard let entry = checklists[index].crosswalk?.entry(for: current) else { continue }
                if entry.change == .changed { changed = true }
                if let note = entry.note, entry.change == .changed { trace.notes.append("\(checklists[index].id): \(note)") }
                next.formUnion(entry.previous)
            }
            if changed { trace.changedAt.append(index) }
            if next.isEmpty {
                trace.newAt = index
                trace.previous = []
                break
            }
            trace.previous = next
        }
        trace.changedAt.reverse()
        trace.notes.reverse()
        return trace
    }

    /// The step at which an oldest item stops being carried forward, with the retirement note.
    func lostAt(_ item: ItemID) -> (Int, String?) {
        var current: Set<ItemID> = [item]
        for index in 1..<checklists.count {
            let crosswalk = checklists[index].crosswalk
            let next = Set((crosswalk?.entries ?? []).filter { !current.isDisjoint(with: $0.previous) }.map(\.item))
            if next.isEmpty {
                return (index, crosswalk?.retired.first { current.contains($0.previous) }?.note)
            }
            current = next
        }
        return (checklists.count - 1, nil)
    }
}
