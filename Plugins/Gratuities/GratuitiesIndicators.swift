import ProbityCore

/// The gratuities and hospitality indicators, one method per finding. Each reads the data
/// return (or the register's health figures) and the force's answers; the findings from the
/// register cross-checks c and a are in `+Registers`, those on how the register is kept and
/// cross-checked in `+Practice`.
struct GratuitiesIndicators {
    typealias Field = GratuitiesDataReturn
    typealias Items = GratuitiesItems
    typealias Thresholds = GratuitiesThresholds

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
        return Finding(
            id: "GH-F01", kind: .improvement, title: "No declined offers recorded",
            detail: "The force says declined offers are recorded, but \(FigureText.part(0, of: declines.offers)) hospitality entries are declines and no declined gratuity is recorded.",
            items: context.present([Items.declinesRecorded, Items.acpoGuidance]),
            figures: [declines.declinedFigure] + gratuitiesDeclinedFigures,
            contradicts: [Items.declinesRecorded])
    }

    /// GH-F02: declines are a smaller share of hospitality entries than the threshold.
    func fewDeclines() -> Finding? {
        let minimum = context.threshold(Thresholds.declinedShareMin)
        guard noDeclinesRecorded() == nil, let declines = HospitalityDeclines(context), let share = declines.share,
            share < minimum
        else { return nil }
        return Finding(
            id: "GH-F02", kind: .improvement, title: "Few declined offers recorded",
            detail: "\(declines.declined == 0 ? "None" : "Only \(FigureText.count(declines.declined))") of \(FigureText.counted(declines.offers, "hospitality entry", "hospitality entries")) (\(FigureText.share(share))) record a declined offer, below the \(FigureText.share(minimum)) expected when all offers are recorded.",
            items: context.present([Items.declinesRecorded, Items.acpoGuidance]),
            figures: [declines.declinedFigure, declines.shareFigure(share)])
    }

    /// GH-F08 (strength): declines are recorded at or above the threshold share.
    func declinesRecorded() -> Finding? {
        let minimum = context.threshold(Thresholds.declinedShareMin)
        guard let declines = HospitalityDeclines(context), let share = declines.share, share >= minimum else { return nil }
        return Finding(
            id: "GH-F08", kind: .strength, title: "Declined offers recorded",
            detail: "\(FigureText.part(declines.declined, of: declines.offers)) hospitality entries (\(FigureText.share(share))) are declined offers, at or above the \(FigureText.share(minimum)) that shows all offers are being recorded.",
            items: context.present([Items.declinesRecorded]),
            figures: [declines.declinedFigure, declines.shareFigure(share)])
    }

    private var gratuitiesDeclined: Int { context.figures.count(Field.gratuitiesDeclined) ?? 0 }

    private var gratuitiesDeclinedFigures: [Figure] {
        guard let declined = context.figures.count(Field.gratuitiesDeclined),
            let gratuities = context.figures.count(Field.entriesGratuities)
        else { return [] }
        return [Figure(label: "Gratuity entries declined", value: Double(declined),
                       display: FigureText.part(declined, of: gratuities), source: Field.source(Field.gratuitiesDeclined))]
    }

    // MARK: - Chief officers

    /// GH-F03: fewer of the chief officers' entries were peer reviewed than the threshold.
    func chiefOfficersNotPeerReviewed() -> Finding? {
        let minimum = context.threshold(Thresholds.peerReviewedShareMin)
        guard let review = chiefOfficerReview, review.share < minimum else { return nil }
        return Finding(
            id: "GH-F03", kind: .improvement, title: "Chief officers' entries not peer reviewed",
            detail: "\(FigureText.part(review.reviewed, of: review.entries)) chief officers' register entries (\(FigureText.share(review.share))) were peer reviewed, below the \(FigureText.share(minimum)) expected.",
            items: context.present([Items.chiefOfficerPeerReview, Items.chiefOfficerChallenge]), figures: [review.figure],
            contradicts: context.claimedMet([Items.chiefOfficerPeerReview]))
    }

    /// GH-F07 (strength): chief officers' offers are peer reviewed and the registers show no exception.
    func chiefOfficersPeerReviewed() -> Finding? {
        let minimum = context.threshold(Thresholds.peerReviewedShareMin)
        guard let review = chiefOfficerReview, review.share >= minimum,
            (context.registers?.count(.chiefOfficerNoPeerReview) ?? 0) == 0
        else { return nil }
        return Finding(
            id: "GH-F07", kind: .strength, title: "Chief officers' offers peer reviewed",
            detail: "\(FigureText.part(review.reviewed, of: review.entries)) chief officers' register entries (\(FigureText.share(review.share))) were peer reviewed by the chief officer team.",
            items: context.present([Items.chiefOfficerPeerReview, Items.chiefOfficerChallenge]), figures: [review.figure])
    }

    private var chiefOfficerReview: (entries: Int, reviewed: Int, share: Double, figure: Figure)? {
        guard let entries = context.figures.count(Field.chiefOfficerEntries),
            let reviewed = context.figures.count(Field.chiefOfficerPeerReviewed),
            let share = FigureText.ratio(reviewed, entries)
        else { return nil }
        let figure = Figure(label: "Chief officers' entries peer reviewed", value: Double(reviewed),
                            display: FigureText.part(reviewed, of: entries), source: Field.source(Field.chiefOfficerPeerReviewed))
        return (entries, reviewed, share, figure)
    }

    // MARK: - Recording

    /// GH-F04: so few entries for the size of the workforce that offers are probably not recorded.
    func underRecording() -> Finding? {
        let minimum = context.threshold(Thresholds.entriesPerThousandPerYearMin)
        guard let entries = context.figures.count(Field.entriesTotal), let rate = context.perThousandWorkforceAYear(entries), rate < minimum,
            let workforce = context.workforce
        else { return nil }
        return Finding(
            id: "GH-F04", kind: .improvement, title: "Register entries implausibly few",
            detail: "\(FigureText.counted(entries, "register entry", "register entries")) in \(FigureText.number(context.months)) months for a workforce of \(FigureText.count(workforce)) is \(FigureText.number(rate)) per 1,000 a year, below the \(FigureText.number(minimum)) expected when offers are recorded.",
            items: context.present(Items.allOffersRecorded),
            figures: [
                Figure(label: "Register entries", value: Double(entries), display: FigureText.count(entries),
                       source: Field.source(Field.entriesTotal)),
                Figure(label: "Entries per 1,000 workforce a year", value: rate,
                       display: "\(FigureText.number(rate)) per 1,000 a year", source: "metrics.entries-per-1000-workforce-a-year"),
            ])
    }
}
