/// One row of the supplier master list.
public struct Supplier: Sendable, Hashable {
    public var id: RowID
    public var line: Int32
    public var name: NameRef
    public var companyNumber: String?
}

extension Supplier: RegisterRow {
    static var register: RegisterKind { .suppliers }

    struct Columns: Sendable {
        let id, name, companyNumber: Int
    }

    static func columns(_ r: ResolvedColumns) -> Columns {
        Columns(id: r.index("supplier_id"), name: r.index("name"), companyNumber: r.index("company_number"))
    }

    static func decode(_ record: CSVRecord, _ c: Columns,
                       _ context: inout RowDecodingContext) throws(RegisterError) -> Supplier {
        let number = c.companyNumber >= 0 ? record.string(c.companyNumber, trim: true) : ""
        return Supplier(id: try context.rowID(record, c.id),
                        line: Int32(record.line), name: context.name(record, c.name),
                        companyNumber: number.isEmpty ? nil : number)
    }

    func remapped(_ remap: InternRemap) -> Supplier {
        var row = self
        row.name = remap.name(name)
        return row
    }
}
