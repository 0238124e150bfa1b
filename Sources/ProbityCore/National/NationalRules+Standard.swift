extension NationalRules {
    /// The rules `probity national` uses unless given a rules file: the flows HMIC's 2012
    /// national report counts over September 2011 to May 2012 (investigations, register entries,
    /// second-job applications and approvals), the shares it quotes, and the outlier test on
    /// the headline totals (k = 3.5).
    public static let standard = NationalRules(
        periodFigures: ["investigations", "entries", "hospitality", "gratuities", "applications", "breachApprovals"],
        shares: [
            ShareRule(id: "information-share-of-integrity-investigations",
                      label: "Information disclosure share of integrity investigations",
                      numerator: FigureRef("information", "investigations.total"),
                      denominator: FigureRef("professional-standards", "investigations.total")),
            ShareRule(id: "hospitality-declined-share",
                      label: "Hospitality entries that were declines",
                      numerator: FigureRef("gratuities", "hospitality.declined"),
                      denominator: FigureRef("gratuities", "entries.hospitality")),
            ShareRule(id: "second-jobs-approved-share",
                      label: "Second-job applications approved",
                      numerator: FigureRef("business-interests", "applications.approved"),
                      denominator: FigureRef("business-interests", "applications.total")),
            ShareRule(id: "second-jobs-refused-share",
                      label: "Second-job applications refused",
                      numerator: FigureRef("business-interests", "applications.refused"),
                      denominator: FigureRef("business-interests", "applications.total")),
        ],
        outliers: OutlierRule(
            k: 3.5, minimumForces: 10,
            figures: [
                FigureRef("professional-standards", "investigations.total"),
                FigureRef("information", "investigations.total"),
                FigureRef("gratuities", "entries.total"),
                FigureRef("business-interests", "applications.total"),
                FigureRef("business-interests", "investigations.total"),
            ]))
}
