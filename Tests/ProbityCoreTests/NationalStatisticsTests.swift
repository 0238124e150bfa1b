import ProbityCore
import Testing

/// The robust centre and spread behind the outlier rule.
@Suite struct NationalStatisticsTests {
    @Test func medianOfOddAndEvenCounts() {
        #expect(RobustSpread.median([3, 1, 2]) == 2)
        #expect(RobustSpread.median([4, 1, 3, 2]) == 2.5)
        #expect(RobustSpread.median([]) == nil)
    }

    @Test func theMedianAbsoluteDeviationSetsTheUnit() throws {
        let spread = try #require(RobustSpread.measure([1, 2, 3, 4, 100]))
        #expect(spread.median == 3)
        #expect(spread.medianAbsoluteDeviation == 1, "deviations 2, 1, 0, 1, 97")
        #expect(spread.basis == .medianAbsoluteDeviation)
        #expect(abs(spread.scale - 1.4826) < 1e-12)
        #expect(abs((spread.score(100) ?? 0) - 97 / 1.4826) < 1e-9)
        #expect(spread.score(3) == 0)
    }

    @Test func whenMostValuesAreEqualTheMeanDeviationIsUsed() throws {
        let spread = try #require(RobustSpread.measure([0, 0, 0, 0, 10]))
        #expect(spread.medianAbsoluteDeviation == 0)
        #expect(spread.basis == .meanAbsoluteDeviation)
        #expect(abs(spread.meanAbsoluteDeviation - 2) < 1e-12)
        #expect(abs(spread.scale - 1.2533 * 2) < 1e-12)
    }

    @Test func identicalValuesHaveNoSpread() throws {
        let spread = try #require(RobustSpread.measure([5, 5, 5]))
        #expect(spread.scale == 0)
        #expect(spread.score(9) == nil)
        #expect(RobustSpread.measure([]) == nil)
    }
}
