/// What a count or amount of a data return holds: a number, or the force's word that the figure
/// is not known (`"unknown"`, allowed for every count and amount) or has not changed since the
/// last return (`"unchanged"`, allowed only where the field declares `allowsUnchanged`, such as
/// a level of staff). `DataReturn.count` and `.number` are nil for both words, so a rule that
/// needs a number treats them as it treats an absent figure.
public enum ReportedFigure: Sendable, Hashable {
    case value(Double)
    /// The force cannot give the figure.
    case unknown
    /// The figure is the same as at the last return; no number is given.
    case unchanged

    /// The words a count or amount may hold instead of a number, as written in the file.
    public static let unknownWord = "unknown"
    public static let unchangedWord = "unchanged"

    /// The reported figure in `value`, or nil when it is neither a number nor one of the words.
    public init?(_ value: JSONValue) {
        switch value {
        case .number(let number): self = .value(number)
        case .string(Self.unknownWord): self = .unknown
        case .string(Self.unchangedWord): self = .unchanged
        default: return nil
        }
    }

    /// The number, when one was given.
    public var number: Double? {
        if case .value(let number) = self { return number }
        return nil
    }
}
