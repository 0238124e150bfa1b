import ProbityCore

/// The rates and shares computed from the information data return. Each is nil when a figure
/// it needs (or the workforce) is missing, or its denominator is zero.
struct InformationMetrics {
    typealias Field = InformationDataReturn

    let context: AreaContext
    private var metric: MetricBuilder { MetricBuilder(context: context) }

    var all: [Metric] {
        let rates = [investigationsPerThousand, investigationsPerMonth].compactMap { $0 }
        let shares = [continuingShare, leftServiceShare, socialMediaInvestigationsPerThousand, systemsAuditedShare,
                      referralsResolvedShare].compactMap { $0 }
        return rates + recipientShares + shares
    }

    var investigationsPerThousand: Metric? {
        metric.perThousandWorkforce("investigations-per-1000-workforce", "disclosure investigations per 1,000 workforce",
                                    Field.total, "investigations")
    }

    var investigationsPerMonth: Metric? {
        metric.perMonth("investigations-per-month", "disclosure investigations per month", Field.total, "investigations")
    }

    /// The share of investigations by recipient, in the order HMIC reports them.
    var recipientShares: [Metric] {
        zip(Field.recipients, Field.recipientNames).compactMap { field, name in
            let key = Self.kebab(field.path.split(separator: ".").last.map(String.init) ?? field.path)
            return metric.share("recipient-share-\(key)", "share of disclosure investigations: \(name)",
                                field, of: Field.total, name, "investigations")
        }
    }

    var continuingShare: Metric? {
        metric.share("continuing-share", "share of disclosure investigations still continuing", Field.outcomes.continuing, of: Field.total,
                     "continuing", "investigations")
    }

    var leftServiceShare: Metric? {
        metric.share("left-service-share", "share of disclosure investigations after which the person left the service",
                     Field.outcomes.leftService, of: Field.total, "left the service", "investigations")
    }

    var socialMediaInvestigationsPerThousand: Metric? {
        metric.perThousandWorkforce("social-media-investigations-per-1000-workforce", "social media investigations per 1,000 workforce",
                                    Field.socialMediaInvestigations, "investigations")
    }

    var systemsAuditedShare: Metric? {
        metric.share("systems-audited-share", "share of information systems proactively audited", Field.systemsAudited,
                     of: Field.systems, "audited", "systems")
    }

    var referralsResolvedShare: Metric? {
        metric.share("referrals-resolved-share", "share of referred social media content dealt with", Field.socialMediaReferralsResolved,
                     of: Field.socialMediaReferrals, "dealt with", "referrals")
    }

    /// `friendsFamily` as `friends-family`, for a metric id.
    static func kebab(_ name: String) -> String {
        name.map { $0.isUppercase ? "-" + $0.lowercased() : String($0) }.joined()
    }
}
