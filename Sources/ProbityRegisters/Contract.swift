import ProbityCore
/// One row of the contracts register.
public struct Contract: Sendable, Hashable {
    public var id: RowID
    public var line: Int32
    /// The supplier's name as typed.
    public var supplier: NameRef
    public var awardDate: LocalDate
    public var valuePence: Int64?
    /// Who decided the award, when the register records it.
    public var decisionMaker: StaffRef?
}

extension Contract: RegisterRow {
    static var register: RegisterKind { .contracts }

    struct Columns: Sendable {
        let id, supplier, award, value, decisionMaker: Int
    }

    static func columns(_ r: ResolvedColumns) -> Columns {
        Columns(id: r.index("contract_id"), supplier: r.index("supplier"), award: r.index("award_date"),
                value: r.index("value_gbp"), decisionMaker: r.index("decision_maker_staff_id"))
    }

    static func decode(_ record: CSVRecord, _ c: Columns,
                       _ context: inout RowDecodingContext) throws(RegisterError) -> Contract {
        Contract(
            id: try context.rowID(record, c.id),
            line: Int32(record.line),
            supplier: context.name(record, c.supplier),
            awardDate: try context.requiredDay(record, c.award),
            valuePence: try context.pence(record, c.value),
            decisionMaker: context.staffID(record, c.decisionMaker))
    }

    func remapped(_ remap: InternRemap) -> Contract {
        var row = self
        row.supplier = remap.name(supplier)
        row.decisionMaker = decisionMaker.map(remap.staff)
        return row
    }
}
