import ProbityCore

/// The rates and shares computed from the media data return. Each is nil when a figure it
/// needs (or the workforce) is missing, or its denominator is zero.
struct MediaMetrics {
    typealias Field = MediaDataReturn

    let context: AreaContext
    private var metric: MetricBuilder { MetricBuilder(context: context) }

    var all: [Metric] {
        [investigationsPerThousand, investigationsPerMonth, nationalShare, continuingShare, disclosuresPerThousand,
         disclosuresContinuingShare, contactsRecordedPerThousand, contactsCheckedShare, channelsMonitored].compactMap { $0 }
    }

    var investigationsPerThousand: Metric? {
        metric.perThousandWorkforce("investigations-per-1000-workforce", "media relationship investigations per 1,000 workforce",
                                    Field.total, "investigations")
    }

    var investigationsPerMonth: Metric? {
        metric.perMonth("investigations-per-month", "media relationship investigations per month", Field.total, "investigations")
    }

    var nationalShare: Metric? {
        metric.share("national-share", "share of media relationship investigations concerning the national media",
              Field.national, of: Field.total, "national", "investigations")
    }

    var continuingShare: Metric? {
        metric.share("continuing-share", "share of media relationship investigations still continuing",
              Field.outcomes.continuing, of: Field.total, "continuing", "investigations")
    }

    var disclosuresPerThousand: Metric? {
        metric.perThousandWorkforce("disclosures-per-1000-workforce", "media disclosure investigations per 1,000 workforce",
                                    Field.disclosuresTotal, "investigations")
    }

    var disclosuresContinuingShare: Metric? {
        metric.share("disclosures-continuing-share", "share of media disclosure investigations still continuing",
              Field.disclosureOutcomes.continuing, of: Field.disclosuresTotal, "continuing", "disclosure investigations")
    }

    var contactsRecordedPerThousand: Metric? {
        metric.perThousandWorkforce("contacts-recorded-per-1000-workforce", "media contacts recorded per 1,000 workforce",
                                    Field.contactsRecorded, "contacts")
    }

    var contactsCheckedShare: Metric? {
        metric.share("contacts-checked-share", "share of recorded media contacts checked for compliance",
              Field.contactsChecked, of: Field.contactsRecorded, "checked", "recorded contacts")
    }

    /// How many of the three channels the force can monitor, when it answered for all three.
    var channelsMonitored: Metric? {
        let flags = Field.channels.compactMap { context.figures.flag($0) }
        guard flags.count == Field.channels.count else { return nil }
        let monitored = flags.filter { $0 }.count
        return Metric(id: "channels-monitored", label: "communications channels the force can monitor",
                      value: Double(monitored), unit: .count,
                      basis: "\(monitored) of \(flags.count) channels (email, computer access, telephone)")
    }
}
