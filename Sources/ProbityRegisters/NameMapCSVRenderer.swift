import ProbityCore

/// The evaluator's name map layout: `source,typed_name,supplier_id,method,score`, one line per
/// distinct typed name per register (unmatched names too, with method `none`). Cells are written
/// by the core's `CSVWriter`: a typed name or supplier id that a spreadsheet would run as a
/// formula is neutralised.
public enum NameMapCSVRenderer {
    public static func render(_ report: CrosscheckReport) -> String {
        let names = report.names
        let parts = max(1, min(8, names.count / 50_000))
        let pieces: [[UInt8]] = parallelMap(parts) { part in
            lines(names[(names.count * part / parts)..<(names.count * (part + 1) / parts)])
        }
        var bytes = Array("source,typed_name,supplier_id,method,score\n".utf8)
        bytes.reserveCapacity(bytes.count + pieces.reduce(0) { $0 + $1.count })
        for piece in pieces { bytes += piece }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func lines(_ entries: ArraySlice<NameMapEntry>) -> [UInt8] {
        var out = CSVWriter(capacity: entries.count * 64)
        for entry in entries {
            out.raw(entry.source.rawValue)
            out.raw(",")
            out.cell(entry.typedName)
            out.raw(",")
            out.cell(entry.supplierID?.rawValue ?? "")
            out.raw(",")
            out.raw(entry.method.rawValue)
            out.raw(",")
            out.raw(score(entry.score))
            out.raw("\n")
        }
        return out.bytes
    }

    /// A score 0…1 with three decimals ("0.957", "1.000").
    static func score(_ value: Double) -> String {
        let thousandths = max(0, min(1000, Int((value * 1000).rounded())))
        let digits = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - digits.count) + digits
    }
}
