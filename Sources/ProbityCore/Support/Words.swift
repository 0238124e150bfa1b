/// Counts in words, singular or plural as the number needs: `1 action`, `2 actions`,
/// `1 entry`, `3 entries`, `1,234 bytes`. One helper, so no output says "1 actions" or
/// "met 1 times".
public enum Words {
    /// `count` and the noun, plural unless the count is exactly one. The plural is the noun
    /// with `s`, `ies` for a consonant + y (`entry`, `entries`), or `plural` when given.
    public static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(NumberFormatting.number(Double(count), decimals: 0)) \(count == 1 ? noun : plural ?? pluralise(noun))"
    }

    /// A quantity that need not be whole, as `NumberFormatting.number` shows it, singular when
    /// it shows as exactly one: `1 month`, `1.5 months`, `12 months`.
    public static func count(_ value: Double, _ noun: String, plural: String? = nil, decimals: Int = 1) -> String {
        let shown = NumberFormatting.number(value, decimals: decimals)
        return "\(shown) \(shown == "1" ? noun : plural ?? pluralise(noun))"
    }

    /// A quantity with a noun given in the plural, made singular when the quantity shows as
    /// exactly one: `1 investigation`, `3 investigations`, `1 hospitality entry`. Nouns with no
    /// plural form (`FTE`, `continuing`) are left as they are.
    public static func quantity(_ shown: String, _ pluralNoun: String) -> String {
        "\(shown) \(shown == "1" ? singular(pluralNoun) : pluralNoun)"
    }

    /// The singular of a plural noun phrase: `entries` → `entry`, `recorded contacts` →
    /// `recorded contact`; a word not ending in `s` is its own singular.
    public static func singular(_ plural: String) -> String {
        if plural.hasSuffix("ies") { return plural.dropLast(3) + "y" }
        if plural.hasSuffix("s"), !plural.hasSuffix("ss") { return String(plural.dropLast()) }
        return plural
    }

    /// The verb agreeing with a count: `verb(1, "is", "are")` is `is`, `verb(2, "is", "are")` is `are`.
    public static func verb(_ count: Int, _ singular: String, _ plural: String) -> String { count == 1 ? singular : plural }

    /// `times`, `once` for one: "met once", "met 3 times".
    public static func times(_ count: Int) -> String { count == 1 ? "once" : count == 2 ? "twice" : "\(count) times" }

    static func pluralise(_ noun: String) -> String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !vowels.contains(before) {
            return noun.dropLast() + "ies"
        }
        if noun.hasSuffix("s") || noun.hasSuffix("x") || noun.hasSuffix("ch") || noun.hasSuffix("sh") { return noun + "es" }
        return noun + "s"
    }
}
