import ProbityCore

/// Wording shared by the national renderers: how figures, parts, rates and lists of forces
/// are written.
public enum NationalText {
    /// `1,737`, or `12.5` for an amount.
    public static func value(_ value: Double) -> String { NumberFormatting.number(value, decimals: 1) }

    /// A rate with two decimals: `0.41`.
    public static func rate(_ value: Double) -> String { NumberFormatting.number(value, decimals: 2) }

    /// Force codes as a comma-separated list.
    public static func codes(_ codes: [ForceCode]) -> String {
        codes.isEmpty ? "none" : codes.map(\.rawValue).joined(separator: ", ")
    }

    /// A part's name relative to its total: `outcomes.continuing` under `investigations.total`.
    public static func partName(_ part: String, under total: String) -> String {
        let partSegments = part.split(separator: ".")
        let totalSegments = total.split(separator: ".")
        var shared = 0
        while shared < min(partSegments.count - 1, totalSegments.count - 1), partSegments[shared] == totalSegments[shared] {
            shared += 1
        }
        return partSegments.dropFirst(shared).joined(separator: ".")
    }

    /// `outcomes.continuing 708 + outcomes.referredExternally 45 + ...`, each part from the view.
    public static func parts(_ breakdown: NationalBreakdown, in view: NationalView) -> String {
        breakdown.parts.map { ref in
            let amount = view.figure(ref).map { value($0.total) } ?? "n/a"
            return "\(partName(ref.path, under: breakdown.total.path)) \(amount)"
        }.joined(separator: " + ")
    }

    /// `investigations.total 2,207 = outcomes.continuing 708 + ...`.
    public static func breakdown(_ breakdown: NationalBreakdown, in view: NationalView) -> String? {
        guard let total = view.figure(breakdown.total) else { return nil }
        return "\(breakdown.total.path) \(value(total.total)) = \(parts(breakdown, in: view))"
    }

    /// `2,207 from 44 forces: mean 50.2 per force, 245.2 a month; not reported by F03`.
    public static func summary(_ figure: NationalFigure) -> String {
        var text = "\(value(figure.total)) from \(forces(figure.forcesReporting))"
        let rates = rates(figure)
        if !rates.isEmpty { text += ": \(rates)" }
        if !figure.notReported.isEmpty { text += "; not reported by \(codes(figure.notReported))" }
        return text
    }

    /// `79% (1,737 of 2,207; 44 forces)`.
    public static func share(_ share: NationalShare) -> String {
        let percent = share.value.map { NumberFormatting.percent($0, decimals: 0) } ?? "n/a"
        let basis = "\(value(share.numeratorTotal)) of \(value(share.denominatorTotal)); \(forces(share.forces.count))"
        return "\(percent) (\(basis))"
    }

    /// Word-wrapped to 80 columns with a hanging indent: continuation lines indented two more.
    public static func wrap(_ text: String, indent: String) -> [String] {
        var lines: [String] = []
        var lineIndent = indent
        var current = indent
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.count > lineIndent.count && current.count + 1 + word.count > TextLayout.width {
                lines.append(current)
                lineIndent = indent + "  "
                current = lineIndent
            }
            current += (current.count > lineIndent.count ? " " : "") + word
        }
        if current.count > lineIndent.count { lines.append(current) }
        return lines
    }

    /// `mean 39.5 per force, 193 a month`.
    public static func rates(_ figure: NationalFigure) -> String {
        var parts: [String] = []
        if let mean = figure.meanPerForce { parts.append("mean \(value(mean)) per force") }
        if let month = figure.perMonth { parts.append("\(value(month)) a month") }
        return parts.joined(separator: ", ")
    }

    /// The forces per grade of a distribution, then those not graded (`Not graded`), each a
    /// label and its forces.
    public static func gradeGroups(_ distribution: NationalGradeDistribution) -> [(label: String, forces: [ForceCode])] {
        distribution.grades.map { ($0.label, $0.forces) } + [("Not graded", distribution.notGraded)]
    }

    /// `1 force`, `44 forces`.
    public static func forces(_ count: Int) -> String { Words.count(count, "force") }

    /// The rates no force is named for: `0.05 to 0.25`, or `up to 0.25` when the lower bound is
    /// not above 0 (a rate cannot fall below it, and a negative bound reads as nonsense).
    public static func usualRange(_ lower: Double, _ upper: Double) -> String {
        lower > 0 ? "\(rate(lower)) to \(rate(upper))" : "up to \(rate(upper))"
    }

    /// When a force is named: `named below 0.05 or above 0.25`, or only `named above 0.25` when
    /// the lower bound is not above 0.
    public static func namedWhen(_ lower: Double, _ upper: Double) -> String {
        lower > 0 ? "named below \(rate(lower)) or above \(rate(upper))"
            : "named above \(rate(upper)) (the lower bound is under 0, so none can be named below)"
    }

    /// The groups worth naming: every group but the largest (which is given as "the other N").
    public static func minorityGroups<Group>(_ groups: [Group], count: (Group) -> Int) -> (largest: Int?, others: [Group]) {
        guard let largest = groups.indices.max(by: { (count(groups[$0]), $1) < (count(groups[$1]), $0) }),
              count(groups[largest]) > 0
        else { return (nil, []) }
        return (largest, groups.enumerated().filter { $0.offset != largest && count($0.element) > 0 }.map(\.element))
    }
}
