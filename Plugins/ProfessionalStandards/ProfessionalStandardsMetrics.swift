import ProbityCore

/// The rates and shares computed from the professional-standards data return. Each is nil when
/// a figure it needs (or the workforce) is missing, or its denominator is zero.
struct ProfessionalStandardsMetrics {
    typealias Field = ProfessionalStandardsDataReturn

    let context: AreaContext
    var figures: DataReturn { context.figures }

    var all: [Metric] {
        [acuStaffPerThousand, acuStaffChange, investigationsPerThousand, investigationsPerMonth, proactiveShare,
         continuingShare, leftServiceShare, confidentialReportsPerThousand].compactMap { $0 }
    }

    var acuStaffPerThousand: Metric? {
        guard let staff = figures.number(Field.acuStaff), let rate = context.perThousandWorkforce(staff) else { return nil }
        return Metric(id: "acu-staff-per-1000-workforce", label: "anti-corruption unit staff per 1,000 workforce", value: rate,
                      unit: .perThousandWorkforce, basis: "\(n(staff)) FTE / \(workforce) workforce x 1,000")
    }

    /// The change in ACU staff since the 2011 inspection, as a share of last year's staff
    /// (negative when the unit has shrunk); no change when the force reports the staff
    /// `"unchanged"`, with or without a headcount.
    var acuStaffChange: Metric? {
        if figures.reported(Field.acuStaff) == .unchanged { return acuStaffUnchanged }
        guard let staff = figures.number(Field.acuStaff), let last = figures.number(Field.acuStaffLastYear), last > 0 else {
            return nil
        }
        return Metric(id: "acu-staff-change", label: "change in anti-corruption unit staff since 2011", value: (staff - last) / last,
                      unit: .share, basis: "(\(n(staff)) - \(n(last))) / \(n(last)) FTE")
    }

    private var acuStaffUnchanged: Metric {
        let then = figures.number(Field.acuStaffLastYear).map { ", \(n($0)) FTE then" } ?? ""
        return Metric(id: "acu-staff-change", label: "change in anti-corruption unit staff since 2011", value: 0, unit: .share,
                      basis: "unchanged since the last return (acu.staff reported \"unchanged\"\(then); no headcount given)")
    }

    var investigationsPerThousand: Metric? {
        guard let total = figures.number(Field.total), let rate = context.perThousandWorkforce(total) else { return nil }
        return Metric(id: "investigations-per-1000-workforce", label: "integrity investigations per 1,000 workforce", value: rate,
                      unit: .perThousandWorkforce, basis: "\(n(total)) investigations / \(workforce) workforce x 1,000")
    }

    var investigationsPerMonth: Metric? {
        guard let total = figures.number(Field.total), let rate = context.perMonth(total) else { return nil }
        return Metric(id: "investigations-per-month", label: "integrity investigations per month", value: rate,
                      unit: .perMonth, basis: "\(n(total)) investigations / \(n(context.months)) months")
    }

    var proactiveShare: Metric? {
        share("proactive-share", "share of integrity investigations begun from proactive intelligence", Field.proactive,
              of: Field.total, "proactive", "investigations")
    }

    var continuingShare: Metric? {
        share("continuing-share", "share of integrity investigations still continuing", Field.continuing, of: Field.total,
              "continuing", "investigations")
    }

    var leftServiceShare: Metric? {
        share("left-service-share", "share of integrity investigations after which the person left the service",
              Field.leftService, of: Field.total, "left the service", "investigations")
    }

    var confidentialReportsPerThousand: Metric? {
        guard let reports = figures.number(Field.confidentialReports), let rate = context.perThousandWorkforce(reports) else {
            return nil
        }
        return Metric(id: "confidential-reports-per-1000-workforce", label: "confidential reporting line reports per 1,000 workforce",
                      value: rate, unit: .perThousandWorkforce, basis: "\(n(reports)) reports / \(workforce) workforce x 1,000")
    }

    private var workforce: String { context.workforce.map { n(Double($0)) } ?? "unknown" }

    private func share(_ id: String, _ label: String, _ part: DataReturnField, of whole: DataReturnField,
                       _ partName: String, _ wholeName: String) -> Metric? {
        guard let value = figures.number(part), let total = figures.number(whole), total > 0 else { return nil }
        return Metric(id: id, label: label, value: value / total, unit: .share,
                      basis: "\(n(value)) \(partName) / \(n(total)) \(wholeName)")
    }

    private func n(_ value: Double) -> String { NumberFormatting.number(value) }
}
