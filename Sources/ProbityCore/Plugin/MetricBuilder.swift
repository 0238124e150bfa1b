/// Builds the rates and shares a plugin computes from its data return, each with the basis a
/// reader can check it by (`12 investigations / 5,800 workforce x 1,000`). Each is nil when a
/// figure it needs (or the workforce, or the data period) is missing, or its denominator is zero.
public struct MetricBuilder: Sendable {
    public let context: AreaContext

    public init(context: AreaContext) { self.context = context }

    /// `field` per 1,000 workforce, counting `noun` (`investigations`, `FTE`).
    public func perThousandWorkforce(_ id: String, _ label: String, _ field: DataReturnField, _ noun: String) -> Metric? {
        guard let value = context.figures.number(field), let rate = context.perThousandWorkforce(value) else { return nil }
        return Metric(id: id, label: label, value: rate, unit: .perThousandWorkforce,
                      basis: "\(q(value, noun)) / \(workforce) workforce x 1,000")
    }

    /// `field` per 1,000 workforce a year, annualised from the data period.
    public func perThousandWorkforceAYear(_ id: String, _ label: String, _ field: DataReturnField, _ noun: String) -> Metric? {
        guard let value = context.figures.count(field), let rate = context.perThousandWorkforceAYear(value) else { return nil }
        return Metric(id: id, label: label, value: rate, unit: .perThousandWorkforce,
                      basis: "\(q(Double(value), noun)) / \(workforce) workforce x 1,000 x 12 / \(q(context.months, "months"))")
    }

    /// `field` per month of the data period.
    public func perMonth(_ id: String, _ label: String, _ field: DataReturnField, _ noun: String) -> Metric? {
        guard let value = context.figures.number(field), let rate = context.perMonth(value) else { return nil }
        return Metric(id: id, label: label, value: rate, unit: .perMonth, basis: "\(q(value, noun)) / \(q(context.months, "months"))")
    }

    /// `part` as a share of `whole`, each named in the basis (`3 continuing / 12 investigations`).
    public func share(_ id: String, _ label: String, _ part: DataReturnField, of whole: DataReturnField,
                      _ partName: String, _ wholeName: String) -> Metric? {
        guard let value = context.figures.number(part), let total = context.figures.number(whole),
            let share = Self.ratio(value, total)
        else { return nil }
        return Metric(id: id, label: label, value: share, unit: .share, basis: "\(q(value, partName)) / \(q(total, wholeName))")
    }

    /// The change from `earlier` to `field` as a share of `earlier` (negative for a fall), the
    /// basis ending in `noun` (`(12 - 10) / 10 FTE`).
    public func change(_ id: String, _ label: String, _ field: DataReturnField, from earlier: DataReturnField,
                       _ noun: String) -> Metric? {
        guard let now = context.figures.number(field), let then = context.figures.number(earlier),
            let change = Self.ratio(now - then, then)
        else { return nil }
        return Metric(id: id, label: label, value: change, unit: .share, basis: "(\(n(now)) - \(n(then))) / \(n(then)) \(noun)")
    }

    /// `part / whole`, or nil when there is nothing to divide by.
    public static func ratio(_ part: Double, _ whole: Double) -> Double? { whole > 0 ? part / whole : nil }

    /// `part / whole` for counts, or nil when there is nothing to divide by.
    public static func ratio(_ part: Int, _ whole: Int) -> Double? { ratio(Double(part), Double(whole)) }

    /// The workforce as a basis shows it (a rate is nil without one).
    private var workforce: String { context.workforce.map { n(Double($0)) } ?? "unknown" }

    private func n(_ value: Double) -> String { NumberFormatting.number(value) }

    /// A figure and its noun (given in the plural), singular for exactly one.
    private func q(_ value: Double, _ pluralNoun: String) -> String { Words.quantity(n(value), pluralNoun) }
}
