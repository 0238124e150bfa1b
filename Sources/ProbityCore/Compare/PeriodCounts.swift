/// Which count fields of a data-return schema are totals over the period (flows, compared per
/// month) and which are levels at a point in time (compared as they stand): `investigations.total`
/// ("opened in the period") is a flow; `audits.systems` (systems the force has) and `cards.held`
/// ("at the end of the period") are levels, for which a rate per month would mean nothing.
///
/// Each plugin declares the measure of every count and amount (`DataReturnField.measure`); a
/// count with no declaration is treated as a level, so it is never divided by months unasked.
public enum PeriodCounts {
    /// The paths of the schema's count fields declared as flows.
    public static func flows(in schema: DataReturnSchema) -> Set<String> {
        Set(schema.fields.filter { $0.kind == .count && $0.measure == .flow }.map(\.path))
    }
}
