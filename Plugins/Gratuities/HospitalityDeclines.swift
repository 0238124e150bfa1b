import ProbityCore

/// Hospitality offers and how many were declined: from the data return, or from the gifts and
/// hospitality register's health figures when the return lacks them and registers were read.
struct HospitalityDeclines {
    typealias Field = GratuitiesDataReturn

    let offers: Int
    let declined: Int
    let offersSource: String
    let declinedSource: String

    init?(_ context: AreaContext) {
        if let offers = context.figures.count(Field.entriesHospitality),
            let declined = context.figures.count(Field.hospitalityDeclined)
        {
            self.offers = offers
            self.declined = declined
            offersSource = Field.source(Field.entriesHospitality)
            declinedSource = Field.source(Field.hospitalityDeclined)
        } else if let health = context.registers?.health, health.hospitalityEntries > 0 {
            offers = health.hospitalityEntries
            declined = health.declined
            offersSource = "registers.health.hospitalityEntries"
            declinedSource = "registers.health.declined"
        } else {
            return nil
        }
    }

    var share: Double? { FigureText.ratio(declined, offers) }

    var declinedFigure: Figure {
        Figure(label: "Hospitality entries declined", value: Double(declined),
               display: FigureText.part(declined, of: offers), source: declinedSource)
    }

    func shareFigure(_ share: Double) -> Figure {
        Figure(label: "Share of hospitality entries declined", value: share,
               display: FigureText.share(share), source: "metrics.hospitality-declined-share")
    }
}
