/// A summary for people, within 80 columns: counts per check, health figures, skipped rows,
/// and the first findings of each check, most severe first.
public enum TextReportRenderer {
    public static func render(_ report: CrosscheckReport, findingsPerCheck: Int = 5) -> String {
        var lines: [String] = []
        lines.append("Register cross-check, as of \(report.asOf)" + (report.asOfBasis.map { " (\($0))" } ?? ""))
        lines.append("Rows: " + RegisterKind.allCases.map { "\($0) \(grouped(report.rows[$0.rawValue] ?? 0))" }
            .joined(separator: ", "))
        let m = report.matching
        lines.append("Names: \(grouped(m.distinctNames)) distinct; rows matched exactly \(grouped(m.rowsByMethod["exact"] ?? 0)), "
            + "approximately \(grouped(m.rowsByMethod["fuzzy"] ?? 0)), not \(grouped(m.rowsByMethod["none"] ?? 0))")
        lines.append("")
        lines.append("Findings")
        let counts = report.counts
        for check in CheckID.allCases {
            lines.append(pad("  \(check.rawValue)", 10) + pad(check.title, 60) + leftPad(grouped(counts[check] ?? 0), 8))
        }
        lines.append("")
        lines += health(report.health)
        lines.append("")
        lines.append("Skipped rows: \(grouped(report.skipped.count))")
        for row in report.skipped.prefix(20) { lines.append("  \(row.message)") }
        if report.skipped.count > 20 { lines.append("  … and \(grouped(report.skipped.count - 20)) more") }
        lines += topFindings(report, perCheck: findingsPerCheck)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func health(_ h: HealthFigures) -> [String] {
        var lines = ["Register health"]
        lines.append("  Hospitality entries \(grouped(h.hospitalityEntries)): accepted \(grouped(h.accepted)), "
            + "declined \(grouped(h.declined)) (\(percent(h.declinedShare)))")
        if let per = h.entriesPer1000Workforce, let workforce = h.workforce {
            lines.append("  Entries per 1,000 workforce: \(decimal(per, 1)) (workforce \(grouped(workforce)))")
        } else {
            lines.append("  Entries per 1,000 workforce: not computed (give --workforce)")
        }
        lines.append("  Chief officers' entries: \(grouped(h.chiefOfficerEntries)) (\(percent(h.chiefOfficerShare)))")
        lines.append("  Value bands:")
        for band in h.valueBands {
            lines.append("    " + pad(band.label, 24) + leftPad(grouped(band.entries), 10) + (band.entries == 1 ? " entry  " : " entries") // padded: the £ column stays aligned
                + leftPad("£" + grouped(Int(band.totalGBP.rounded())), 16))
        }
        if h.entriesWithoutValue > 0 { lines.append("    " + pad("no value", 24) + leftPad(grouped(h.entriesWithoutValue), 10)) }
        return lines
    }

    private static func topFindings(_ report: CrosscheckReport, perCheck: Int) -> [String] {
        guard perCheck > 0, !report.findings.isEmpty else { return [] }
        var lines = ["", "First findings (most severe first, up to \(perCheck) per check)"]
        for check in CheckID.allCases {
            let top = report.findings.filter { $0.check == check }
                .enumerated().sorted { ($1.element.severity, $0.offset) < ($0.element.severity, $1.offset) }
                .prefix(perCheck).map(\.element)
            for finding in top { lines.append(String(describe(finding).prefix(80))) }
        }
        return lines
    }

    static func describe(_ f: CrosscheckFinding) -> String {
        var text = "  \(f.check.rawValue) [\(f.severity.rawValue)] \(f.rowID)"
        if let staff = f.staffID { text += " staff \(staff)" }
        if let supplier = f.supplierID { text += " supplier \(supplier)" }
        if let related = f.relatedID {
            text += " contract \(related)"
            if let date = f.date, let award = f.relatedDate { text += " +\(award.daysSinceEpoch - date.daysSinceEpoch)d" }
        } else if f.check == .e {
            text += f.date.map { " reviewed \($0)" } ?? " never reviewed"
        }
        return text
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    static func percent(_ share: Double) -> String { decimal(share * 100, 1) + "%" }

    static func decimal(_ value: Double, _ places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale), fraction = abs(scaled % Int(scale))
        let digits = String(fraction)
        return "\(whole)." + String(repeating: "0", count: max(0, places - digits.count)) + digits
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width - 1)) + " " : text + String(repeating: " ", count: width - text.count)
    }

    private static func leftPad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
