/// A national share computed by a `ShareRule`: the numerator's total over the denominator's,
/// both summed over the forces that reported both figures.
public struct NationalShare: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    public var numerator: FigureRef
    public var numeratorTotal: Double
    public var denominator: FigureRef
    public var denominatorTotal: Double
    /// Nil when the denominator is 0 or no force reported both figures.
    public var value: Double?
    /// The forces behind both totals.
    public var forces: [ForceCode]
}
