import Foundation

/// Which count fields of a data-return schema are totals over the period (flows, compared per
/// month) and which are levels at a point in time (compared as they stand): `investigations.total`
/// ("opened in the period") is a flow; `audits.systems` (systems the force has) and `cards.held`
/// ("at the end of the period") are levels, for which a rate per month would mean nothing.
///
/// The schema does not say so explicitly, so the plugins' wording decides: a count whose meaning
/// names a point in time is a level; one whose meaning says "in the period" is a flow; a count
/// reconciled as a part of a flow (outcomes of investigations opened in the period) is a flow;
/// anything else is a level.
public enum PeriodCounts {
    /// Phrases that mark a count held at a point in time.
    public static let levelMarkers = ["end of the period", "a year earlier", "at the 2011 inspection", "in force"]
    /// The phrase that marks a total over the period.
    public static let flowMarker = "in the period"

    /// The paths of the schema's count fields that are flows.
    public static func flows(in schema: DataReturnSchema) -> Set<String> {
        let counts = schema.fields.filter { $0.kind == .count }
        let levels = Set(counts.filter { field in levelMarkers.contains { field.meaning.lowercased().contains($0) } }.map(\.path))
        var flows = Set(counts.filter { !levels.contains($0.path) && $0.meaning.lowercased().contains(flowMarker) }.map(\.path))
        var grew = true
        while grew {
            grew = false
            for (part, whole) in partOf(schema.reconciliations) where flows.contains(whole) && !levels.contains(part)
                && counts.contains(where: { $0.path == part }) && flows.insert(part).inserted {
                grew = true
            }
        }
        return flows
    }

    /// Each (part, whole) pair the reconciliations state.
    static func partOf(_ reconciliations: [Reconciliation]) -> [(String, String)] {
        reconciliations.flatMap { rule -> [(String, String)] in
            switch rule {
            case .sum(let total, let parts): return parts.map { ($0.path, total.path) }
            case .atMost(let part, let whole): return [(part.path, whole.path)]
            }
        }
    }
}
