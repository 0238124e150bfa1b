import Foundation
import ProbityCore
import Testing

/// Items matched through the 2012 crosswalk: changed, merged, retired, new and not-comparable
/// items, each appearing exactly once.
@Suite struct ComparisonItemTests {
    func compare(old: [ItemID: AnswerStatus] = [:], new: [ItemID: AnswerStatus] = [:]) throws -> Comparison {
        try Comparer().compare(try ComparisonFixture.old(statuses: old), try ComparisonFixture.new(statuses: new))
    }

    func item(_ id: ItemID, in comparison: Comparison, change: ItemChange? = nil) throws -> ItemComparison {
        try #require(comparison.allItems.first { $0.item == id && (change == nil || $0.change == change) })
    }

    @Test func theRevisitIsMatchedThroughItsCrosswalk() throws {
        let catalog = try ChecklistCatalog.builtIn()
        let old = try catalog.checklist(id: "wfof-2011")
        let new = try catalog.checklist(id: "revisit-2012")
        #expect(ItemMatching.between(old: old, new: new).basis == .crosswalk)
        #expect(ItemMatching.between(old: new, new: new).basis == .identity)
        // The other way round the crosswalk is followed in reverse (see CrosswalkChainTests).
        let backwards = ItemMatching.between(old: new, new: old)
        #expect(backwards.basis == .chain)
        #expect(backwards.description == "matched through the chain of crosswalks wfof-2011 -> revisit-2012, in reverse")
        #expect(backwards.link(for: "IS-04")?.previous == ["IS-03"])
        #expect(backwards.notComparable["IS-04"] == "changed in revisit-2012 (from wfof-2011)")
    }

    @Test func everyItemOfBothChecklistsAppearsOnce() throws {
        let comparison = try compare()
        let catalog = try ChecklistCatalog.builtIn()
        let newItems = try catalog.checklist(id: "revisit-2012").allItems.map(\.id)
        let rows = comparison.allItems
        #expect(rows.filter { $0.change != .retired }.map(\.item) == newItems, "every NEW item once, in checklist order")
        #expect(rows.filter { $0.change == .retired }.map(\.item) == ["IS-04"], "the one retired 2011 item")
        let continued = Set(rows.flatMap { $0.old.map(\.item) })
        let oldItems = Set(try catalog.checklist(id: "wfof-2011").allItems.map(\.id))
        #expect(continued == oldItems, "every OLD item is compared or listed")
    }

    @Test func aChangedItemThatImproved() throws {
        let row = try item("MR-01", in: try compare(old: ["MR-01": .notMet], new: ["MR-01": .met]))
        #expect(row.change == .improved)
        #expect(row.crosswalk == .changed)
        #expect(row.old == [ItemComparison.OldItem(item: "MR-01", status: .notMet, movement: .improved)])
        #expect(row.note?.contains("April 2012 interim ACPO media guidance") == true)
    }

    @Test func aSameItemThatRegressedOrStayed() throws {
        let comparison = try compare(old: ["GH-02": .met, "GH-01": .notMet], new: ["GH-02": .partiallyMet, "GH-01": .notMet])
        #expect(try item("GH-02", in: comparison).change == .regressed)
        #expect(try item("GH-01", in: comparison).change == .unchanged)
    }

    @Test func aMergedItemIsComparedAgainstEachPreviousItem() throws {
        let agreed = try item("IS-03", in: try compare(old: ["IS-03": .notMet, "IS-04": .partiallyMet], new: ["IS-03": .met]), change: .improved)
        #expect(agreed.old.map(\.item) == ["IS-03", "IS-04"])
        #expect(agreed.reason == "merged from IS-03, IS-04")
        let mixed = try item("IS-03", in: try compare(old: ["IS-03": .met, "IS-04": .notMet], new: ["IS-03": .partiallyMet]))
        #expect(mixed.change == .mixed)
        #expect(mixed.reason == "merged from IS-03, IS-04; improved on IS-04, regressed on IS-03")
        let partly = try item("IS-03", in: try compare(old: ["IS-03": .notAssessed, "IS-04": .notMet], new: ["IS-03": .met]))
        #expect(partly.change == .improved, "an unjudged previous item is listed but not counted")
        #expect(partly.old[0].movement == .notComparable && partly.old[0].reason == "not assessed in OLD")
    }

