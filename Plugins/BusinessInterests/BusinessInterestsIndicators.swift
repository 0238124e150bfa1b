import ProbityCore

/// The second jobs and business interests indicators, one method per finding: approvals in
/// breach of guidance, overdue reviews, unchecked conditions and the refusal rate from the data
/// return; the register cross-checks (b, b_worse, d, e) are in `+Registers`.
struct BusinessInterestsIndicators {
    typealias Field = BusinessInterestsDataReturn
    typealias Items = BusinessInterestsItems
    typealias Thresholds = BusinessInterestsThresholds

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

    private func count(_ field: DataReturnField) -> Int? { context.figures.count(field) }

    /// The approvals in breach of guidance, with the words a finding uses for each.
    static let breachKinds: [(field: DataReturnField, words: String)] = [
        (Field.breachDrivers, "as drivers"),
        (Field.breachDrivingInstructors, "as driving instructors"),
        (Field.breachPoliceSkillsTraining, "for police-related skills training"),
    ]

    /// BI-F01: approvals in breach of the guidance; a cause of concern from the threshold count.
    func approvalsInBreach() -> Finding? {
        let reported = Self.breachKinds.compactMap { kind in count(kind.field).map { (kind, $0) } }
        let total = reported.reduce(0) { $0 + $1.1 }
        guard total > 0 else { return nil }
        let concernFrom = context.threshold(Thresholds.breachApprovalsConcernMin)
        let kind: FindingKind = Double(total) >= concernFrom ? .concern : .improvement
        let breakdown = reported.filter { $0.1 > 0 }.map { "\(FigureText.count($0.1)) \($0.0.words)" }.joined(separator: ", ")
        return Finding(
            id: "BI-F01", kind: kind, title: "Second jobs approved in breach of guidance",
            detail: "\(FigureText.counted(total, "application was", "applications were")) approved in breach of the guidance (\(breakdown)), \(kind == .concern ? "at or above" : "below") the \(FigureText.number(concernFrom)) that makes it a cause of concern.",
            items: context.present([Items.decisions, Items.policy]),
            figures: reported.map { breach, value in
                Figure(label: "Approved \(breach.words) in breach of guidance", value: Double(value),
                       display: FigureText.count(value), source: Field.source(breach.field))
            },
            contradicts: context.claimedMet([Items.decisions]))
    }

    /// BI-F02: more reviews overdue than the threshold share of those due (or of approvals).
    func reviewsOverdue() -> Finding? {
        let maximum = context.threshold(Thresholds.overdueReviewShareMax)
        guard let overdue = count(Field.reviewsOverdue), let base = reviewBase, let share = FigureText.ratio(overdue, base.count),
            share > maximum
        else { return nil }
        return Finding(
            id: "BI-F02", kind: .improvement, title: "Reviews of approved interests overdue",
            detail: "\(FigureText.part(overdue, of: base.count)) \(base.words) (\(FigureText.share(share))) are overdue for review, above the \(FigureText.share(maximum)) allowed.",
            items: context.present([Items.periodicReview]),
            figures: [Figure(label: "Reviews overdue", value: Double(overdue), display: FigureText.part(overdue, of: base.count),
                             source: Field.source(Field.reviewsOverdue))],
            contradicts: context.claimedMet([Items.periodicReview]))
    }

    /// What overdue reviews are a share of: the reviews due, or else the approvals in the period.
    private var reviewBase: (count: Int, words: String)? {
        if let due = count(Field.reviewsDue) { return (due, "reviews due") }
        if let approved = count(Field.applicationsApproved) { return (approved, "approvals in the period") }
        return nil
    }

    /// BI-F03: fewer conditional approvals had their conditions checked than the threshold share.
    func conditionsNotChecked() -> Finding? {
        let minimum = context.threshold(Thresholds.conditionsCheckedShareMin)
        guard let conditional = count(Field.approvedWithConditions), let checked = count(Field.conditionsChecked),
            let share = FigureText.ratio(checked, conditional), share < minimum
        else { return nil }
        return Finding(
            id: "BI-F03", kind: .improvement, title: "Conditions on approvals not checked",
            detail: "The conditions of \(FigureText.part(checked, of: conditional)) conditional approvals (\(FigureText.share(share))) were checked for compliance, below the \(FigureText.share(minimum)) expected.",
            items: context.present([Items.conditionsCompliance, Items.decisions]),
            figures: [Figure(label: "Conditional approvals checked", value: Double(checked), display: FigureText.part(checked, of: conditional),
                             source: Field.source(Field.conditionsChecked))],
            contradicts: context.claimedMet([Items.conditionsCompliance]))
    }

    /// BI-F09 (strength): every conditional approval had its conditions checked.
    func conditionsAllChecked() -> Finding? {
        guard let conditional = count(Field.approvedWithConditions), conditional > 0,
            let checked = count(Field.conditionsChecked), checked == conditional
        else { return nil }
        return Finding(
            id: "BI-F09", kind: .strength, title: "Conditions on approvals checked",
            detail: "The conditions of all \(FigureText.counted(conditional, "conditional approval", "conditional approvals")) were checked for compliance.",
            items: context.present([Items.conditionsCompliance, Items.decisions]),
            figures: [Figure(label: "Conditional approvals checked", value: Double(checked), display: FigureText.part(checked, of: conditional),
                             source: Field.source(Field.conditionsChecked))])
    }

    /// BI-F04: so few decided applications are refused that approval looks automatic.
    func fewRefusals() -> Finding? {
        let minimum = context.threshold(Thresholds.refusalRateMin)
        guard let approved = count(Field.applicationsApproved), let refused = count(Field.applicationsRefused),
            let rate = FigureText.ratio(refused, approved + refused), rate < minimum
        else { return nil }
        return Finding(
            id: "BI-F04", kind: .improvement, title: "Almost every application approved",
            detail: "\(FigureText.part(refused, of: approved + refused)) decided applications (\(FigureText.share(rate))) were refused, below the \(FigureText.share(minimum)) that shows applications are tested against the guidance.",
            items: context.present([Items.decisions]),
            figures: [Figure(label: "Applications refused", value: Double(refused), display: FigureText.part(refused, of: approved + refused),
                             source: Field.source(Field.applicationsRefused))])
    }
}
