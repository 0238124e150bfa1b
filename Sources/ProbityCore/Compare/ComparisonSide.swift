/// One of the two files compared: what it is, whose, which period and checklist, and its
/// overall standing.
public struct ComparisonSide: Sendable, Hashable, Codable {
    public var file: String
    public var kind: ScoredFile.Kind
    public var force: ForceInfo
    public var year: Int
    public var period: Period
    public var months: Double
    public var checklist: ChecklistReference
    public var scale: ScaleID
    public var overall: Standing

    public init(_ scored: ScoredFile) {
        file = scored.file
        kind = scored.kind
        force = scored.force
        year = scored.scorecard.year
        period = scored.period
        months = scored.period.months
        checklist = scored.scorecard.checklist
        scale = scored.scorecard.scale.id
        overall = Standing(scored.scorecard)
    }
}
