import Foundation
import ProbityCore
import Testing

/// Crosswalks chain: a checklist whose crosswalk is from revisit-2012 compares with 2011 through
/// 2012, and every item whose mapping is lost or changed at a step says which step.
@Suite struct CrosswalkChainTests {
    /// A synthetic third checklist (not shipped): revisit-2012 carried forward, with GH-02
    /// reworded, MR-02 retired and a new GH-12.
    static func revisit2014() throws -> Checklist {
        let base = try ChecklistCatalog.builtIn().checklist(id: "revisit-2012")
        var next = base
        next.id = "revisit-2014"
        next.year = 2014
        next.previousChecklist = base.id
        next.dataPeriod = Period(start: try #require(LocalDate("2013-04-01")), end: try #require(LocalDate("2014-03-31")))
        for areaIndex in next.areas.indices {
            next.areas[areaIndex].items.removeAll { $0.id == "MR-02" }
            for itemIndex in next.areas[areaIndex].items.indices {
                next.areas[areaIndex].items[itemIndex].change = nil
                if next.areas[areaIndex].items[itemIndex].id == "GH-02" {
                    next.areas[areaIndex].items[itemIndex].question = "Does the register record every declined offer, with the reason?"
                    next.areas[areaIndex].items[itemIndex].change = .changed
                }
            }
            if next.areas[areaIndex].id == "gratuities", var added = next.areas[areaIndex].items.last {
                added.id = "GH-12"
                added.question = "Are register entries published to the public?"
                added.change = .new
                next.areas[areaIndex].items.append(added)
            }
        }
        var entries = next.allItems.map { CrosswalkEntry(item: $0.id, change: .same, previous: [$0.id], note: nil) }
        for index in entries.indices {
            if entries[index].item == "GH-02" { entries[index].change = .changed; entries[index].note = "asks for the reason too" }
            if entries[index].item == "GH-12" { entries[index].change = .new; entries[index].previous = [] }
        }
        next.crosswalk = Crosswalk(from: base.id, entries: entries,
                                   retired: [RetiredItem(previous: "MR-02", replacedBy: [], note: "now part of the media contact register check")])
        return next
    }

    static func available() throws -> [Checklist] { try ChecklistCatalog.builtIn().checklists + [revisit2014()] }

    static func scored(_ checklist: Checklist, year: Int, file: String, statuses: [ItemID: AnswerStatus]) throws -> ScoredFile {
        var assessment = AssessmentTemplate.blank(checklist: checklist, force: ComparisonFixture.force, year: year)
        assessment.evidence = [EvidenceRecord(id: "EV-01", kind: "policy", title: "Policy", date: EvidenceDate(assessment.period.start))]
        assessment.answers = checklist.allItems.map { item in
            let status = statuses[item.id] ?? .partiallyMet
            return Answer(item: item.id, status: status, evidence: ["EV-01"])
        }
        let healthCheck = HealthCheck(catalog: try ChecklistCatalog.builtIn(), plugins: ComparisonFixture.plugins(findings: [:], metrics: [:]))
        let scorecard = try healthCheck.score(assessment, checklist: checklist, dataReturns: [:], registers: nil)
        return ScoredFile(file: file, kind: .assessment, scorecard: scorecard, checklist: checklist)
    }

    @Test func theFixtureIsAValidChecklist() throws {
        let previous = try ChecklistCatalog.builtIn().checklist(id: "revisit-2012")
        let problems = ChecklistValidator(checklist: try Self.revisit2014(), file: "revisit-2014.json", previous: previous).validate()
        #expect(problems.errors.isEmpty, "\(problems.map(\.rendered))")
    }

    @Test func aPathIsFoundThroughPreviousChecklistLinks() throws {
        let catalog = try ChecklistCatalog.builtIn()
        let old = try catalog.checklist(id: "wfof-2011")
        let chain = try #require(CrosswalkChain.path(from: old, to: try Self.revisit2014(), among: try Self.available()))
        #expect(chain.route == "wfof-2011 -> revisit-2012 -> revisit-2014")
        #expect(CrosswalkChain.path(from: try Self.revisit2014(), to: old, among: try Self.available()) == nil)
        #expect(CrosswalkChain.path(from: old, to: try Self.revisit2014(), among: []) == nil,
                "revisit-2014 descends from revisit-2012, so 2012 must be known to reach 2011")
    }

