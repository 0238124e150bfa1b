/// A figure a plugin computes from the data return (a rate, a share, a count).
public struct Metric: Sendable, Hashable, Codable {
    public enum Unit: String, StrictStringEnum {
        case count
        case share
        case perThousandWorkforce = "per-1000-workforce"
        case perMonth = "per-month"
        case ratio
        case amount
    }

    public var id: String
    public var label: String
    public var value: Double
    public var unit: Unit
    /// How it was computed, with the inputs: `476 declined / 1,662 hospitality entries`.
    public var basis: String

    public init(id: String, label: String, value: Double, unit: Unit, basis: String) {
        self.id = id
        self.label = label
        self.value = value
        self.unit = unit
        self.basis = basis
    }

    /// The value formatted for its unit.
    public var display: String { NumberFormatting.display(value, unit: unit) }
}
