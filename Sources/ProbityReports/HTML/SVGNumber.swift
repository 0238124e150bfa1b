/// Coordinates for SVG with a fixed number of decimals (`12.0`, `-3.5`), computed without
/// locale or floating-point printing so charts are byte-identical from run to run.
public enum SVGNumber {
    public static func format(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "0" }
        var scale: Int64 = 1
        for _ in 0..<max(0, min(decimals, 9)) { scale *= 10 }
        guard abs(value * Double(scale)) < 9.0e15 else { return value < 0 ? "-9000000" : "9000000" }
        let scaled = Int64((value * Double(scale)).rounded())
        let magnitude = scaled.magnitude
        let whole = magnitude / UInt64(scale)
        let sign = scaled < 0 ? "-" : ""
        guard scale > 1 else { return sign + String(whole) }
        let fraction = String(magnitude % UInt64(scale))
        return sign + String(whole) + "." + String(repeating: "0", count: max(0, String(scale).count - 1 - fraction.count)) + fraction
    }
}
