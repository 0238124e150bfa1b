/// Deterministic number formatting for reports (no locale, no Foundation formatters).
public enum NumberFormatting {
    /// `1,234` for whole numbers; `1,234.5` with up to `decimals` places otherwise.
    public static func number(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "n/a" }
        let scale = pow10(decimals)
        guard abs(value * scale) < 9.0e15 else { return String(value) }
        let rounded = (value * scale).rounded() / scale
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let whole = Int64(magnitude.rounded(.down))
        var fraction = Int64(((magnitude - Double(whole)) * scale).rounded())
        var wholePart = whole
        if Double(fraction) >= scale {
            wholePart += 1
            fraction = 0
        }
        var text = grouped(wholePart)
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: max(0, decimals - digits.count)) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return negative && text != "0" ? "-" + text : text
    }

    public static func percent(_ share: Double, decimals: Int = 1) -> String {
        number(share * 100, decimals: decimals) + "%"
    }

    public static func display(_ value: Double, unit: Metric.Unit) -> String {
        switch unit {
        case .count, .amount: return number(value, decimals: 2)
        case .share: return percent(value)
        case .perThousandWorkforce: return number(value, decimals: 2) + " per 1,000 workforce"
        case .perMonth: return number(value, decimals: 1) + " per month"
        case .ratio: return number(value, decimals: 2)
        }
    }

    static func grouped(_ value: Int64) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }

    static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, exponent) { result *= 10 }
        return result
    }
}
