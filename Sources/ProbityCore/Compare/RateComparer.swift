/// Compares the plugins' metrics and the data returns' figures of two scored files, area by
/// area. A data-return count that is a total over its period is compared per month of each
/// period (the periods differ: 12 months to March 2011, 9 months to May 2012); counts held at a
/// point in time and shares are compared as they stand. Metrics are compared as computed: plugins already express flows as
/// rates (per month, per 1,000 workforce), and their plain counts are levels such as the number
/// of channels monitored, for which a monthly rate would mean nothing; a metric that depends on
/// the period's length carries a caveat when the lengths differ. A figure present in only one
/// year is listed with the other side empty, never dropped.
public struct RateComparer: Sendable {
    public let old: ScoredFile
    public let new: ScoredFile

    public init(old: ScoredFile, new: ScoredFile) {
        self.old = old
        self.new = new
    }

    var oldMonths: Double { old.period.months }
    var newMonths: Double { new.period.months }

    public func metrics(in area: AreaID) -> [RateComparison] {
        let before = old.scorecard.area(area)?.metrics ?? []
        let after = new.scorecard.area(area)?.metrics ?? []
        let ids = Self.ordered(after.map(\.id), then: before.map(\.id))
        return ids.compactMap { id in
            let oldMetric = before.first { $0.id == id }
            let newMetric = after.first { $0.id == id }
            guard let any = newMetric ?? oldMetric else { return nil }
            return RateComparison(
                id: id, area: area, label: any.label, source: .metric, basis: .asComputed, unit: any.unit,
                old: oldMetric.map { measure($0.value, months: oldMonths, .asComputed, $0.basis) },
                new: newMetric.map { measure($0.value, months: newMonths, .asComputed, $0.basis) },
                caveat: caveat(for: any.unit))
        }
    }

    /// The data-return figures; none when either file is a scorecard (which carries no data
    /// return), since every figure would be one-sided.
    public func figures(in area: AreaID) -> [RateComparison] {
        guard old.kind == .assessment, new.kind == .assessment else { return [] }
        let before = old.figures.filter { $0.area == area }
        let after = new.figures.filter { $0.area == area }
        let fields = Self.ordered(after.map(\.field), then: before.map(\.field))
        return fields.compactMap { field in
            let oldFigure = before.first { $0.field == field }
            let newFigure = after.first { $0.field == field }
            guard let any = newFigure ?? oldFigure else { return nil }
            let basis: RateComparison.Basis = any.kind == .count ? .perMonth : .asComputed
            let unit: Metric.Unit = any.kind == .share ? .share : (any.kind == .level ? .count : .perMonth)
            return RateComparison(
                id: field, area: area, label: any.meaning, source: .dataReturn, basis: basis, unit: unit,
                old: oldFigure.map { measure($0.value, months: oldMonths, basis, nil) },
                new: newFigure.map { measure($0.value, months: newMonths, basis, nil) })
        }
    }

    func measure(_ value: Double, months: Double, _ basis: RateComparison.Basis, _ detail: String?) -> RateComparison.Measure {
        RateComparison.Measure(value: value, months: months, comparedAs: basis, detail: detail)
    }

    /// Counts and rates per 1,000 workforce may be totals over the whole period, so periods of
    /// different lengths can make them look smaller or larger than they are.
    func caveat(for unit: Metric.Unit) -> String? {
        guard unit == .perThousandWorkforce || unit == .count || unit == .amount, oldMonths != newMonths else { return nil }
        return "may depend on the period's length: \(Words.count(oldMonths, "month")) in OLD, \(NumberFormatting.number(newMonths)) in NEW"
    }

    /// NEW's order, then what only OLD has, without repeats.
    static func ordered(_ first: [String], then second: [String]) -> [String] {
        var seen: Set<String> = []
        return (first + second).filter { seen.insert($0).inserted }
    }
}