    @Test func theRetiredItemSaysWhereItWent() throws {
        let row = try item("IS-04", in: try compare(old: ["IS-04": .met]), change: .retired)
        #expect(row.old == [ItemComparison.OldItem(item: "IS-04", status: .met)])
        #expect(row.reason == "merged into IS-03, compared there")
        #expect(row.newStatus == nil)
    }

    @Test func aNewItemIsNew() throws {
        let row = try item("MR-10", in: try compare(new: ["MR-10": .notMet]))
        #expect(row.change == .new && row.newStatus == .notMet && row.old.isEmpty && row.crosswalk == .new)
    }

    @Test func unjudgedItemsAreNotComparableWithTheReason() throws {
        let comparison = try compare(old: ["GH-05": .notAssessed, "BI-03": .met], new: ["GH-05": .met, "BI-03": .notApplicable])
        let unassessed = try item("GH-05", in: comparison)
        #expect(unassessed.change == .notComparable && unassessed.reason == "not assessed in OLD")
        let inapplicable = try item("BI-03", in: comparison)
        #expect(inapplicable.change == .notComparable && inapplicable.reason == "not applicable in NEW")
        #expect(comparison.summary.notComparable == 2)
    }

    @Test func withoutACrosswalkNothingIsSilentlyDropped() throws {
        var unlinked = try ChecklistCatalog.builtIn().checklist(id: "wfof-2011")
        unlinked.id = "other-2013"
        let old = try ComparisonFixture.scored("revisit-2012", year: 2012, file: "old.json")
        let new = try CrosswalkChainTests.scored(unlinked, year: 2013, file: "new.json", statuses: [:])
        let comparison = try Comparer(checklists: try ChecklistCatalog.builtIn().checklists).compare(old, new)
        #expect(comparison.matching.basis == .none)
        #expect(comparison.allItems.count == old.checklist.allItems.count + new.checklist.allItems.count)
        #expect(comparison.allItems.allSatisfy { $0.change == .notComparable && $0.reason == "no crosswalk from revisit-2012 to other-2013" })
    }

    @Test func theSameChecklistMatchesByID() throws {
        let old = try ComparisonFixture.scored("revisit-2012", year: 2012, file: "draft.json", statuses: ["MR-02": .met])
        let new = try ComparisonFixture.scored("revisit-2012", year: 2012, file: "final.json", statuses: ["MR-02": .notMet])
        let comparison = try Comparer().compare(old, new)
        #expect(comparison.matching.basis == .identity)
        #expect(comparison.summary.regressed == 1 && comparison.summary.unchanged == old.checklist.allItems.count - 1)
    }
}

