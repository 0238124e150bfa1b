/// The range every number in a file Probity reads must lie in, checked before anything is
/// decoded. No count, amount, weight, share or version Probity knows is larger than 10^15 in
/// magnitude, and within it every whole number is exact in a `Double` and fits an `Int` with
/// room for sums, so a hostile `1e300` or a 20-digit count cannot overflow arithmetic or trap a
/// conversion. Fields with narrower meaning (a credit in 0...1, a positive weight) are checked
/// by the validators, each naming the field.
public enum NumberLimits {
    /// The largest magnitude of any number in an input file.
    public static let maximumMagnitude = 1e15

    /// The first number outside the range, as an error naming its place; nil when all are in it.
    public static func check(_ value: JSONValue, file: String) -> ProbityError? {
        guard let (path, number) = firstOutOfRange(value, path: []) else { return nil }
        return .invalidValue(file: file, path: JSONPath(path),
                             reason: "expected a number from -10^15 to 10^15, found number \(JSONValue.format(number))")
    }

    static func firstOutOfRange(_ value: JSONValue, path: [JSONPathComponent]) -> ([JSONPathComponent], Double)? {
        switch value {
        case .number(let number):
            return abs(number) <= maximumMagnitude ? nil : (path, number)
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                if let found = firstOutOfRange(element, path: path + [.index(index)]) { return found }
            }
            return nil
        case .object(let members):
            for key in members.keys.sorted() {
                if let member = members[key], let found = firstOutOfRange(member, path: path + [.key(key)]) { return found }
            }
            return nil
        case .null, .bool, .string:
            return nil
        }
    }

    /// `Int(value)` when `value` is a whole number that fits, else nil (never traps).
    public static func wholeNumber(_ value: Double) -> Int? {
        guard value.isFinite, value == value.rounded(), abs(value) <= maximumMagnitude else { return nil }
        return Int(value)
    }
}
