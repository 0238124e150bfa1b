/// An area's validated data return: figures by field path. Plugins read it through the fields
/// they declared, so a plugin cannot ask for a figure its schema does not define.
public struct DataReturn: Sendable, Hashable {
    public private(set) var values: [String: JSONValue]

    public init(values: [String: JSONValue] = [:]) { self.values = values }

    public static let empty = DataReturn()

    public var isEmpty: Bool { values.isEmpty }

    public func isPresent(_ field: DataReturnField) -> Bool { values[field.path] != nil }

    /// A count or amount as reported: a number, `unknown` or `unchanged` (nil when absent).
    public func reported(_ field: DataReturnField) -> ReportedFigure? { values[field.path].flatMap(ReportedFigure.init) }

    /// A count: nil when absent, `"unknown"` or `"unchanged"` (read those with `reported`).
    public func count(_ field: DataReturnField) -> Int? {
        values[field.path]?.numberValue.flatMap { NumberLimits.wholeNumber($0.rounded(.towardZero)) }
    }

    /// A count or amount: nil when absent, `"unknown"` or `"unchanged"` (read those with `reported`).
    public func number(_ field: DataReturnField) -> Double? { values[field.path]?.numberValue }

    public func flag(_ field: DataReturnField) -> Bool? { values[field.path]?.boolValue }

    public func text(_ field: DataReturnField) -> String? { values[field.path]?.stringValue }

    /// A yes / no / unknown answer (`DataReturnField.answer`).
    public func answer(_ field: DataReturnField) -> YesNoUnknown? { text(field).flatMap(YesNoUnknown.init) }
}
