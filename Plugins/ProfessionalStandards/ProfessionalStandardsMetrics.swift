import ProbityCore

/// The rates and shares computed from the professional-standards data return. Each is nil when
/// a figure it needs (or the workforce) is missing, or its denominator is zero.
struct ProfessionalStandardsMetrics {
    typealias Field = ProfessionalStandardsDataReturn

    let context: AreaContext
    private var metric: MetricBuilder { MetricBuilder(context: context) }
    private var figures: DataReturn { context.figures }
    private var kit: FigureBuilder { FigureBuilder(context: context) }

    var all: [Metric] {
        [acuStaffPerThousand, acuStaffChange, investigationsPerThousand, investigationsPerMonth, proactiveShare,
         continuingShare, leftServiceShare, confidentialReportsPerThousand].compactMap { $0 }
    }

    var acuStaffPerThousand: Metric? {
        metric.perThousandWorkforce("acu-staff-per-1000-workforce", "anti-corruption unit staff per 1,000 workforce",
                                    Field.acuStaff, "FTE")
    }

    /// The change in ACU staff since the 2011 inspection, as a share of last year's staff
    /// (negative when the unit has shrunk); no change when the force reports the staff
    /// `"unchanged"`, with or without a headcount.
    var acuStaffChange: Metric? {
        if figures.reported(Field.acuStaff) == .unchanged { return acuStaffUnchanged }
        return metric.change("acu-staff-change", "change in anti-corruption unit staff since 2011", Field.acuStaff,
                             from: Field.acuStaffLastYear, "FTE")
    }

    private var acuStaffUnchanged: Metric {
        let then = figures.number(Field.acuStaffLastYear).map { ", \(kit.number($0)) FTE then" } ?? ""
        return Metric(id: "acu-staff-change", label: "change in anti-corruption unit staff since 2011", value: 0, unit: .share,
                      basis: "unchanged since the last return (acu.staff reported \"unchanged\"\(then); no headcount given)")
    }

    var investigationsPerThousand: Metric? {
        metric.perThousandWorkforce("investigations-per-1000-workforce", "integrity investigations per 1,000 workforce",
                                    Field.total, "investigations")
    }

    var investigationsPerMonth: Metric? {
        metric.perMonth("investigations-per-month", "integrity investigations per month", Field.total, "investigations")
    }

    var proactiveShare: Metric? {
        metric.share("proactive-share", "share of integrity investigations begun from proactive intelligence", Field.proactive,
                     of: Field.total, "proactive", "investigations")
    }

    var continuingShare: Metric? {
        metric.share("continuing-share", "share of integrity investigations still continuing", Field.outcomes.continuing, of: Field.total,
                     "continuing", "investigations")
    }

    var leftServiceShare: Metric? {
        metric.share("left-service-share", "share of integrity investigations after which the person left the service",
                     Field.outcomes.leftService, of: Field.total, "left the service", "investigations")
    }

    var confidentialReportsPerThousand: Metric? {
        metric.perThousandWorkforce("confidential-reports-per-1000-workforce", "confidential reporting line reports per 1,000 workforce",
                                    Field.confidentialReports, "reports")
    }
}
