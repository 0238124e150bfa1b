/// The health check a plan was derived or updated from.
public struct PlanSource: Sendable, Hashable, Codable {
    /// The file as it was named on the command line.
    public var file: String
    public var year: Int
    public var period: Period
    public var checklist: ChecklistReference

    public init(file: String, year: Int, period: Period, checklist: ChecklistReference) {
        self.file = file
        self.year = year
        self.period = period
        self.checklist = checklist
    }

    public init(_ scored: ScoredFile) {
        self.init(file: scored.file, year: scored.scorecard.year, period: scored.period, checklist: scored.scorecard.checklist)
    }
}
