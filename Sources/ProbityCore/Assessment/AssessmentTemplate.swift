/// A blank assessment for a checklist: every item present and not yet assessed, an empty
/// evidence register, and the checklist's data period.
public enum AssessmentTemplate {
    public static func blank(checklist: Checklist, force: ForceInfo, year: Int, period: Period? = nil,
                             role: String = "Professional Standards Department") -> Assessment {
        Assessment(
            force: force, year: year, period: period ?? defaultPeriod(checklist: checklist, year: year),
            checklist: checklist.reference, completedBy: Completion(role: role),
            answers: checklist.allItems.map { Answer(item: $0.id, status: .notAssessed) })
    }

    /// The checklist's `dataPeriod` for its own year; for another year (a checklist used again
    /// in a later inspection) the same months moved by the difference in years. A checklist
    /// without a `dataPeriod` falls back to `defaultPeriod(year:)`.
    public static func defaultPeriod(checklist: Checklist, year: Int) -> Period {
        guard let period = checklist.dataPeriod else { return defaultPeriod(year: year) }
        let months = 12 * (year - checklist.year)
        return Period(start: period.start.adding(months: months), end: period.end.adding(months: months))
    }

    /// The fallback for a checklist without a `dataPeriod`: HMIC's data periods (the 12 months
    /// to March for 2011, September to May for the 2012 revisit), otherwise the calendar year.
    public static func defaultPeriod(year: Int) -> Period {
        let start: LocalDate?
        let end: LocalDate?
        switch year {
        case 2011:
            start = LocalDate(year: 2010, month: 4, day: 1)
            end = LocalDate(year: 2011, month: 3, day: 31)
        case 2012:
            start = LocalDate(year: 2011, month: 9, day: 1)
            end = LocalDate(year: 2012, month: 5, day: 31)
        default:
            start = LocalDate(year: year, month: 1, day: 1)
            end = LocalDate(year: year, month: 12, day: 31)
        }
        let fallback = LocalDate(daysSinceEpoch: 0)
        return Period(start: start ?? fallback, end: end ?? fallback)
    }
}
