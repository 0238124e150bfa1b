/// An arithmetic rule a data return must satisfy, checked whenever all its figures are present.
public enum Reconciliation: Sendable, Hashable {
    /// `total` equals the sum of `parts` (outcomes add up to the number of investigations).
    case sum(total: DataReturnField, parts: [DataReturnField])
    /// `part` is no more than `whole` (chief officers' entries within all entries).
    case atMost(part: DataReturnField, whole: DataReturnField)

    /// The field a failure is reported against.
    public var subject: DataReturnField {
        switch self {
        case .sum(let total, _): return total
        case .atMost(let part, _): return part
        }
    }
}
