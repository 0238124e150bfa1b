/// Parameters of checks b, d and e.
public struct InterestRules: Sendable, Hashable, Codable {
    /// Check b: statuses that do not make an interest live.
    public var inactiveStatuses: [String]
    /// Checks d and e: statuses that mean approved.
    public var approvedStatuses: [String]
    /// Check d: categories the guidance says may not be approved.
    public var prohibitedCategories: [String]
    /// Check e: an approved interest must be reviewed at least this often.
    public var reviewPeriodMonths: Int
}
