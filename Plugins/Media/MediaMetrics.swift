import ProbityCore

/// The rates and shares computed from the media data return. Each is nil when a figure it
/// needs (or the workforce) is missing, or its denominator is zero.
struct MediaMetrics {
    typealias Field = MediaDataReturn

    let context: AreaContext
    var figures: DataReturn { context.figures }

    var all: [Metric] {
        [investigationsPerThousand, investigationsPerMonth, nationalShare, continuingShare, disclosuresPerThousand,
         disclosuresContinuingShare, contactsRecordedPerThousand, contactsCheckedShare, channelsMonitored].compactMap { $0 }
    }

    var investigationsPerThousand: Metric? {
        guard let total = figures.number(Field.total), let rate = context.perThousandWorkforce(total) else { return nil }
        return Metric(id: "investigations-per-1000-workforce", label: "media relationship investigations per 1,000 workforce",
                      value: rate, unit: .perThousandWorkforce, basis: "\(n(total)) investigations / \(workforce) workforce x 1,000")
    }

    var investigationsPerMonth: Metric? {
        guard let total = figures.number(Field.total), let rate = context.perMonth(total) else { return nil }
        return Metric(id: "investigations-per-month", label: "media relationship investigations per month", value: rate,
                      unit: .perMonth, basis: "\(n(total)) investigations / \(n(context.months)) months")
    }

    var nationalShare: Metric? {
        share("national-share", "share of media relationship investigations concerning the national media",
              Field.national, of: Field.total, "national", "investigations")
    }

    var continuingShare: Metric? {
        share("continuing-share", "share of media relationship investigations still continuing",
              Field.continuing, of: Field.total, "continuing", "investigations")
    }

    var disclosuresPerThousand: Metric? {
        guard let total = figures.number(Field.disclosuresTotal), let rate = context.perThousandWorkforce(total) else { return nil }
        return Metric(id: "disclosures-per-1000-workforce", label: "media disclosure investigations per 1,000 workforce", value: rate,
                      unit: .perThousandWorkforce, basis: "\(n(total)) investigations / \(workforce) workforce x 1,000")
    }

    var disclosuresContinuingShare: Metric? {
        share("disclosures-continuing-share", "share of media disclosure investigations still continuing",
              Field.disclosuresContinuing, of: Field.disclosuresTotal, "continuing", "disclosure investigations")
    }

    var contactsRecordedPerThousand: Metric? {
        guard let recorded = figures.number(Field.contactsRecorded), let rate = context.perThousandWorkforce(recorded) else {
            return nil
        }
        return Metric(id: "contacts-recorded-per-1000-workforce", label: "media contacts recorded per 1,000 workforce", value: rate,
                      unit: .perThousandWorkforce, basis: "\(n(recorded)) contacts / \(workforce) workforce x 1,000")
    }

    var contactsCheckedShare: Metric? {
        share("contacts-checked-share", "share of recorded media contacts checked for compliance",
              Field.contactsChecked, of: Field.contactsRecorded, "checked", "recorded contacts")
    }

    /// How many of the three channels the force can monitor, when it answered for all three.
    var channelsMonitored: Metric? {
        let flags = Field.channels.compactMap { figures.flag($0) }
        guard flags.count == Field.channels.count else { return nil }
        let monitored = flags.filter { $0 }.count
        return Metric(id: "channels-monitored", label: "communications channels the force can monitor",
                      value: Double(monitored), unit: .count,
                      basis: "\(monitored) of \(flags.count) channels (email, computer access, telephone)")
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