/// Areas, findings, rates, forces and order.
@Suite struct ComparisonTests {
    @Test func areasMoveByGradeAndScore() throws {
        let old = try ComparisonFixture.old(fallback: .notMet)
        let new = try ComparisonFixture.new(fallback: .met)
        let comparison = try Comparer().compare(old, new)
        let media = try #require(comparison.areas.first { $0.area == "media" })
        #expect(media.old?.grade == "inadequate" && media.new?.grade == "outstanding")
        #expect(media.grade == .improved)
        #expect(media.scoreChange == (media.new?.score ?? 0) - (media.old?.score ?? 0))
        #expect(comparison.overall.grade == .improved)
        #expect(comparison.areas.map(\.area) == ["media", "information", "gratuities", "procurement",
                                                   "business-interests", "professional-standards", "governance"])
    }

    @Test func coverageChangeIsReported() throws {
        let old = try ComparisonFixture.old(statuses: ["GH-01": .notAssessed, "GH-02": .notAssessed])
        let comparison = try Comparer().compare(old, try ComparisonFixture.new())
        let gratuities = try #require(comparison.areas.first { $0.area == "gratuities" })
        let change = try #require(gratuities.answeredChange)
        #expect(change > 0 && gratuities.new?.answered == 1)
    }

    @Test func findingsAreResolvedNewOrPersisting() throws {
        let old = try ComparisonFixture.old(findings: [
            "gratuities": [ComparisonFixture.finding("GH-F03", .improvement, "Chief officers' entries not peer reviewed", items: ["GH-06"]),
                           ComparisonFixture.finding("GH-F06", .concern, "Investigations high", items: ["GH-07"])],
            "media": [ComparisonFixture.finding("MR-F09", .strength, items: ["MR-01"])],
            "procurement": [ComparisonFixture.finding("PC-F01", .improvement, "Figures only")],
        ])
        let new = try ComparisonFixture.new(findings: [
            "gratuities": [ComparisonFixture.finding("GH-F06", .improvement, "Investigations high", items: ["GH-07"])],
            "information": [ComparisonFixture.finding("IS-F05", .improvement, "No checks of staff use of social media", items: ["IS-09"])],
        ])
        let comparison = try Comparer().compare(old, new)
        let byID = Dictionary(comparison.allFindings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Every item is partially met in both years (the fixture's fallback), so GH-06, GH-07
        // and IS-09 are judged in both years: the plugin findings about them are resolved, new
        // or persisting. Each plugin finding absorbs the answer finding about its item.
        let peerReview = try #require(comparison.allFindings.first { $0.allIDs.contains("GH-F03") })
        #expect(peerReview.id == "GH-06-A" && peerReview.status == .persisting && peerReview.also == ["GH-F03"],
                "GH-F03 (2011) absorbed GH-06-A; 2012 still finds GH-06-A, under NEW's id")
        #expect(byID["IS-F05"]?.status == .persisting && byID["IS-F05"]?.also == ["IS-09-A"],
                "IS-F05 (2012) absorbed IS-09-A, which 2011 found too: the weakness persists")
        #expect(byID["GH-F06"]?.status == .persisting)
        #expect(byID["GH-F06"]?.kindChange == "was cause of concern, now area for improvement")
        #expect(byID["MR-F09"].map { $0.status.label(for: $0.kind) } == "lost")
        // A finding naming no item cannot be told resolved from no longer looked for.
        #expect(byID["PC-F01"]?.status == .notComparable && byID["PC-F01"]?.reason == "names no checklist item to compare")
        #expect(comparison.summary.findingsResolved == 0 && comparison.summary.findingsNew == 0,
                "strengths are not counted as resolved weaknesses; answer findings persist on every item")
    }

    @Test func countsAreComparedPerMonthOfEachPeriod() throws {
        let figure = { (value: Double) in
            ReturnFigure(area: "professional-standards", field: "investigations.total", kind: .count, meaning: "investigations", value: value)
        }
        let old = try ComparisonFixture.old(figures: [figure(1817)])
        let new = try ComparisonFixture.new(figures: [figure(2207)])
        let comparison = try Comparer().compare(old, new)
        let row = try #require(comparison.areas.flatMap(\.figures).first)
        #expect(comparison.old.months == 12 && comparison.new.months == 9)
        #expect(row.basis == .perMonth)
        // HMIC 2012 (p.33 of seed 003): 151 a month (1,817 over 12 months) to 245 (2,207 over 9).
        let oldRate = try #require(row.old?.rate)
        let newRate = try #require(row.new?.rate)
        let change = try #require(row.relativeChange)
        #expect(NumberFormatting.number(oldRate, decimals: 0) == "151")
        #expect(NumberFormatting.number(newRate, decimals: 0) == "245")
        let expected: Double = (2207.0 / 9.0 - 1817.0 / 12.0) / (1817.0 / 12.0)
        #expect(abs(change - expected) < 1e-12)
    }

    @Test func countsOverThePeriodAreTheDeclaredFlows() {
        let total = DataReturnField.count("investigations.total", .flow, "investigations opened")
        let continuing = DataReturnField.count("investigations.continuing", .level, "investigations in the period still open at its end")
        let systems = DataReturnField.count("audits.systems", .level, "systems")
        let audited = DataReturnField.count("audits.audited", .flow, "systems audited")
        let undeclared = DataReturnField.count("audits.checked", "of the audited systems, how many were checked in the period")
        let staff = DataReturnField.amount("unit.staff", .flow, "staff hours in the period")
        let schema = DataReturnSchema(fields: [total, continuing, systems, audited, undeclared, staff])
        #expect(PeriodCounts.flows(in: schema) == ["investigations.total", "audits.audited"],
                "the declaration decides, not the wording; an undeclared count is a level; amounts are not compared")
    }

    @Test func aLevelIsComparedAsItStands() throws {
        let schema = DataReturnSchema(fields: [.count("cards.held", "cards held at the end of the period")])
        let returns: [AreaID: DataReturn] = ["procurement": DataReturn(values: ["cards.held": .number(140)])]
        let figures = ReturnFigure.collect(returns, schemas: ["procurement": schema], areas: ["procurement"])
        #expect(figures.map(\.kind) == [.level])
        var newer = figures
        newer[0].value = 120
        let row = try #require(try Comparer().compare(try ComparisonFixture.old(figures: figures), try ComparisonFixture.new(figures: newer))
            .areas.flatMap(\.figures).first)
        #expect(row.basis == .asComputed && row.unit == .count && row.old?.rate == 140 && row.new?.rate == 120)
    }

    @Test func metricsAreComparedAsComputedAndOneSidedOnesAreKept() throws {
        let share = { (value: Double) in Metric(id: "declined-share", label: "Share declined", value: value, unit: .share, basis: "x") }
        let perThousand = Metric(id: "per-1000", label: "Entries per 1,000", value: 30, unit: .perThousandWorkforce, basis: "y")
        let old = try ComparisonFixture.old(metrics: ["gratuities": [share(0.1), perThousand]])
        let new = try ComparisonFixture.new(metrics: ["gratuities": [share(0.25)]])
        let rows = try #require(try Comparer().compare(old, new).areas.first { $0.area == "gratuities" }).metrics
        #expect(rows.map(\.id) == ["declined-share", "per-1000"])
        #expect(rows[0].basis == .asComputed && abs((rows[0].difference ?? 0) - 0.15) < 1e-12)
        #expect(rows[1].isCompared == false && rows[1].new == nil && rows[1].old?.value == 30)
        #expect(rows[1].caveat == "may depend on the period's length: 12 months in OLD, 9 in NEW")
    }

    @Test func differentForcesAreRefused() throws {
        let westshire = ForceInfo(name: "Westshire Police", code: "WS")
        let old = try ComparisonFixture.old()
        let new = try ComparisonFixture.scored("revisit-2012", year: 2012, file: "new.json", force: westshire)
        #expect(throws: ProbityError.incompatible(reason: "old.json is Eastmoor Police (EM) but new.json is Westshire Police (WS); compare refuses different forces unless --allow-different-forces")) {
            try Comparer().compare(old, new)
        }
        let allowed = try Comparer(options: .init(allowDifferentForces: true)).compare(old, new)
        #expect(allowed.notes.first?.hasPrefix("different forces compared (--allow-different-forces)") == true)
    }

    @Test func forcesAreMatchedByCodeThenName() {
        #expect(ForceIdentity.same(ForceInfo(name: "Eastmoor Police", code: "EM"), ForceInfo(name: "Eastmoor Constabulary", code: " em ")))
        #expect(!ForceIdentity.same(ForceInfo(name: "Eastmoor Police", code: "EM"), ForceInfo(name: "Eastmoor Police", code: "EP")))
        #expect(ForceIdentity.same(ForceInfo(name: "Eastmoor Police", code: ""), ForceInfo(name: "eastmoor police", code: "EM")))
    }

    @Test func newerMustComeSecond() throws {
        #expect(throws: ProbityError.incompatible(reason: "old.json (2011, 2010-04-01 to 2011-03-31) is older than new.json (2012, 2011-09-01 to 2012-05-31); give the older file first: compare OLD NEW")) {
            try Comparer().compare(try ComparisonFixture.new(), try ComparisonFixture.old())
        }
    }

    @Test func theComparisonRoundTripsThroughJSON() throws {
        let comparison = try Comparer().compare(try ComparisonFixture.old(), try ComparisonFixture.new())
        let data = try JSONEncoder().encode(comparison)
        #expect(try JSONDecoder().decode(Comparison.self, from: data) == comparison)
    }
}
