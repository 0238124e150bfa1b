/// Numbers for machine-read files (CSV cells, OSCAL property values): no grouping, `.` as the
/// decimal point, at most `decimals` places with trailing zeros removed (`12`, `12.5`, `-0.25`).
/// `NumberFormatting` groups thousands for people; spreadsheets and parsers need this form.
public enum PlainNumber {
    public static func format(_ value: Double, decimals: Int = 3) -> String {
        guard value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9.0e15 else { return String(value) }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        var fraction = String(units % Int64(scale))
        fraction = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && units != 0 ? "-" : ""
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }
}
