/// The outlier test on one figure: each force's rate per 1,000 workforce per month, the
/// median and spread of those rates, and the forces beyond `k` robust units of the median.
public struct NationalOutlierTest: Sendable, Hashable, Codable {
    public var figure: FigureRef
    public var meaning: String
    public var k: Double
    /// Every tested force's rate, in code order.
    public var rates: [ForceRate]
    public var spread: RobustSpread?
    /// Rates beyond these bounds are named (median -/+ k x scale).
    public var lowerBound: Double?
    public var upperBound: Double?
    /// Highest first.
    public var above: [ForceRate]
    /// Lowest first.
    public var below: [ForceRate]
    /// Forces without a rate: no workforce figure, or the figure not reported.
    public var excluded: [ForceCode]
    /// Why no force could be named, when the test could not be run.
    public var notTested: String?
}

/// A force's value for a figure as a rate per 1,000 workforce per month, and its robust z-score.
public struct ForceRate: Sendable, Hashable, Codable {
    public var force: ForceCode
    public var value: Double
    public var workforce: Int
    public var months: Double
    public var rate: Double
    public var score: Double?
}
