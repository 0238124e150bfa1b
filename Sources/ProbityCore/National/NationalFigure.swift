/// One data-return figure summed across forces, with every force's value behind it.
public struct NationalFigure: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case count
        case amount
    }

    public var figure: FigureRef
    public var kind: Kind
    public var meaning: String
    public var total: Double
    public var forcesReporting: Int
    /// Forces whose return leaves the figure out (they add nothing to the total).
    public var notReported: [ForceCode]
    /// total / forces reporting.
    public var meanPerForce: Double?
    /// The sum of each reporting force's value over its own period in months; only for figures
    /// counted over the period (`NationalRules.periodFigures`).
    public var perMonth: Double?
    /// Every reporting force's value, in code order.
    public var contributions: [ForceValue]
}

/// A "total = parts" rule of a data return, so a total can be shown with its parts.
public struct NationalBreakdown: Sendable, Hashable, Codable {
    public var total: FigureRef
    public var parts: [FigureRef]

    public init(total: FigureRef, parts: [FigureRef]) {
        self.total = total
        self.parts = parts
    }
}
