/// A register row type: decoded from a CSV record, re-pointed at the merged tables.
protocol RegisterRow: Sendable {
    static var register: RegisterKind { get }
    /// Field indices this row type needs, resolved once per file.
    associatedtype Columns: Sendable
    static func columns(_ resolved: ResolvedColumns) -> Columns
    static func decode(_ record: CSVRecord, _ columns: Columns,
                       _ context: inout RowDecodingContext) throws(RegisterError) -> Self
    func remapped(_ remap: InternRemap) -> Self
}
