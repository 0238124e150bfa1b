/// How one grade looks, so a grade is never told by colour alone: a light fill that dark
/// text reads on (contrast above 7:1), a darker ink for outlines and the pattern drawn over
/// bars, a pattern, and a border style for the HTML badge. The grade's name (and in charts its
/// abbreviation) is always written as text as well.
public struct GradeStyle: Sendable, Hashable, Codable {
    public enum Pattern: String, Sendable, Hashable, Codable, CaseIterable {
        case solid, diagonal, dots, horizontal, crosshatch
    }

    /// Background colour, `#rrggbb`.
    public var fill: String
    /// Outline and pattern colour, `#rrggbb`.
    public var ink: String
    public var pattern: Pattern
    /// CSS border style of the badge's left edge (`solid`, `double`, `dotted`...).
    public var border: String

    public init(fill: String, ink: String, pattern: Pattern, border: String) {
        self.fill = fill
        self.ink = ink
        self.pattern = pattern
        self.border = border
    }
}
