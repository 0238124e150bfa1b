/// The centre and spread of a set of values, measured so that a few extreme values cannot
/// hide themselves: the median, and the median absolute deviation (MAD) from it. The unit of
/// a robust z-score is 1.4826 x MAD (equal to the standard deviation for normal data); when
/// more than half the values are equal the MAD is 0, and 1.2533 x the mean absolute deviation
/// is used instead (Iglewicz and Hoaglin, 1993).
public struct RobustSpread: Sendable, Hashable, Codable {
    public static let madFactor = 1.4826
    public static let meanDeviationFactor = 1.2533

    public enum Basis: String, Sendable, Hashable, Codable {
        case medianAbsoluteDeviation = "median-absolute-deviation"
        case meanAbsoluteDeviation = "mean-absolute-deviation"
    }

    public var median: Double
    public var medianAbsoluteDeviation: Double
    public var meanAbsoluteDeviation: Double
    /// The unit of a robust z-score; 0 when every value is the same.
    public var scale: Double
    public var basis: Basis

    /// Nil for no values.
    public static func measure(_ values: [Double]) -> RobustSpread? {
        guard let centre = median(values) else { return nil }
        let deviations = values.map { abs($0 - centre) }
        let mad = median(deviations) ?? 0
        let meanDeviation = deviations.reduce(0, +) / Double(deviations.count)
        if mad > 0 {
            return RobustSpread(median: centre, medianAbsoluteDeviation: mad, meanAbsoluteDeviation: meanDeviation,
                                scale: madFactor * mad, basis: .medianAbsoluteDeviation)
        }
        return RobustSpread(median: centre, medianAbsoluteDeviation: 0, meanAbsoluteDeviation: meanDeviation,
                            scale: meanDeviationFactor * meanDeviation, basis: .meanAbsoluteDeviation)
    }

    /// How many robust units a value lies from the median (positive above, negative below);
    /// nil when there is no spread.
    public func score(_ value: Double) -> Double? {
        scale > 0 ? (value - median) / scale : nil
    }

    /// The middle value (the mean of the middle two for an even count); nil for none.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
