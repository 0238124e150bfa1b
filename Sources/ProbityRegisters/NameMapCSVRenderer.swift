/// The evaluator's name map layout: `source,typed_name,supplier_id,method,score`, one line per
/// distinct typed name per register (unmatched names too, with method `none`).
public enum NameMapCSVRenderer {
    public static func render(_ report: CrosscheckReport) -> String {
        var out = CSVText(capacity: 64 + report.names.count * 64)
        out.raw("source,typed_name,supplier_id,method,score\n")
        for entry in report.names {
            out.raw(entry.source.rawValue)
            out.raw(",")
            out.field(entry.typedName)
            out.raw(",")
            out.raw(entry.supplierID?.rawValue ?? "")
            out.raw(",")
            out.raw(entry.method.rawValue)
            out.raw(",")
            out.score(entry.score)
            out.raw("\n")
        }
        return out.string
    }
}
