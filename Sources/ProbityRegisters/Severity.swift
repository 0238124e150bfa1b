/// How serious a finding is; each kind of finding's severity is set in `SeverityRules`.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case low, medium, high

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
