import ProbityCore
/// One row of the gifts and hospitality register.
public struct HospitalityEntry: Sendable, Hashable {
    public var id: RowID
    /// The line of the file the row starts on.
    public var line: Int32
    public var date: LocalDate
    public var staff: StaffRef
    public var rank: ValueRef
    /// The provider's name as typed.
    public var provider: NameRef
    public var kind: ValueRef
    public var decision: ValueRef
    public var peerReviewed: ValueRef
    public var valuePence: Int64?
}

extension HospitalityEntry: RegisterRow {
    static var register: RegisterKind { .hospitality }

    struct Columns: Sendable {
        let id, date, staff, rank, provider, kind, value, decision, peer: Int
    }

    static func columns(_ r: ResolvedColumns) -> Columns {
        Columns(id: r.index("entry_id"), date: r.index("date"), staff: r.index("staff_id"), rank: r.index("rank"),
                provider: r.index("provider"), kind: r.index("kind"), value: r.index("value_gbp"),
                decision: r.index("decision"), peer: r.index("peer_reviewed"))
    }

    static func decode(_ record: CSVRecord, _ c: Columns,
                       _ context: inout RowDecodingContext) throws(RegisterError) -> HospitalityEntry {
        HospitalityEntry(
            id: try context.rowID(record, c.id),
            line: Int32(record.line),
            date: try context.requiredDay(record, c.date),
            staff: try context.requiredStaff(record, c.staff),
            rank: context.value(record, c.rank),
            provider: context.name(record, c.provider),
            kind: context.value(record, c.kind),
            decision: context.value(record, c.decision),
            peerReviewed: context.value(record, c.peer),
            valuePence: try context.pence(record, c.value))
    }

    func remapped(_ remap: InternRemap) -> HospitalityEntry {
        var row = self
        row.staff = remap.staff(staff)
        row.rank = remap.value(rank)
        row.provider = remap.name(provider)
        row.kind = remap.value(kind)
        row.decision = remap.value(decision)
        row.peerReviewed = remap.value(peerReviewed)
        return row
    }
}
