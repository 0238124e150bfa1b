/// The national picture across forces' assessments of one checklist: coverage, how many
/// forces met each item, the distribution of grades, every data-return figure summed with the
/// forces behind it, the derived shares and rates, and the forces far above or below the rest.
/// Built by `NationalAggregator`; rendered by the `National*Renderer`s.
public struct NationalView: Sendable, Hashable, Codable {
    public static let schemaVersion = 1

    public var schemaVersion: Int
    public var checklist: ChecklistReference
    /// The grading scale of the checklist, so a reader knows what the grades mean.
    public var scale: GradeScale
    /// The rules the derived figures were computed by.
    public var rules: NationalRules
    public var coverage: NationalCoverage
    /// Overall grades across forces.
    public var overall: NationalGradeDistribution
    /// Each area's grades across forces, in checklist order.
    public var areas: [NationalGradeDistribution]
    /// Each item's statuses across forces, in checklist order.
    public var items: [NationalItemTally]
    /// Every count and amount of every area's data return, summed, in checklist and schema order.
    public var figures: [NationalFigure]
    /// The data returns' "total = parts" rules, for showing each total with its parts.
    public var breakdowns: [NationalBreakdown]
    /// Every yes/no and one-of-a-list figure, as forces per answer.
    public var practices: [NationalPractice]
    public var shares: [NationalShare]
    public var outliers: [NationalOutlierTest]

    public func figure(_ ref: FigureRef) -> NationalFigure? { figures.first { $0.figure == ref } }

    public func label(_ grade: GradeID?) -> String { scale.label(grade) }
}
