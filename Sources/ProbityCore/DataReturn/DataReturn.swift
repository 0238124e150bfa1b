/// An area's validated data return: figures by field path. Plugins read it through the fields
/// they declared, so a plugin cannot ask for a figure its schema does not define.
public struct DataReturn: Sendable, Hashable {
    public private(set) var values: [String: JSONValue]

    public init(values: [String: JSONValue] = [:]) { self.values = values }

    public static let empty = DataReturn()

    public var isEmpty: Bool { values.isEmpty }

    public func isPresent(_ field: DataReturnField) -> Bool { values[field.path] != nil }

    public func count(_ field: DataReturnField) -> Int? {
        values[field.path]?.numberValue.map { Int($0) }
    }

    public func number(_ field: DataReturnField) -> Double? { values[field.path]?.numberValue }

    public func flag(_ field: DataReturnField) -> Bool? { values[field.path]?.boolValue }

    public func text(_ field: DataReturnField) -> String? { values[field.path]?.stringValue }
}
