import ProbityCore
/// One row of the business interests (second jobs) register.
public struct BusinessInterest: Sendable, Hashable {
    public var id: RowID
    public var line: Int32
    public var staff: StaffRef
    /// The business's name as typed.
    public var business: NameRef
    public var category: ValueRef
    public var status: ValueRef
    public var decidedOn: LocalDate?
    public var lastReviewed: LocalDate?
}

extension BusinessInterest: RegisterRow {
    static var register: RegisterKind { .interests }

    struct Columns: Sendable {
        let id, staff, business, category, status, decided, reviewed: Int
    }

    static func columns(_ r: ResolvedColumns) -> Columns {
        Columns(id: r.index("application_id"), staff: r.index("staff_id"), business: r.index("business_name"),
                category: r.index("category"), status: r.index("status"), decided: r.index("decided_on"),
                reviewed: r.index("last_reviewed"))
    }

    static func decode(_ record: CSVRecord, _ c: Columns,
                       _ context: inout RowDecodingContext) throws(RegisterError) -> BusinessInterest {
        BusinessInterest(
            id: try context.rowID(record, c.id),
            line: Int32(record.line),
            staff: try context.requiredStaff(record, c.staff),
            business: context.name(record, c.business),
            category: context.value(record, c.category),
            status: context.value(record, c.status),
            decidedOn: try context.day(record, c.decided),
            lastReviewed: try context.day(record, c.reviewed))
    }

    func remapped(_ remap: InternRemap) -> BusinessInterest {
        var row = self
        row.staff = remap.staff(staff)
        row.business = remap.name(business)
        row.category = remap.value(category)
        row.status = remap.value(status)
        return row
    }
}
