import ProbityCore

/// The national view for a terminal, in 80 columns: coverage first (what was counted and what
/// is missing), the headline totals with their parts and the national shares, forces far above
/// or below the rest, area grades, every data-return figure, practices and items.
public struct NationalTextRenderer: Sendable {
    public init() {}

    public static func render(_ view: NationalView, context: ReportContext) -> String {
        var sections: [[String]] = [header(view), coverage(view), headline(view), outliers(view), grades(view)]
        sections += [figures(view), practices(view), items(view)]
        var lines = sections.flatMap { $0 + [""] }
        lines.append("The forces behind a figure: '--trace AREA:PATH', or '--format json'.")
        lines.append("probity \(context.version), \(context.generatedAt)")
        return lines.flatMap { $0.count > TextLayout.width ? NationalText.wrap($0, indent: "") : [$0] }.joined(separator: "\n") + "\n"
    }

    static func header(_ view: NationalView) -> [String] {
        var lines = ["National integrity view: \(view.checklist), \(NationalText.forces(view.coverage.forcesCounted))"]
        if let main = view.coverage.periods.first {
            let share = main.forces.count == view.coverage.forcesCounted ? "all forces" : NationalText.forces(main.forces.count)
            lines += NationalText.wrap("Data period \(main.period.start) to \(main.period.end) (\(Words.count(main.months, "month"))) for \(share)", indent: "")
        }
        return lines
    }

    static func coverage(_ view: NationalView) -> [String] {
        let coverage = view.coverage
        var lines = ["COVERAGE"]
        var counted = "Forces counted: \(coverage.forcesCounted)"
        if let expected = coverage.expectedForces {
            let missing = coverage.missing ?? 0
            counted += " of \(expected) expected; " + (missing == 0 ? "none missing" : "\(missing) missing")
        } else {
            counted += " (no --expected-forces given, so missing forces are not checked)"
        }
        lines += NationalText.wrap(counted, indent: "  ")
        let incomplete = coverage.incomplete.map { "\($0.force) (\($0.notAssessed.count) not assessed)" }
        lines += NationalText.wrap("Incomplete (items not assessed): \(incomplete.isEmpty ? "none" : incomplete.joined(separator: ", "))", indent: "  ")
        lines += NationalText.wrap("Without a workforce figure (no rates): \(NationalText.codes(coverage.withoutWorkforce))", indent: "  ")
        let moderated = coverage.forces.compactMap { force in force.moderation.map { "\(force.code) (\($0))" } }
        lines += NationalText.wrap("Moderated (inspectors' statuses counted): \(moderated.isEmpty ? "none" : moderated.joined(separator: ", "))", indent: "  ")
        let gaps = coverage.dataReturnGaps.map { "\($0.area) not returned by \(NationalText.codes($0.forces))" }
        lines += NationalText.wrap("Data returns: \(gaps.isEmpty ? "every force returned figures for every area" : gaps.joined(separator: "; "))", indent: "  ")
        for period in coverage.periods.dropFirst() {
            lines += NationalText.wrap("Other period \(period.period.start) to \(period.period.end) (\(Words.count(period.months, "month"))): \(NationalText.codes(period.forces))", indent: "  ")
        }
        for note in coverage.notes { lines += NationalText.wrap("Note: \(note)", indent: "  ") }
        return lines
    }

    static func headline(_ view: NationalView) -> [String] {
        var lines = ["HEADLINE FIGURES (national totals, with their parts)"]
        var area: AreaID?
        var shown: Set<FigureRef> = []
        for breakdown in view.breakdowns {
            guard let total = view.figure(breakdown.total) else { continue }
            if breakdown.total.area != area {
                area = breakdown.total.area
                lines.append("  \(breakdown.total.area)")
            }
            if shown.insert(breakdown.total).inserted {
                lines += NationalText.wrap("\(total.figure.path) \(NationalText.summary(total))", indent: "    ")
            }
            lines += NationalText.wrap("= " + NationalText.parts(breakdown, in: view), indent: "      ")
        }
        lines.append("  shares")
        for share in view.shares {
            lines += NationalText.wrap("\(share.label): \(NationalText.share(share))", indent: "    ")
        }
        return lines
    }

    static func outliers(_ view: NationalView) -> [String] {
        let k = NumberFormatting.number(view.rules.outliers.k, decimals: 2)
        var lines = ["FORCES FAR ABOVE OR BELOW THE REST"]
        lines += NationalText.wrap("Rate per 1,000 workforce per month; a force is named when its rate is more than \(k) robust units (1.4826 x median absolute deviation) from the median.", indent: "  ")
        for test in view.outliers {
            lines.append("  \(test.figure)")
            guard let spread = test.spread, let upper = test.upperBound, let lower = test.lowerBound else {
                lines += NationalText.wrap("not tested: \(test.notTested ?? "no spread")", indent: "    ")
                continue
            }
            lines += NationalText.wrap("median \(NationalText.rate(spread.median)) over \(NationalText.forces(test.rates.count)); \(NationalText.namedWhen(lower, upper))", indent: "    ")
            lines += NationalText.wrap("above: " + rateList(test.above), indent: "    ")
            lines += NationalText.wrap("below: " + rateList(test.below), indent: "    ")
            if !test.excluded.isEmpty { lines += NationalText.wrap("no rate: \(NationalText.codes(test.excluded))", indent: "    ") }
        }
        return lines
    }

    static func rateList(_ rates: [ForceRate]) -> String {
        guard !rates.isEmpty else { return "none" }
        return rates.map { rate in
            "\(rate.force) \(NationalText.rate(rate.rate)) (\(NationalText.value(rate.value)) in \(Words.count(rate.months, "month")), workforce \(NationalText.value(Double(rate.workforce))))"
        }.joined(separator: "; ")
    }
}
