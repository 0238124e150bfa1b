import ProbityCore

/// The grade styles from best to worst. A scale with fewer grades than the palette spreads
/// its grades over it, so the best grade always looks best and the worst always worst,
/// whatever the scale (`hmic-4`, `hmic-5`, or one a checklist defines).
public struct GradePalette: Sendable, Hashable, Codable {
    public var styles: [GradeStyle]

    public init(styles: [GradeStyle]) { self.styles = styles }

    public static let standard = GradePalette(styles: [
        GradeStyle(fill: "#9fd5a8", ink: "#1b5e20", pattern: .solid, border: "solid"),
        GradeStyle(fill: "#d4ecb0", ink: "#33691e", pattern: .diagonal, border: "double"),
        GradeStyle(fill: "#fff0a8", ink: "#6d5200", pattern: .dots, border: "dotted"),
        GradeStyle(fill: "#ffd3a0", ink: "#8a4b00", pattern: .horizontal, border: "dashed"),
        GradeStyle(fill: "#f7b7b7", ink: "#8b1a1a", pattern: .crosshatch, border: "groove"),
    ])

    /// The palette position of a grade of the scale (0 = best); nil for a grade the scale
    /// does not define.
    public func index(of grade: GradeID?, in scale: GradeScale) -> Int? {
        guard let grade, let rank = scale.rank(of: grade), !styles.isEmpty else { return nil }
        let count = scale.grades.count
        guard count > 1 else { return 0 }
        let spread = Double(rank * (styles.count - 1)) / Double(count - 1)
        return min(styles.count - 1, Int(spread.rounded()))
    }

    public func style(of grade: GradeID?, in scale: GradeScale) -> GradeStyle? {
        index(of: grade, in: scale).map { styles[$0] }
    }

    /// A grade's short form for chart cells: the initials of its label (`Requires
    /// improvement` is `RI`), or the id for a grade the scale does not define.
    public static func abbreviation(of grade: GradeID?, in scale: GradeScale) -> String {
        guard let grade else { return "NG" }
        guard let label = scale.grade(grade)?.label else { return grade.rawValue }
        let initials = label.split(separator: " ").compactMap(\.first).map { String($0).uppercased() }
        return initials.joined()
    }

    /// The CSS class of a grade's badge and cells (`grade-0` ... `grade-4`, `grade-none`).
    public func cssClass(of grade: GradeID?, in scale: GradeScale) -> String {
        index(of: grade, in: scale).map { "grade-\($0)" } ?? "grade-none"
    }
}

extension GradePalette {
    /// The key to the abbreviations used in charts: `O Outstanding, G Good, ...`.
    public static func key(_ scale: GradeScale) -> String {
        scale.grades.map { "\(abbreviation(of: $0.id, in: scale)) \($0.label)" }.joined(separator: ", ")
    }
}
