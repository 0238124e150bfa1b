import ProbityCore

/// The rates and shares computed from the information data return. Each is nil when a figure
/// it needs (or the workforce) is missing, or its denominator is zero.
struct InformationMetrics {
    typealias Field = InformationDataReturn

    let context: AreaContext
    var figures: DataReturn { context.figures }

    var all: [Metric] {
        let rates = [investigationsPerThousand, investigationsPerMonth].compactMap { $0 }
        let shares = [continuingShare, leftServiceShare, socialMediaInvestigationsPerThousand, systemsAuditedShare,
                      referralsResolvedShare].compactMap { $0 }
        return rates + recipientShares + shares
    }

    var investigationsPerThousand: Metric? {
        guard let total = figures.number(Field.total), let rate = context.perThousandWorkforce(total) else { return nil }
        return Metric(id: "investigations-per-1000-workforce", label: "disclosure investigations per 1,000 workforce", value: rate,
                      unit: .perThousandWorkforce, basis: "\(n(total)) investigations / \(workforce) workforce x 1,000")
    }

    var investigationsPerMonth: Metric? {
        guard let total = figures.number(Field.total), let rate = context.perMonth(total) else { return nil }
        return Metric(id: "investigations-per-month", label: "disclosure investigations per month", value: rate,
                      unit: .perMonth, basis: "\(n(total)) investigations / \(n(context.months)) months")
    }

    /// The share of investigations by recipient, in the order HMIC reports them.
    var recipientShares: [Metric] {
        zip(Field.recipients, Field.recipientNames).compactMap { field, name in
            let key = Self.kebab(field.path.split(separator: ".").last.map(String.init) ?? field.path)
            return share("recipient-share-\(key)", "share of disclosure investigations: \(name)",
                         field, of: Field.total, name, "investigations")
        }
    }

    var continuingShare: Metric? {
        share("continuing-share", "share of disclosure investigations still continuing", Field.continuing, of: Field.total,
              "continuing", "investigations")
    }

    var leftServiceShare: Metric? {
        share("left-service-share", "share of disclosure investigations after which the person left the service",
              Field.leftService, of: Field.total, "left the service", "investigations")
    }

    var socialMediaInvestigationsPerThousand: Metric? {
        guard let count = figures.number(Field.socialMediaInvestigations), let rate = context.perThousandWorkforce(count) else {
            return nil
        }
        return Metric(id: "social-media-investigations-per-1000-workforce", label: "social media investigations per 1,000 workforce",
                      value: rate, unit: .perThousandWorkforce, basis: "\(n(count)) investigations / \(workforce) workforce x 1,000")
    }

    var systemsAuditedShare: Metric? {
        share("systems-audited-share", "share of information systems proactively audited", Field.systemsAudited,
              of: Field.systems, "audited", "systems")
    }

    var referralsResolvedShare: Metric? {
        share("referrals-resolved-share", "share of referred social media content dealt with", Field.socialMediaReferralsResolved,
              of: Field.socialMediaReferrals, "dealt with", "referrals")
    }

    private var workforce: String { context.workforce.map { n(Double($0)) } ?? "unknown" }

    /// `friendsFamily` as `friends-family`, for a metric id.
    static func kebab(_ name: String) -> String {
        name.map { $0.isUppercase ? "-" + $0.lowercased() : String($0) }.joined()
    }

    private func share(_ id: String, _ label: String, _ part: DataReturnField, of whole: DataReturnField,
                       _ partName: String, _ wholeName: String) -> Metric? {
        guard let value = figures.number(part), let total = figures.number(whole), total > 0 else { return nil }
        return Metric(id: id, label: label, value: value / total, unit: .share,
                      basis: "\(n(value)) \(partName) / \(n(total)) \(wholeName)")
    }

    private func n(_ value: Double) -> String { NumberFormatting.number(value) }
}
