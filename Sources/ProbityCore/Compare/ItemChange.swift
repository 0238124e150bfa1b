/// What happened to a checklist item between OLD and NEW.
public enum ItemChange: String, StrictStringEnum {
    case improved
    case regressed
    case unchanged
    /// A merged item that improved on one previous item and regressed on another.
    case mixed
    /// Only in NEW: the crosswalk marks it new.
    case new
    /// Only in OLD: the crosswalk retires it (perhaps merged into a NEW item, compared there).
    case retired
    /// Cannot be compared; the item's `reason` says why.
    case notComparable = "not-comparable"

    /// Report order.
    public static let reportOrder: [ItemChange] = [.improved, .regressed, .mixed, .notComparable, .unchanged, .new, .retired]

    public var label: String {
        switch self {
        case .notComparable: return "not comparable"
        default: return rawValue
        }
    }
}
