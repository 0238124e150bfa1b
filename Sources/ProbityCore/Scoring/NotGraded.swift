/// Why an area, or the force overall, has no grade: too little was assessed to support one.
/// Reports say "Not graded: insufficient evidence" and the reason, never a grade of zero.
public struct NotGraded: Sendable, Hashable, Codable {
    /// "Not graded: insufficient evidence", how every output names the state.
    public static let label = "Not graded: insufficient evidence"

    public var reason: String

    public init(reason: String) { self.reason = reason }
}
