import ProbityCore

/// The second jobs and business interests indicators, one method per finding: approvals in
/// breach of guidance, overdue reviews, unchecked conditions and the refusal rate from the data
/// return; the register cross-checks (b, b_worse, d, e) are in `+Registers`.
struct BusinessInterestsIndicators: AreaIndicators {
    typealias Field = BusinessInterestsDataReturn
    typealias Items = BusinessInterestsItems
    typealias Thresholds = BusinessInterestsThresholds
    typealias Findings = BusinessInterestsFindings

    let context: AreaContext

    var findings: [Finding] {
        [
            approvalsInBreach(), reviewsOverdue(), conditionsNotChecked(), fewRefusals(), interestInSupplier(),
            interestDecisionMaker(), prohibitedSecondJobs(), registerReviewsOverdue(), conditionsAllChecked(),
        ].compactMap { $0 }.merging(corroborated: Self.corroborations)
    }

    /// Register findings that confirm another finding are folded into it, so one fact counts
    /// once: prohibited second jobs (d) confirm breach approvals, overdue reviews (e) confirm
    /// the return's overdue reviews, and interests in suppliers (b) are part of b_worse.
    static let corroborations: [(kept: FindingID, absorbed: FindingID)] = [
        ("BI-F01", "BI-F07"), ("BI-F02", "BI-F08"), ("BI-F06", "BI-F05"),
    ]

    /// The approvals in breach of guidance, with the words a finding uses for each.
    static let breachKinds: [(field: DataReturnField, words: String)] = [
        (Field.breachDrivers, "as drivers"),
        (Field.breachDrivingInstructors, "as driving instructors"),
        (Field.breachPoliceSkillsTraining, "for police-related skills training"),
    ]

    /// BI-F01: approvals in breach of the guidance; a cause of concern from the threshold count.
    func approvalsInBreach() -> Finding? {
        let reported = Self.breachKinds.compactMap { kind in figures.count(kind.field).map { (kind, $0) } }
        let total = reported.reduce(0) { $0 + $1.1 }
        guard total > 0 else { return nil }
        let concernFrom = context.threshold(Thresholds.breachApprovalsConcernMin)
        let kind: FindingKind = Double(total) >= concernFrom ? .concern : .improvement
        let breakdown = reported.filter { $0.1 > 0 }.map { "\(kit.count($0.1)) \($0.0.words)" }.joined(separator: ", ")
        return Findings.approvalsInBreach.raise(
            detail: "\(Words.count(total, "application was", plural: "applications were")) approved in breach of the guidance (\(breakdown)), \(kind == .concern ? "at or above" : "below") the \(kit.number(concernFrom)) that makes it a cause of concern.",
            items: context.present([Items.decisions, Items.policy]),
            figures: reported.map { breach, value in kit.field("Approved \(breach.words) in breach of guidance", breach.field, value) },
            contradicts: context.claimedMet([Items.decisions]), kind: kind)
    }

    /// BI-F02: more reviews overdue than the threshold share of those due (or of approvals).
    func reviewsOverdue() -> Finding? {
        let maximum = context.threshold(Thresholds.overdueReviewShareMax)
        guard let overdue = figures.count(Field.reviewsOverdue), let base = reviewBase, let share = MetricBuilder.ratio(overdue, base.count),
            share > maximum
        else { return nil }
        return Findings.reviewsOverdue.raise(
            detail: "\(kit.part(overdue, of: base.count)) \(base.words) (\(kit.share(share))) are overdue for review, above the \(kit.share(maximum)) allowed.",
            items: context.present([Items.periodicReview]),
            figures: [kit.part("Reviews overdue", Field.reviewsOverdue, overdue, of: base.count)],
            contradicts: context.claimedMet([Items.periodicReview]))
    }

    /// What overdue reviews are a share of: the reviews due, or else the approvals in the period.
    private var reviewBase: (count: Int, words: String)? {
        if let due = figures.count(Field.reviewsDue) { return (due, "reviews due") }
        if let approved = figures.count(Field.applicationsApproved) { return (approved, "approvals in the period") }
        return nil
    }

    /// BI-F03: fewer conditional approvals had their conditions checked than the threshold share.
    func conditionsNotChecked() -> Finding? {
        let minimum = context.threshold(Thresholds.conditionsCheckedShareMin)
        guard let conditional = figures.count(Field.approvedWithConditions), let checked = figures.count(Field.conditionsChecked),
            let share = MetricBuilder.ratio(checked, conditional), share < minimum
        else { return nil }
        return Findings.conditionsNotChecked.raise(
            detail: "The conditions of \(kit.part(checked, of: conditional)) conditional approvals (\(kit.share(share))) were checked for compliance, below the \(kit.share(minimum)) expected.",
            items: context.present([Items.conditionsCompliance, Items.decisions]),
            figures: [kit.part("Conditional approvals checked", Field.conditionsChecked, checked, of: conditional)],
            contradicts: context.claimedMet([Items.conditionsCompliance]))
    }

    /// BI-F09 (strength): every conditional approval had its conditions checked.
    func conditionsAllChecked() -> Finding? {
        guard let conditional = figures.count(Field.approvedWithConditions), conditional > 0,
            let checked = figures.count(Field.conditionsChecked), checked == conditional
        else { return nil }
        return Findings.conditionsAllChecked.raise(
            detail: "The conditions of all \(Words.count(conditional, "conditional approval")) were checked for compliance.",
            items: context.present([Items.conditionsCompliance, Items.decisions]),
            figures: [kit.part("Conditional approvals checked", Field.conditionsChecked, checked, of: conditional)])
    }

    /// BI-F04: so few decided applications are refused that approval looks automatic.
    func fewRefusals() -> Finding? {
        let minimum = context.threshold(Thresholds.refusalRateMin)
        guard let approved = figures.count(Field.applicationsApproved), let refused = figures.count(Field.applicationsRefused),
            let rate = MetricBuilder.ratio(refused, approved + refused), rate < minimum
        else { return nil }
        return Findings.fewRefusals.raise(
            detail: "\(kit.part(refused, of: approved + refused)) decided applications (\(kit.share(rate))) were refused, below the \(kit.share(minimum)) that shows applications are tested against the guidance.",
            items: context.present([Items.decisions]),
            figures: [kit.part("Applications refused", Field.applicationsRefused, refused, of: approved + refused)])
    }
}
