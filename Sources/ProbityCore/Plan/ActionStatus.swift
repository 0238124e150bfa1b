/// Where an improvement action stands; the force sets it.
public enum ActionStatus: String, StrictStringEnum {
    case open
    case inProgress = "in-progress"
    case done
    case dropped

    /// Still to do: open or in progress (overdue and unowned apply only to these).
    public var isOutstanding: Bool { self == .open || self == .inProgress }
}