    @Test func compare2011WithTheThirdChecklistNamesTheStepOfEveryLoss() throws {
        let old = try Self.scored(try ChecklistCatalog.builtIn().checklist(id: "wfof-2011"), year: 2011, file: "2011.json",
                                  statuses: ["GH-01": .notMet, "GH-02": .notMet, "MR-01": .notMet])
        let new = try Self.scored(try Self.revisit2014(), year: 2014, file: "2014.json",
                                  statuses: ["GH-01": .met, "GH-02": .met, "MR-01": .met])
        let comparison = try Comparer(checklists: try Self.available()).compare(old, new)
        #expect(comparison.matching.basis == .chain)
        #expect(comparison.matching.description == "matched through the chain of crosswalks wfof-2011 -> revisit-2012 -> revisit-2014")
        let rows = comparison.areas.flatMap(\.items)
        func row(_ item: ItemID, _ change: ItemChange) -> ItemComparison? { rows.first { $0.item == item && $0.change == change } }
        // Same at every step: compared.
        #expect(row("GH-01", .improved) != nil)
        // Changed at one step or the other: not comparable, naming the step.
        #expect(row("GH-02", .notComparable)?.reason == "changed in revisit-2014 (from revisit-2012)")
        #expect(row("MR-01", .notComparable)?.reason == "changed in revisit-2012 (from wfof-2011)")
        let merged = try #require(row("IS-03", .notComparable))
        #expect(merged.reason == "changed in revisit-2012 (from wfof-2011)")
        #expect(merged.old.map(\.item) == ["IS-03", "IS-04"])
        // New at a step, and lost at a step.
        #expect(row("GH-09", .new)?.note == "new in revisit-2012 (from wfof-2011)")
        #expect(row("GH-12", .new)?.note == "new in revisit-2014 (from revisit-2012)")
        let retired = try #require(row("MR-02", .retired))
        #expect(retired.reason == "retired in revisit-2014 (from revisit-2012)")
        #expect(retired.note == "now part of the media contact register check")
        // Every item of both checklists appears once.
        let oldItems = Set(old.checklist.allItems.map(\.id))
        let listed = Set(rows.map(\.item)).union(rows.flatMap { $0.old.map(\.item) })
        #expect(oldItems.isSubset(of: listed))
        #expect(Set(new.checklist.allItems.map(\.id)).isSubset(of: listed))
    }

    @Test func aChainWorksInEitherOrder() throws {
        let old = try ChecklistCatalog.builtIn().checklist(id: "wfof-2011")
        let matching = ItemMatching.between(old: try Self.revisit2014(), new: old, available: try Self.available())
        #expect(matching.basis == .chain)
        #expect(matching.description.hasSuffix("in reverse"))
        #expect(matching.link(for: "MR-02")?.change == .new)
        #expect(matching.link(for: "MR-02")?.note == "retired in revisit-2014 (from revisit-2012)")
        #expect(matching.link(for: "GH-01")?.previous == ["GH-01"])
        #expect(matching.notComparable["GH-02"] == "changed in revisit-2014 (from revisit-2012)")
        #expect(matching.link(for: "IS-04")?.previous == ["IS-03"])
        #expect(matching.retirement(of: "GH-12")?.note == "new in revisit-2014 (from revisit-2012)")
    }

    @Test func aPreviousChecklistLoopIsAValidationError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("probity-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var first = try Self.revisit2014()
        first.id = "loop-a"
        first.previousChecklist = "loop-b"
        first.crosswalk?.from = "loop-b"
        var second = first
        second.id = "loop-b"
        second.previousChecklist = "loop-a"
        second.crosswalk?.from = "loop-a"
        var files: [(path: String, name: String)] = []
        for checklist in [first, second] {
            let url = directory.appendingPathComponent("\(checklist.id).json")
            try JSONEncoder().encode(checklist).write(to: url)
            files.append((url.path, "\(checklist.id).json"))
        }
        let problems = try ChecklistCatalog.decode(files: files).diagnostics().map(\.rendered)
        #expect(problems.contains("loop-a.json: previousChecklist: previousChecklist links form a loop (loop-a -> loop-b -> loop-a); a checklist cannot revise itself or a later one"))
        #expect(problems.contains("loop-b.json: previousChecklist: previousChecklist links form a loop (loop-b -> loop-a -> loop-b); a checklist cannot revise itself or a later one"))
        let matching = ItemMatching.between(old: try ChecklistCatalog.builtIn().checklist(id: "wfof-2011"), new: first, available: [first, second])
        #expect(matching.basis == .none, "a loop never reaches 2011, and the search ends")
    }
}
