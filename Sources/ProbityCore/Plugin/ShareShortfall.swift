/// A share of one data-return figure in another that falls below its minimum, as the findings
/// that report one quote it: `12 of 40` … `(30.0%)` … `below the minimum of 50%`, with the part
/// and the threshold as figures. Built by `FigureBuilder.shortfall(_:below:part:of:)`, which
/// returns nil when the share is missing or not below the minimum.
public struct ShareShortfall: Sendable {
    public let share: Metric
    public let minimum: ThresholdSpec
    public let partField: DataReturnField
    public let part: Double
    public let whole: Double
    let kit: FigureBuilder

    /// `12 of 40`.
    public var partOfWhole: String { "\(kit.number(part)) of \(kit.number(whole))" }

    /// The share with enough decimals to tell it apart from the minimum: `49.95%`.
    public var percent: String { kit.percent(share.value, beside: minimum) }

    /// `below the minimum of 50%`.
    public var belowMinimum: String { "below the minimum of \(kit.share(kit.context.threshold(minimum)))" }

    /// None at all: a force that claims the item met is contradicted.
    public var isNone: Bool { part == 0 }

    /// The part of the whole, cited from the data return, and the minimum, cited from the thresholds.
    public func figures(_ label: String) -> [Figure] {
        [kit.part(label, partField, part, of: whole), kit.threshold(minimum, unit: .share)]
    }
}

extension FigureBuilder {
    /// The shortfall of `share` (computed from `part` of `whole`) below the `minimum`, or nil when
    /// either figure is missing or the share reaches the minimum.
    public func shortfall(_ share: Metric?, below minimum: ThresholdSpec, part: DataReturnField,
                          of whole: DataReturnField) -> ShareShortfall? {
        guard let share, isBelow(share.value, minimum), let partValue = context.figures.number(part),
            let wholeValue = context.figures.number(whole)
        else { return nil }
        return ShareShortfall(share: share, minimum: minimum, partField: part, part: partValue, whole: wholeValue, kit: self)
    }
}
