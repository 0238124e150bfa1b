/// One figure of an area's data return that can be compared between periods: a count over the
/// period (compared per month of each period), a count held at a point in time or a share
/// (both compared as they stand). See `PeriodCounts` for how counts are told apart.
public struct ReturnFigure: Sendable, Hashable, Codable {
    public enum Kind: String, StrictStringEnum {
        /// A total over the period (investigations opened in the period).
        case count
        /// A count at a point in time (systems held, cards held at the end of the period).
        case level
        case share
    }

    public var area: AreaID
    /// The field's path in the area's data return: `investigations.total`.
    public var field: String
    public var kind: Kind
    public var meaning: String
    public var value: Double

    public init(area: AreaID, field: String, kind: Kind, meaning: String, value: Double) {
        self.area = area
        self.field = field
        self.kind = kind
        self.meaning = meaning
        self.value = value
    }

    /// The count and share figures of validated data returns, in the schemas' field order.
    public static func collect(_ returns: [AreaID: DataReturn], schemas: [AreaID: DataReturnSchema],
                               areas: [AreaID]) -> [ReturnFigure] {
        areas.flatMap { area -> [ReturnFigure] in
            guard let figures = returns[area], let schema = schemas[area] else { return [] }
            let flows = PeriodCounts.flows(in: schema)
            return schema.fields.compactMap { field in figure(field, in: figures, area: area, flows: flows) }
        }
    }

    static func figure(_ field: DataReturnField, in figures: DataReturn, area: AreaID, flows: Set<String>) -> ReturnFigure? {
        guard let value = figures.number(field) else { return nil }
        switch field.kind {
        case .count:
            let kind: Kind = flows.contains(field.path) ? .count : .level
            return ReturnFigure(area: area, field: field.path, kind: kind, meaning: field.meaning, value: value)
        case .share: return ReturnFigure(area: area, field: field.path, kind: .share, meaning: field.meaning, value: value)
        default: return nil
        }
    }
}
