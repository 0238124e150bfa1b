import ProbityCore
import Testing

@Suite struct LocalDateTests {
    @Test(arguments: ["2012-02-30", "2011-02-29", "2012-13-01", "2012-00-10", "12-05-31", "2012-5-31", "2012-05-31T00:00", "", "2012-05-3a"])
    func rejectsImpossibleDates(_ text: String) {
        #expect(LocalDate(text) == nil)
    }

    @Test func acceptsLeapDayAndRoundTrips() throws {
        let date = try #require(LocalDate("2012-02-29"))
        #expect(date.description == "2012-02-29")
        #expect(LocalDate(daysSinceEpoch: date.daysSinceEpoch) == date)
        #expect(LocalDate("1970-01-01")?.daysSinceEpoch == 0)
        #expect(date.adding(days: 366).description == "2013-03-01")
        #expect(date.adding(months: 12).description == "2013-02-28")
    }

    @Test func periodsCountCalendarMonths() throws {
        let revisit = Period(start: try #require(LocalDate("2011-09-01")), end: try #require(LocalDate("2012-05-31")))
        #expect(revisit.months == 9)
        let year = Period(start: try #require(LocalDate("2010-04-01")), end: try #require(LocalDate("2011-03-31")))
        #expect(year.months == 12)
        let partial = Period(start: try #require(LocalDate("2012-01-15")), end: try #require(LocalDate("2012-02-14")))
        #expect(abs(partial.months - 31 / 30.4375) < 1e-9)
    }
}
