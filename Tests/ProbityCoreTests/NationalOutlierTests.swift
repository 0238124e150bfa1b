import ProbityCore
import Testing

/// Forces far above or below the rest: rates per 1,000 workforce per month against the median,
/// in robust units.
@Suite struct NationalOutlierTests {
    typealias T = NationalTestForces

    /// Twelve forces of 1,000 staff over 9 months with 9-11 cases, and the extra forces given.
    static func forces(_ extra: [(String, Double, Int?)]) throws -> [NationalForce] {
        let usual: [Double] = [9, 10, 11, 10, 9, 10, 11, 10, 9, 10, 11, 10]
        var forces = try usual.enumerated().map { index, value in
            try T.force("U\(index + 10)", returns: ["information": T.information(value)])
        }
        for (code, value, workforce) in extra {
            forces.append(try T.force(code, workforce: workforce, returns: ["information": T.information(value)]))
        }
        return forces
    }

    @Test func aForceFarAboveTheRestIsNamedWithItsRate() throws {
        let view = try T.aggregator().aggregate(try Self.forces([("HIGH", 90, 1000), ("BIG", 100, 10000)]))
        let test = try #require(view.outliers.first)
        #expect(test.notTested == nil)
        #expect(test.above.map(\.force) == ["HIGH"])
        let high = try #require(test.above.first)
        #expect(abs(high.rate - 10) < 1e-9, "90 cases / 1 thousand staff / 9 months")
        #expect(high.value == 90 && high.workforce == 1000 && high.months == 9)
        #expect((high.score ?? 0) > 3.5)
        #expect(test.below.map(\.force) == [], "the large force's 100 cases are a usual rate")
        let spread = try #require(test.spread)
        #expect(abs(spread.median - 10.0 / 9) < 1e-9)
        #expect(abs((test.upperBound ?? 0) - (spread.median + 3.5 * spread.scale)) < 1e-9)
    }

    @Test func aForceFarBelowTheRestIsNamed() throws {
        let view = try T.aggregator().aggregate(try Self.forces([("LOW", 2, 5000)]))
        let test = try #require(view.outliers.first)
        #expect(test.below.map(\.force) == ["LOW"])
        #expect(test.above.isEmpty)
    }

    @Test func kComesFromTheRules() throws {
        let forces = try Self.forces([("HIGH", 90, 1000)])
        #expect(try T.aggregator(rules: T.rules(k: 100)).aggregate(forces).outliers.first?.above.isEmpty == true)
        #expect(try T.aggregator(rules: T.rules(k: 100)).aggregate(forces).outliers.first?.k == 100)
    }

    @Test func forcesWithoutAWorkforceOrTheFigureAreExcluded() throws {
        var forces = try Self.forces([("NOSTAFF", 90, nil)])
        forces.append(try T.force("NOFIG"))
        let test = try #require(try T.aggregator().aggregate(forces).outliers.first)
        #expect(test.excluded == ["NOFIG", "NOSTAFF"])
        #expect(test.rates.count == 12)
        #expect(test.above.isEmpty)
    }

    @Test func tooFewForcesOrNoSpreadIsSaidNotGuessed() throws {
        let few = try #require(try T.aggregator(rules: T.rules(minimumForces: 20)).aggregate(try Self.forces([])).outliers.first)
        #expect(few.notTested == "only 12 forces have a rate; the test needs at least 20")
        #expect(few.above.isEmpty && few.below.isEmpty && few.spread == nil)
        let same = try (0..<10).map { try T.force("S\($0)", returns: ["information": T.information(5)]) }
        let flat = try #require(try T.aggregator().aggregate(same).outliers.first)
        #expect(flat.notTested == "every force has the same rate")
    }
}
