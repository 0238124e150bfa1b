import ProbityCore

/// The evaluator's flags layout: `check,row_id,supplier_id,related_id`, one line per finding.
/// Cells are written by the core's `CSVWriter` (register ids are neutralised like any text).
public enum FlagsCSVRenderer {
    public static func render(_ report: CrosscheckReport) -> String {
        var out = CSVWriter(capacity: 64 + report.findings.count * 32)
        out.raw("check,row_id,supplier_id,related_id\n")
        for finding in report.findings {
            out.line([finding.check.rawValue, finding.rowID.rawValue, finding.supplierID?.rawValue ?? "",
                      finding.relatedID?.rawValue ?? ""])
        }
        return out.string
    }
}
