import ProbityCore

/// The long sections of the national text report: grades, figures, practices, items.
extension NationalTextRenderer {
    static func grades(_ view: NationalView) -> [String] {
        var lines = ["GRADES (forces per grade; the forces outside the largest group named)"]
        for distribution in [view.overall] + view.areas {
            let groups = NationalText.gradeGroups(distribution)
            let counts = groups.map { "\($0.label) \($0.forces.count)" }.joined(separator: ", ")
            let median = distribution.medianScore.map { "; median score \(NumberFormatting.number($0))" } ?? ""
            lines += NationalText.wrap("\(distribution.area?.rawValue ?? "overall"): \(counts)\(median)", indent: "  ")
            let (_, named) = NationalText.minorityGroups(groups, count: \.forces.count)
            for group in named {
                lines += NationalText.wrap("\(group.label): \(NationalText.codes(group.forces))", indent: "      ")
            }
        }
        return lines
    }

    static func figures(_ view: NationalView) -> [String] {
        var lines = ["DATA RETURNS: EVERY FIGURE SUMMED ACROSS FORCES"]
        let head = TextLayout.pad("FIGURE", 42) + TextLayout.padLeft("TOTAL", 9) + TextLayout.padLeft("FORCES", 7)
            + TextLayout.padLeft("MEAN", 9) + TextLayout.padLeft("PER MONTH", 11)
        var area: AreaID?
        for figure in view.figures {
            if figure.figure.area != area {
                area = figure.figure.area
                lines += ["  \(figure.figure.area)", "  " + head]
            }
            lines.append("  " + TextLayout.pad(figure.figure.path, 42) + TextLayout.padLeft(NationalText.value(figure.total), 9)
                + TextLayout.padLeft(String(figure.forcesReporting), 7)
                + TextLayout.padLeft(figure.meanPerForce.map(NationalText.value) ?? "-", 9)
                + TextLayout.padLeft(figure.perMonth.map(NationalText.value) ?? "-", 11))
        }
        let gaps = view.figures.filter { !$0.notReported.isEmpty }
        if !gaps.isEmpty {
            lines.append("  Not reported (counted as nothing):")
            for figure in gaps {
                lines += NationalText.wrap("\(figure.figure): \(NationalText.codes(figure.notReported))", indent: "    ")
            }
        }
        return lines
    }

    static func practices(_ view: NationalView) -> [String] {
        var lines = ["PRACTICES (forces per answer; the forces outside the largest group named)"]
        for practice in view.practices {
            var answers = practice.answers.map { "\($0.value) \($0.count)" }
            if !practice.notReported.isEmpty { answers.append("not reported \(practice.notReported.count)") }
            lines += NationalText.wrap("\(practice.figure): \(answers.joined(separator: ", "))", indent: "  ")
            let (_, named) = NationalText.minorityGroups(practice.answers, count: \.count)
            var groups = named.map { "\($0.value): \(NationalText.codes($0.forces))" }
            if !practice.notReported.isEmpty { groups.append("not reported: \(NationalText.codes(practice.notReported))") }
            if !groups.isEmpty { lines += NationalText.wrap(groups.joined(separator: "; "), indent: "      ") }
        }
        return lines
    }

    static let statusHeadings: [(AnswerStatus, String)] = [
        (.met, "MET"), (.partiallyMet, "PARTLY"), (.notMet, "NOT MET"), (.notApplicable, "N/A"), (.notAssessed, "NOT ASSESSED"),
    ]

    static func items(_ view: NationalView) -> [String] {
        var lines = ["ITEMS (forces per status; the forces outside the largest group named)"]
        lines.append("  " + TextLayout.pad("ITEM", 10) + statusHeadings.map { TextLayout.padLeft($0.1, $0.1.count + 3) }.joined())
        for tally in view.items {
            let counts = statusHeadings.map { TextLayout.padLeft(String(tally.count($0.0)), $0.1.count + 3) }.joined()
            lines.append("  " + TextLayout.pad(tally.item.rawValue, 10) + counts)
            let (_, named) = NationalText.minorityGroups(tally.statuses, count: \.count)
            let groups = named.map { "\($0.status.rawValue): \(NationalText.codes($0.forces))" }
            if !groups.isEmpty { lines += NationalText.wrap(groups.joined(separator: "; "), indent: "      ") }
        }
        return lines
    }
}
