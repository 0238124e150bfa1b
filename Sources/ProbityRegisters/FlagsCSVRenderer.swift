/// The evaluator's flags layout: `check,row_id,supplier_id,related_id`, one line per finding.
public enum FlagsCSVRenderer {
    public static func render(_ report: CrosscheckReport) -> String {
        var out = CSVText(capacity: 64 + report.findings.count * 32)
        out.raw("check,row_id,supplier_id,related_id\n")
        for finding in report.findings {
            out.line(finding.check.rawValue, finding.rowID.rawValue, finding.supplierID?.rawValue ?? "",
                     finding.relatedID?.rawValue ?? "")
        }
        return out.string
    }
}
