import ProbityCore

/// Hospitality offers and how many were declined: from the data return, or from the gifts and
/// hospitality register's health figures when the return lacks them and registers were read.
struct HospitalityDeclines {
    typealias Field = GratuitiesDataReturn

    let offers: Int
    let declined: Int
    /// The count comes from the register's health figures, not the data return.
    let fromRegister: Bool

    init?(_ context: AreaContext) {
        if let offers = context.figures.count(Field.entriesHospitality),
            let declined = context.figures.count(Field.hospitalityDeclined)
        {
            self.offers = offers
            self.declined = declined
            fromRegister = false
        } else if let health = context.registers?.health, health.hospitalityEntries > 0 {
            offers = health.hospitalityEntries
            declined = health.declined
            fromRegister = true
        } else {
            return nil
        }
    }

    var share: Double? { MetricBuilder.ratio(declined, offers) }

    /// The declines of all hospitality entries, cited from where the count came.
    func declinedFigure(_ kit: FigureBuilder) -> Figure {
        var figure = kit.part("Hospitality entries declined", Field.hospitalityDeclined, declined, of: offers)
        if fromRegister { figure.source = "registers.health.declined" }
        return figure
    }
}
