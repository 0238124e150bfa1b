import ProbityCore

/// A comparison for an 80-column terminal: the two files, overall and area grades with their
/// movement, the items that moved or could not be compared, findings resolved, new and
/// persisting, rates compared in both years, and the plan's progress.
public struct ComparisonTextRenderer: Sendable {
    public init() {}

    public static func render(_ comparison: Comparison, context: ReportContext) -> String {
        var sections = [header(comparison), ComparisonProgressText.headline(comparison) + [""] + overall(comparison),
                        areaTable(comparison), ComparisonProgressText.areaTable(comparison), items(comparison),
                        findings(comparison), rates(comparison)]
        if let plan = comparison.plan { sections.append(PlanProgressText.lines(plan)) }
        sections.append(["probity \(context.version), \(context.generatedAt).", "'--format markdown' lists every item; '--format json' has everything."])
        return sections.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    static func header(_ comparison: Comparison) -> [String] {
        let old = comparison.old
        let new = comparison.new
        let title = ForceIdentity.same(old.force, new.force)
            ? "Comparison: \(ForceIdentity.describe(new.force)), \(comparison.span)"
            : "Comparison: \(ForceIdentity.describe(old.force)) \(old.year) -> \(ForceIdentity.describe(new.force)) \(new.year)"
        var lines = TextLayout.wrap(title)
        for (label, side) in [("OLD", comparison.old), ("NEW", comparison.new)] {
            lines += ComparisonFormat.hanging("\(side.file): \(side.kind.rawValue), \(side.checklist)", first: "\(label)  ", rest: "     ")
            lines.append("     \(side.period.start) to \(side.period.end), \(Words.count(side.months, "month"))")
        }
        lines += TextLayout.wrap("Items: \(comparison.matching.description).")
        lines += comparison.notes.flatMap { ComparisonFormat.hanging("Note: \($0)", first: "", rest: "      ") }
        if let log = comparison.moderation { lines += TextLayout.wrap("Inspector's judgements: \(log) (NEW's moderation log, verified).") }
        return lines
    }

    static func overall(_ comparison: Comparison) -> [String] {
        let overall = comparison.overall
        let standing = { (side: ComparisonSide) in ComparisonFormat.standing(side.overall) }
        var text = "OVERALL GRADE: \(standing(comparison.old)) -> \(standing(comparison.new)) (\(ComparisonFormat.signed(overall.scoreChange))) \(ComparisonFormat.marker(overall.grade))"
        if let reason = overall.gradeReason { text += " \(reason)" }
        return TextLayout.wrap(text)
    }

    static func areaTable(_ comparison: Comparison) -> [String] {
        var lines = [TextLayout.pad("AREA", 23) + TextLayout.pad(String(comparison.old.year), 21) + TextLayout.pad(String(comparison.new.year), 24)
            + TextLayout.padLeft("SCORE", 6) + TextLayout.padLeft("COVER", 6)]
        for area in comparison.areas {
            let grades = ComparisonFormat.grades(area)
            lines.append(TextLayout.pad(area.area.rawValue, 22) + " " + TextLayout.pad(grades.old, 20) + " "
                + TextLayout.pad(grades.new, 20) + TextLayout.padLeft(ComparisonFormat.marker(area.grade), 4)
                + TextLayout.padLeft(area.scoreChange.map { ComparisonFormat.signed($0) } ?? "-", 6)
                + TextLayout.padLeft(area.answeredChange.map { ComparisonFormat.signed($0 * 100, decimals: 0) } ?? "-", 6))
        }
        lines += TextLayout.wrap("(+) better grade, (-) worse, (=) same, (?) not comparable. SCORE: change in score points; COVER: change in the share of weight answered, in percentage points.")
        return lines
    }

    static func items(_ comparison: Comparison) -> [String] {
        let all = comparison.allItems
        let counts = ItemChange.reportOrder.map { "\(comparison.summary.count(of: $0)) \($0.label)" }
        var lines = TextLayout.wrap("ITEMS: " + counts.joined(separator: ", "))
        for change in ItemChange.reportOrder where change != .unchanged {
            let rows = all.filter { $0.change == change }
            guard !rows.isEmpty else { continue }
            lines.append("\(change.label.uppercased()) (\(rows.count))")
            if change == .new {
                lines += TextLayout.wrap(rows.map { "\($0.item) \(ComparisonFormat.status($0.newStatus))" }.joined(separator: ", "), indent: "  ")
                continue
            }
            for row in rows {
                var text = ComparisonFormat.statuses(row)
                if let reason = row.reason { text += "; \(reason)" }
                lines += ComparisonFormat.hanging(text, first: "  " + TextLayout.pad(row.item.rawValue, 6), rest: "        ")
            }
        }
        return lines
    }

    static func findings(_ comparison: Comparison) -> [String] {
        let summary = comparison.summary
        var lines = TextLayout.wrap("FINDINGS: \(summary.findingsResolved) resolved, \(summary.findingsNew) new, \(summary.findingsPersisting) persisting, \(summary.findingsNotComparable) not comparable (areas for improvement and causes of concern)")
        let all = comparison.allFindings
        for status in [FindingChange.Status.new, .persisting, .resolved, .notComparable] {
            for finding in all where finding.kind != .strength && finding.status == status {
                let kind = finding.kindChange ?? (finding.status == .resolved ? "was " : "") + ComparisonFormat.shortKind(finding.kind)
                var text = "\(finding.displayID) \(finding.title) [\(kind)]"
                if let reason = finding.reason { text += "; \(reason)" }
                lines += ComparisonFormat.hanging(text, first: "  " + TextLayout.pad(status.label(for: finding.kind), 15),
                                                  rest: String(repeating: " ", count: 17))
            }
        }
        let strengths = all.filter { $0.kind == .strength }
        if !strengths.isEmpty {
            let groups = FindingChange.Status.allCases.compactMap { status -> String? in
                let ids = strengths.filter { $0.status == status }.map(\.id.rawValue)
                return ids.isEmpty ? nil : "\(status.label(for: .strength)) \(ids.joined(separator: ", "))"
            }
            lines += TextLayout.wrap("Strengths: " + groups.joined(separator: "; "), indent: "  ")
        }
        return lines
    }

    static func rates(_ comparison: Comparison) -> [String] {
        let areas = comparison.areas.map { ($0.title, ($0.figures + $0.metrics).filter(\.isCompared)) }.filter { !$0.1.isEmpty }
        let oneSided = comparison.areas.flatMap { $0.figures + $0.metrics }.filter { !$0.isCompared }.count
        guard !areas.isEmpty || oneSided > 0 else { return [] }
        let months = "\(Words.count(comparison.old.months, "month")) in \(comparison.old.year), \(NumberFormatting.number(comparison.new.months)) in \(comparison.new.year)"
        var lines = TextLayout.wrap("RATES: data-return counts as totals and per month (\(months)), CHANGE per month; metrics as computed")
        lines.append(TextLayout.pad("FIGURE", 36) + TextLayout.padLeft(String(comparison.old.year), 8) + TextLayout.padLeft("/MO", 9)
            + TextLayout.padLeft(String(comparison.new.year), 8) + TextLayout.padLeft("/MO", 9) + TextLayout.padLeft("CHANGE", 10))
        var caveats = false
        for (title, rows) in areas {
            lines.append(title)
            for row in rows {
                var change = ComparisonFormat.change(row)
                if row.caveat != nil { change += "*"; caveats = true }
                var label = row.source == .dataReturn ? row.id : row.label
                if label.count > 34 {
                    lines.append("  " + TextLayout.clip(label, 78))
                    label = ""
                }
                lines.append("  " + TextLayout.pad(label, 34) + cells(row.old, row) + cells(row.new, row) + TextLayout.padLeft(change, 10))
            }
        }
        if caveats { lines += TextLayout.wrap("* computed over the whole period, whose length differs between the years") }
        if oneSided > 0 { lines += TextLayout.wrap("\(Words.count(oneSided, "figure")) \(Words.verb(oneSided, "is", "are")) in one year only; '--format markdown' lists them.") }
        return lines
    }

    /// A side's value (the total for a count, the value otherwise) and, for a count, its rate
    /// per month.
    static func cells(_ measure: RateComparison.Measure?, _ row: RateComparison) -> String {
        guard let measure else { return TextLayout.padLeft("-", 8) + TextLayout.padLeft("", 9) }
        guard row.basis == .perMonth else { return TextLayout.padLeft(ComparisonFormat.shortRate(measure, row), 8) + TextLayout.padLeft("", 9) }
        return TextLayout.padLeft(NumberFormatting.number(measure.value, decimals: 2), 8)
            + TextLayout.padLeft(NumberFormatting.number(measure.rate, decimals: 1), 9)
    }
}
