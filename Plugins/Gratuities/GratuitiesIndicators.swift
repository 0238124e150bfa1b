import ProbityCore

/// The gratuities and hospitality indicators, one method per finding. Each reads the data
/// return (or the register's health figures) and the force's answers; the findings from the
/// register cross-checks c and a are in `+Registers`, those on how the register is kept and
/// cross-checked in `+Practice`.
struct GratuitiesIndicators: AreaIndicators {
    typealias Field = GratuitiesDataReturn
    typealias Items = GratuitiesItems
    typealias Thresholds = GratuitiesThresholds
    typealias Findings = GratuitiesFindings

    let context: AreaContext

    var findings: [Finding] {
        [
            noDeclinesRecorded(), fewDeclines(), declinesRecorded(), chiefOfficersNotPeerReviewed(),
            underRecording(), registerNoPeerReview(), registerHospitalityBeforeContract(),
            chiefOfficersPeerReviewed(), manualRegister(), limitedCrossChecking(),
        ].compactMap { $0 }.merging(corroborated: [("GH-F03", "GH-F05")])
    }

    // MARK: - Declined offers

    /// GH-F01: the force says declined offers are recorded, but no entry is a decline.
    func noDeclinesRecorded() -> Finding? {
        guard let declines = HospitalityDeclines(context), declines.offers > 0, declines.declined == 0,
            gratuitiesDeclined == 0, context.claimsMet(Items.declinesRecorded)
        else { return nil }
        return Findings.noDeclinesRecorded.raise(
            detail: "The force says declined offers are recorded, but \(kit.part(0, of: declines.offers)) hospitality entries are declines and no declined gratuity is recorded.",
            items: context.present([Items.declinesRecorded, Items.acpoGuidance]),
            figures: [declines.declinedFigure(kit)] + gratuitiesDeclinedFigures,
            contradicts: [Items.declinesRecorded])
    }

    /// GH-F02: declines are a smaller share of hospitality entries than the threshold.
    func fewDeclines() -> Finding? {
        let minimum = context.threshold(Thresholds.declinedShareMin)
        guard noDeclinesRecorded() == nil, let declines = HospitalityDeclines(context),
            let share = GratuitiesMetrics(context: context).hospitalityDeclinedShare(), share.value < minimum
        else { return nil }
        return Findings.fewDeclines.raise(
            detail: "\(declines.declined == 0 ? "None" : "Only \(kit.count(declines.declined))") of \(Words.count(declines.offers, "hospitality entry")) (\(kit.share(share.value))) record a declined offer, below the \(kit.share(minimum)) expected when all offers are recorded.",
            items: context.present([Items.declinesRecorded, Items.acpoGuidance]),
            figures: [declines.declinedFigure(kit), kit.metric(share)])
    }

    /// GH-F08 (strength): declines are recorded at or above the threshold share.
    func declinesRecorded() -> Finding? {
        let minimum = context.threshold(Thresholds.declinedShareMin)
        guard let declines = HospitalityDeclines(context), let share = GratuitiesMetrics(context: context).hospitalityDeclinedShare(),
            share.value >= minimum
        else { return nil }
        return Findings.declinesRecorded.raise(
            detail: "\(kit.part(declines.declined, of: declines.offers)) hospitality entries (\(kit.share(share.value))) are declined offers, at or above the \(kit.share(minimum)) that shows all offers are being recorded.",
            items: context.present([Items.declinesRecorded]),
            figures: [declines.declinedFigure(kit), kit.metric(share)])
    }

    private var gratuitiesDeclined: Int { figures.count(Field.gratuitiesDeclined) ?? 0 }

    private var gratuitiesDeclinedFigures: [Figure] {
        guard let declined = figures.count(Field.gratuitiesDeclined),
            let gratuities = figures.count(Field.entriesGratuities)
        else { return [] }
        return [kit.part("Gratuity entries declined", Field.gratuitiesDeclined, declined, of: gratuities)]
    }

    // MARK: - Chief officers

    /// GH-F03: fewer of the chief officers' entries were peer reviewed than the threshold.
    func chiefOfficersNotPeerReviewed() -> Finding? {
        let minimum = context.threshold(Thresholds.peerReviewedShareMin)
        guard let review = chiefOfficerReview, review.share < minimum else { return nil }
        return Findings.chiefOfficersNotPeerReviewed.raise(
            detail: "\(kit.part(review.reviewed, of: review.entries)) chief officers' register entries (\(kit.share(review.share))) were peer reviewed, below the \(kit.share(minimum)) expected.",
            items: context.present([Items.chiefOfficerPeerReview, Items.chiefOfficerChallenge]), figures: [review.figure],
            contradicts: context.claimedMet([Items.chiefOfficerPeerReview]))
    }

    /// GH-F07 (strength): chief officers' offers are peer reviewed and the registers show no exception.
    func chiefOfficersPeerReviewed() -> Finding? {
        let minimum = context.threshold(Thresholds.peerReviewedShareMin)
        guard let review = chiefOfficerReview, review.share >= minimum,
            (context.registers?.count(.chiefOfficerNoPeerReview) ?? 0) == 0
        else { return nil }
        return Findings.chiefOfficersPeerReviewed.raise(
            detail: "\(kit.part(review.reviewed, of: review.entries)) chief officers' register entries (\(kit.share(review.share))) were peer reviewed by the chief officer team.",
            items: context.present([Items.chiefOfficerPeerReview, Items.chiefOfficerChallenge]), figures: [review.figure])
    }

    private var chiefOfficerReview: (entries: Int, reviewed: Int, share: Double, figure: Figure)? {
        guard let entries = figures.count(Field.chiefOfficerEntries),
            let reviewed = figures.count(Field.chiefOfficerPeerReviewed),
            let share = MetricBuilder.ratio(reviewed, entries)
        else { return nil }
        let figure = kit.part("Chief officers' entries peer reviewed", Field.chiefOfficerPeerReviewed, reviewed, of: entries)
        return (entries, reviewed, share, figure)
    }

    // MARK: - Recording

    /// GH-F04: so few entries for the size of the workforce that offers are probably not recorded.
    func underRecording() -> Finding? {
        let minimum = context.threshold(Thresholds.entriesPerThousandPerYearMin)
        guard let entries = figures.count(Field.entriesTotal), let rate = GratuitiesMetrics(context: context).entriesPerThousandAYear,
            rate.value < minimum, let workforce = context.workforce
        else { return nil }
        return Findings.underRecording.raise(
            detail: "\(Words.count(entries, "register entry")) in \(kit.number(context.months)) months for a workforce of \(kit.count(workforce)) is \(kit.number(rate.value)) per 1,000 a year, below the \(kit.number(minimum)) expected when offers are recorded.",
            items: context.present(Items.allOffersRecorded),
            figures: [
                kit.field("Register entries", Field.entriesTotal, entries),
                kit.metric(rate),
            ])
    }
}
