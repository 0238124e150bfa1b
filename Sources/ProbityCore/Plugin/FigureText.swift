
/// How findings and metrics show counts, parts and shares in words.
public enum FigureText {
    public static func count(_ value: Int) -> String { NumberFormatting.number(Double(value), decimals: 0) }

    /// `1 contract`, `3 contracts`.
    public static func counted(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(count(value)) \(value == 1 ? singular : plural)"
    }

    /// `0 of 412`.
    public static func part(_ part: Int, of whole: Int) -> String { "\(count(part)) of \(count(whole))" }

    public static func share(_ value: Double) -> String { NumberFormatting.percent(value) }

    public static func number(_ value: Double) -> String { NumberFormatting.number(value, decimals: 1) }

    /// `part / whole`, or nil when there is nothing to divide by.
    public static func ratio(_ part: Int, _ whole: Int) -> Double? {
        whole > 0 ? Double(part) / Double(whole) : nil
    }
}
