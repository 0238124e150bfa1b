import ProbityCore
import Testing

/// The national aggregation: totals with the forces behind them, per-month rates from each
/// force's own period, item and grade tallies, shares, practices and coverage.
@Suite struct NationalAggregatorTests {
    typealias T = NationalTestForces
    static let infoTotal = FigureRef("information", "investigations.total")

    @Test func totalsAddEveryReportingForceAndNameTheOthers() throws {
        let forces = [
            try T.force("A", returns: ["information": T.information(10, open: 4).merging(["acu.staff": .number(2.5)]) { $1 }]),
            try T.force("B", returns: ["information": T.information(20, open: 5)]),
            try T.force("C"),
        ]
        let view = try T.aggregator().aggregate(forces)
        let total = try #require(view.figure(Self.infoTotal))
        #expect(total.total == 30)
        #expect(total.forcesReporting == 2)
        #expect(total.notReported == ["C"])
        #expect(total.contributions == [ForceValue(force: "A", value: 10), ForceValue(force: "B", value: 20)])
        #expect(total.meanPerForce == 15)
        #expect(abs((total.perMonth ?? 0) - 30.0 / 9) < 1e-9)
        let open = try #require(view.figure(FigureRef("information", "investigations.outcomes.open")))
        #expect(open.total == 9)
        let staff = try #require(view.figure(FigureRef("information", "acu.staff")))
        #expect(staff.kind == .amount && staff.total == 2.5 && staff.notReported == ["B", "C"])
        #expect(staff.perMonth == nil, "a figure held at a date has no rate per month")
        #expect(view.breakdowns == [NationalBreakdown(total: Self.infoTotal, parts: [
            FigureRef("information", "investigations.outcomes.open"), FigureRef("information", "investigations.outcomes.closed"),
        ])])
    }

    @Test func perMonthRatesUseEachForcesOwnPeriod() throws {
        let forces = [
            try T.force("A", period: T.nineMonths, returns: ["information": T.information(18)]),
            try T.force("B", period: T.twelveMonths, returns: ["information": T.information(24)]),
        ]
        let view = try T.aggregator().aggregate(forces)
        let total = try #require(view.figure(Self.infoTotal))
        #expect(abs((total.perMonth ?? 0) - 4) < 1e-9, "18 over 9 months + 24 over 12 months = 2 + 2 a month")
        #expect(view.coverage.periods.map(\.months) == [12, 9], "as many forces each: the earlier start first")
        #expect(view.coverage.periods.map(\.forces) == [["B"], ["A"]])
    }

    @Test func itemTalliesCountAndNameTheForces() throws {
        let forces = [
            try T.force("A", statuses: ["MR-01": .met], rest: .met),
            try T.force("B", statuses: ["MR-01": .notMet]),
            try T.force("C", statuses: ["MR-01": .notApplicable, "MR-02": .partiallyMet]),
        ]
        let view = try T.aggregator().aggregate(forces)
        let first = try #require(view.items.first { $0.item == "MR-01" })
        #expect(first.statuses.map(\.status) == [.met, .partiallyMet, .notMet, .notApplicable, .notAssessed])
        #expect(first.statuses.map(\.count) == [1, 0, 1, 1, 0])
        #expect(first.tally(.notMet)?.forces == ["B"])
        #expect(first.tally(.notApplicable)?.forces == ["C"])
        let second = try #require(view.items.first { $0.item == "MR-02" })
        #expect(second.statuses.map(\.count) == [1, 1, 0, 0, 1])
        #expect(view.items.count == (try T.checklist()).allItems.count)
        #expect(view.coverage.incomplete.map(\.force) == ["B", "C"])
        #expect(view.coverage.incomplete.first?.notAssessed.count == (try T.checklist()).allItems.count - 1)
    }

    @Test func gradeDistributionsPlaceEveryForceOnce() throws {
        let forces = [try T.force("A", rest: .met), try T.force("B", rest: .notMet), try T.force("C", rest: .partiallyMet)]
        let view = try T.aggregator().aggregate(forces)
        for distribution in [view.overall] + view.areas {
            #expect(distribution.grades.map(\.count).reduce(0, +) == 3, "\(distribution.title)")
            #expect(Set(distribution.grades.flatMap(\.forces)) == ["A", "B", "C"])
            #expect(distribution.grades.map(\.grade) == view.scale.grades.map(\.id))
        }
        for force in forces {
            let tally = view.overall.grades.first { $0.forces.contains(force.code) }
            #expect(tally?.grade == force.scorecard.overallGrade, "\(force.code) is counted under its own grade")
        }
        #expect(view.overall.highestScore == forces[0].scorecard.overallScore, "all met scores highest")
        #expect(view.overall.lowestScore == forces[1].scorecard.overallScore, "all not met scores lowest")
        #expect(view.areas.map(\.area) == (try T.checklist()).areas.map(\.id))
    }

    @Test func sharesCountOnlyForcesReportingBothFigures() throws {
        let integrity = { (value: Double) in ["investigations.total": JSONValue.number(value)] }
        let forces = [
            try T.force("A", returns: ["information": T.information(30), "professional-standards": integrity(40)]),
            try T.force("B", returns: ["information": T.information(10), "professional-standards": integrity(60)]),
            try T.force("C", returns: ["professional-standards": integrity(500)]),
        ]
        let share = try #require(try T.aggregator().aggregate(forces).shares.first)
        #expect(share.numeratorTotal == 40 && share.denominatorTotal == 100)
        #expect(share.value == 0.4)
        #expect(share.forces == ["A", "B"])
        let none = try #require(try T.aggregator().aggregate([forces[2]]).shares.first)
        #expect(none.value == nil && none.forces.isEmpty)
    }

    @Test func practicesCountForcesPerAnswer() throws {
        let forces = [
            try T.force("A", returns: ["information": ["audits.proactive": .bool(true), "audits.level": .string("all")]]),
            try T.force("B", returns: ["information": ["audits.proactive": .bool(false), "audits.level": .string("all")]]),
            try T.force("C", returns: ["information": ["audits.proactive": .bool(true)]]),
        ]
        let view = try T.aggregator().aggregate(forces)
        let proactive = try #require(view.practices.first { $0.figure == FigureRef("information", "audits.proactive") })
        #expect(proactive.answers == [AnswerTally(value: "yes", count: 2, forces: ["A", "C"]), AnswerTally(value: "no", count: 1, forces: ["B"])])
        let level = try #require(view.practices.first { $0.figure == FigureRef("information", "audits.level") })
        #expect(level.answers.map(\.value) == ["none", "some", "all"])
        #expect(level.answers.map(\.count) == [0, 0, 2])
        #expect(level.notReported == ["C"])
    }

    @Test func coverageStatesMissingAndIncompleteForces() throws {
        let forces = [
            try T.force("A", rest: .met, returns: ["information": T.information(1)]),
            try T.force("B", workforce: nil, rest: .met, returns: ["information": T.information(1)]),
            try T.force("C", rest: .met),
        ]
        let short = try T.aggregator(expected: 5).aggregate(forces).coverage
        #expect(short.forcesCounted == 3 && short.expectedForces == 5 && short.missing == 2)
        #expect(short.withoutWorkforce == ["B"])
        #expect(short.dataReturnGaps == [DataReturnGap(area: "information", forces: ["C"]),
                                         DataReturnGap(area: "professional-standards", forces: ["A", "B", "C"])],
                "areas whose plugin declares no figures are not gaps")
        #expect(short.incomplete.isEmpty && !short.isComplete)
        #expect(short.forces.map(\.code) == ["A", "B", "C"] && short.forces[0].answered == 1)
        let surplus = try T.aggregator(expected: 2).aggregate(forces).coverage
        #expect(surplus.missing == 0)
        #expect(surplus.notes == ["3 forces counted, more than the 2 expected"])
        let unknown = try T.aggregator().aggregate(forces).coverage
        #expect(unknown.missing == nil && unknown.expectedForces == nil)
    }

    @Test func theResultDoesNotDependOnTheOrderOfForces() throws {
        let forces = [
            try T.force("B", statuses: ["MR-01": .met], returns: ["information": T.information(5)]),
            try T.force("A", statuses: ["MR-01": .notMet], returns: ["information": T.information(7)]),
            try T.force("C", workforce: 3000, returns: ["information": T.information(9)]),
        ]
        let aggregator = try T.aggregator()
        #expect(aggregator.aggregate(forces) == aggregator.aggregate(forces.reversed()))
        #expect(aggregator.aggregate(forces).coverage.forces.map(\.code) == ["A", "B", "C"])
    }
}
