import ProbityCore
/// The checks, with the ids the evaluator uses.
public enum CheckID: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Hospitality accepted from a supplier awarded a contract within the window after.
    case a
    /// A live business interest in a supplier.
    case b
    /// …where the staff member decided one of that supplier's contracts.
    case bWorse = "b_worse"
    /// Chief officers' hospitality accepted without peer review.
    case c
    /// Approved second jobs in categories the guidance says breach it.
    case d
    /// Approved business interests overdue for review.
    case e

    public static func < (lhs: CheckID, rhs: CheckID) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    public var title: String {
        switch self {
        case .a: return "hospitality from a supplier before a contract award"
        case .b: return "business interest in a supplier"
        case .bWorse: return "interest in a supplier the staff member awarded a contract"
        case .c: return "chief officer hospitality accepted without peer review"
        case .d: return "approved second job in a prohibited category"
        case .e: return "approved business interest overdue for review"
        }
    }
}

/// One finding: the register row flagged and the rows behind it.
public struct CrosscheckFinding: Sendable, Hashable, Codable {
    public var check: CheckID
    public var severity: Severity
    /// The register the flagged row is in, its id and its line.
    public var register: RegisterKind
    public var rowID: RowID
    public var line: Int
    /// The supplier the row's organisation name matched (checks a, b, b_worse).
    public var supplierID: RowID?
    /// The row behind the finding in another register (the contract, for a and b_worse).
    public var relatedID: RowID?
    public var staffID: String?
    /// The flagged row's date (hospitality date; last review for e).
    public var date: LocalDate?
    /// The related row's date (the contract's award date).
    public var relatedDate: LocalDate?
}
