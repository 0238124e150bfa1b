/// A figure compared between two periods of different lengths: a count as a rate per month of
/// each period (2011's 1,817 investigations over 12 months is 151 a month; 2012's 2,207 over 9
/// is 245), anything already a rate or a share as it stands.
public struct RateComparison: Sendable, Hashable, Codable {
    public enum Source: String, StrictStringEnum {
        /// A metric a plugin computed.
        case metric
        /// A figure of the data return.
        case dataReturn = "data-return"
    }

    public enum Basis: String, StrictStringEnum {
        /// A count divided by the months of its period.
        case perMonth = "per-month"
        /// The value as computed (a share, a rate, a ratio).
        case asComputed = "as-computed"
    }

    /// The metric id or the data-return field path.
    public var id: String
    public var area: AreaID
    public var label: String
    public var source: Source
    public var basis: Basis
    /// The unit of the compared rate (`per-month` for counts).
    public var unit: Metric.Unit
    public var old: Measure?
    public var new: Measure?
    /// NEW rate minus OLD rate.
    public var difference: Double?
    /// (NEW - OLD) / OLD; nil when OLD is 0 or a side is missing.
    public var relativeChange: Double?
    /// A warning about reading the comparison, e.g. a per-period rate over periods of
    /// different lengths.
    public var caveat: String?

    public init(id: String, area: AreaID, label: String, source: Source, basis: Basis, unit: Metric.Unit,
                old: Measure?, new: Measure?, caveat: String? = nil) {
        self.id = id
        self.area = area
        self.label = label
        self.source = source
        self.basis = basis
        self.unit = unit
        self.old = old
        self.new = new
        self.caveat = caveat
        if let old, let new {
            difference = new.rate - old.rate
            relativeChange = old.rate != 0 ? (new.rate - old.rate) / old.rate : nil
        }
    }

    /// The figure in one period: its value, the period's months and the rate compared.
    public struct Measure: Sendable, Hashable, Codable {
        public var value: Double
        public var months: Double
        public var rate: Double
        /// How the value was computed (a metric's basis).
        public var basis: String?

        public init(value: Double, months: Double, comparedAs: Basis, detail: String? = nil) {
            self.value = value
            self.months = months
            self.rate = comparedAs == .perMonth && months > 0 ? value / months : value
            self.basis = detail
        }
    }

    /// Whether both periods have the figure.
    public var isCompared: Bool { old != nil && new != nil }
}
