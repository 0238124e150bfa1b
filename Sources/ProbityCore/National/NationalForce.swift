/// One force in a national view: who it is, the file it came from, its scorecard and its
/// validated data returns. Built by `NationalLoader`, read by `NationalAggregator`.
public struct NationalForce: Sendable, Hashable {
    public var code: ForceCode
    public var name: String
    /// The assessment file, as named in messages.
    public var file: String
    public var workforce: Int?
    public var period: Period
    /// The force's scorecard (from its moderated statuses when a moderation was applied).
    public var scorecard: Scorecard
    /// Each area's validated data return.
    public var figures: [AreaID: DataReturn]
    /// The moderation file applied, if any.
    public var moderation: String?

    public init(code: ForceCode, name: String, file: String, workforce: Int?, period: Period,
                scorecard: Scorecard, figures: [AreaID: DataReturn], moderation: String? = nil) {
        self.code = code
        self.name = name
        self.file = file
        self.workforce = workforce
        self.period = period
        self.scorecard = scorecard
        self.figures = figures
        self.moderation = moderation
    }

    /// The data period in months (9 for September 2011 to May 2012).
    public var months: Double { period.months }

    /// The force's status for an item (not assessed when the scorecard lacks it).
    public func status(of item: ItemID) -> AnswerStatus {
        for area in scorecard.areas {
            if let score = area.items.first(where: { $0.item == item }) { return score.status }
        }
        return .notAssessed
    }

    /// A figure of the force's data return, when reported.
    public func value(_ figure: FigureRef) -> JSONValue? { figures[figure.area]?.values[figure.path] }
}
