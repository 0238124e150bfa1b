/// The evaluator's name map layout: `source,typed_name,supplier_id,method,score`, one line per
/// distinct typed name per register (unmatched names too, with method `none`).
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
        var out = CSVText(capacity: entries.count * 64)
        for entry in entries {
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
        return out.bytes
    }
}
