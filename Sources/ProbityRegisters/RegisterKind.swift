/// The four registers a cross-check reads, and the logical columns of each.
///
/// Logical column names are the bench layout's headers (`../shared/bench/README.md`); a
/// force's export with other headers is read through a `ColumnMapping`.
public enum RegisterKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case hospitality, contracts, suppliers, interests

    public var description: String { rawValue }

    /// Every logical column, in the bench layout's order.
    public var columns: [RegisterColumn] {
        switch self {
        case .hospitality:
            return [.required("entry_id"), .required("date"), .required("staff_id"), .optional("staff_name"),
                    .required("rank"), .required("provider"), .optional("provider_kind"), .optional("kind"),
                    .optional("description"), .optional("value_gbp"), .required("decision"),
                    .required("peer_reviewed")]
        case .contracts:
            return [.required("contract_id"), .required("supplier"), .required("award_date"),
                    .optional("value_gbp"), .optional("decision_maker_staff_id")]
        case .suppliers:
            return [.required("supplier_id"), .required("name"), .optional("company_number")]
        case .interests:
            return [.required("application_id"), .required("staff_id"), .optional("staff_name"), .optional("role"),
                    .required("business_name"), .required("category"), .required("status"),
                    .optional("decided_on"), .required("last_reviewed")]
        }
    }
}

/// A logical column of a register and whether a file must have it.
public struct RegisterColumn: Sendable, Hashable {
    public var name: String
    public var isRequired: Bool

    static func required(_ name: String) -> RegisterColumn { RegisterColumn(name: name, isRequired: true) }
    static func optional(_ name: String) -> RegisterColumn { RegisterColumn(name: name, isRequired: false) }
}
