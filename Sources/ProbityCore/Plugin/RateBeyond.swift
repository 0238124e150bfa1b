/// A rate per 1,000 workforce past its threshold (below a minimum or above a maximum), as the
/// findings that report one quote it: the count it comes from, `1.2 per 1,000 workforce, above
/// the maximum of 1 per 1,000`, and the count, rate and threshold as figures. Built by
/// `FigureBuilder.rate(_:below:count:)` and `rate(_:above:count:)`.
public struct RateBeyond: Sendable {
    public let rate: Metric
    public let threshold: ThresholdSpec
    public let countField: DataReturnField
    public let count: Double
    let kit: FigureBuilder

    /// The count in words: `1,234`.
    public var countText: String { kit.number(count) }

    /// The rate and the threshold it passes: `1.2 per 1,000 workforce, below the minimum of 3 per 1,000`.
    public var perThousand: String { kit.perThousand(rate.value, past: threshold) }

    /// The count, cited from the data return; the rate, from the metrics; the threshold.
    public func figures(_ label: String) -> [Figure] { kit.rate(label, countField, count, rate, against: threshold) }
}

extension FigureBuilder {
    /// The rate when it is below the `minimum` and its count is given; nil otherwise.
    public func rate(_ rate: Metric?, below minimum: ThresholdSpec, count field: DataReturnField) -> RateBeyond? {
        guard let rate, isBelow(rate.value, minimum) else { return nil }
        return beyond(rate, minimum, field)
    }

    /// The rate when it is above the `maximum` and its count is given; nil otherwise.
    public func rate(_ rate: Metric?, above maximum: ThresholdSpec, count field: DataReturnField) -> RateBeyond? {
        guard let rate, isAbove(rate.value, maximum) else { return nil }
        return beyond(rate, maximum, field)
    }

    private func beyond(_ rate: Metric, _ threshold: ThresholdSpec, _ field: DataReturnField) -> RateBeyond? {
        guard let count = context.figures.number(field) else { return nil }
        return RateBeyond(rate: rate, threshold: threshold, countField: field, count: count, kit: self)
    }
}
