import Foundation
import ProbityCore
import Testing

/// Each checklist carries its data period; a new assessment takes it from there.
@Suite struct DataPeriodTests {
    static func period(_ start: String, _ end: String) throws -> Period {
        Period(start: try #require(LocalDate(start)), end: try #require(LocalDate(end)))
    }

    @Test func shippedChecklistsCarryHMICsDataPeriods() throws {
        let catalog = try ChecklistCatalog.builtIn()
        #expect(try catalog.checklist(id: "wfof-2011").dataPeriod == Self.period("2010-04-01", "2011-03-31"))
        #expect(try catalog.checklist(id: "revisit-2012").dataPeriod == Self.period("2011-09-01", "2012-05-31"))
    }

    @Test func aBlankAssessmentTakesTheChecklistsPeriod() throws {
        var checklist = try ChecklistCatalog.builtIn().checklist(id: "revisit-2012")
        checklist.dataPeriod = try Self.period("2011-10-01", "2012-06-30")
        let force = ForceInfo(name: "Eastmoor Police", code: "EM")
        #expect(AssessmentTemplate.blank(checklist: checklist, force: force, year: 2012).period == (try Self.period("2011-10-01", "2012-06-30")))
        // Used again a year later: the same months, a year on.
        #expect(AssessmentTemplate.blank(checklist: checklist, force: force, year: 2013).period == (try Self.period("2012-10-01", "2013-06-30")))
        // Without a data period: the year-based fallback.
        checklist.dataPeriod = nil
        #expect(AssessmentTemplate.blank(checklist: checklist, force: force, year: 2014).period == (try Self.period("2014-01-01", "2014-12-31")))
    }

    @Test func aPeriodEndingBeforeItStartsIsAnError() throws {
        var checklist = try ChecklistCatalog.builtIn().checklist(id: "wfof-2011")
        checklist.dataPeriod = try Self.period("2011-03-31", "2010-04-01")
        let messages = ChecklistValidator(checklist: checklist, file: "c.json", previous: nil).validate().map(\.rendered)
        #expect(messages == ["c.json: dataPeriod.end: the data period ends (2010-04-01) before it starts (2011-03-31)"])
    }
}
