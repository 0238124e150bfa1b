/// What a national view derives beyond the plain totals, as data: the shares it reports and
/// the rule for forces far above or below the rest. The standard rules are
/// `NationalRules.standard()`, from `Checklists/national/standard-rules.json`; a rules file (`probity national --rules FILE`) replaces them.
/// See `docs/national.md`.
public struct NationalRules: Sendable, Hashable, Codable {
    public static let supportedSchemaVersions = [1]

    public var schemaVersion: Int
    /// Path prefixes of the figures counted over the data period (`investigations` matches
    /// `investigations.total` and `investigations.outcomes.continuing` in every area): only
    /// these get a per-month rate. Figures held at a date (staff, cards, people eligible for
    /// training) have none. Optional: without it, the figures the plugins declare as flows
    /// (`DataReturnField.measure`) are the ones counted over the period.
    public var periodFigures: [String]?
    public var shares: [ShareRule]
    public var outliers: OutlierRule

    public init(periodFigures: [String]?, shares: [ShareRule], outliers: OutlierRule) {
        self.schemaVersion = 1
        self.periodFigures = periodFigures
        self.shares = shares
        self.outliers = outliers
    }

    /// Whether a figure is counted over the data period, so a rate per month means something:
    /// named by `periodFigures` when the rules list them, else declared a flow by its plugin.
    public func isCountedOverPeriod(_ path: String, measure: DataReturnField.Measure?) -> Bool {
        guard let periodFigures else { return measure == .flow }
        return periodFigures.contains { path == $0 || path.hasPrefix($0 + ".") }
    }

    /// Problems that stop these rules being applied to figures with these schemas: unknown
    /// areas or fields (with a suggestion), figures that are not numbers, impossible limits.
    public func diagnostics(schemas: [AreaID: DataReturnSchema], file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (index, share) in shares.enumerated() {
            let base = JSONPath([.key("shares"), .index(index)])
            problems += Self.check(share.numerator, schemas: schemas, file: file, at: base.appending("numerator"))
            problems += Self.check(share.denominator, schemas: schemas, file: file, at: base.appending("denominator"))
        }
        let base = JSONPath([.key("outliers")])
        for (index, figure) in outliers.figures.enumerated() {
            let path = base.appending("figures").appending(index: index)
            problems += Self.check(figure, schemas: schemas, file: file, at: path)
            if !isCountedOverPeriod(figure.path, measure: schemas[figure.area]?.field(figure.path)?.measure) {
                let why = periodFigures == nil ? "its plugin declares it a level at a date" : "see periodFigures"
                problems.append(Diagnostic(.error, file: file, path: path,
                                           "\"\(figure)\" is not counted over the data period (\(why)), so it has no rate per month"))
            }
        }
        if !(outliers.k > 0) {
            problems.append(Diagnostic(.error, file: file, path: base.appending("k"), "k must be more than 0, found \(NumberFormatting.number(outliers.k, decimals: 3))"))
        }
        if outliers.minimumForces < 3 {
            problems.append(Diagnostic(.error, file: file, path: base.appending("minimumForces"),
                                       "at least 3 forces are needed to judge a spread, found \(outliers.minimumForces)"))
        }
        return problems
    }

    static func check(_ figure: FigureRef, schemas: [AreaID: DataReturnSchema], file: String, at path: JSONPath) -> [Diagnostic] {
        guard let schema = schemas[figure.area] else {
            let areas = schemas.keys.map(\.rawValue).sorted()
            var message = "unknown area \"\(figure.area)\" in \"\(figure)\""
            if let near = Suggestion.closest(to: figure.area.rawValue, among: areas) { message += "; did you mean \"\(near)\"?" }
            return [Diagnostic(.error, file: file, path: path, message)]
        }
        guard let field = schema.field(figure.path) else {
            var message = "the \(figure.area) data return has no figure \"\(figure.path)\""
            if let near = Suggestion.closest(to: figure.path, among: schema.fields.map(\.path)) { message += "; did you mean \"\(near)\"?" }
            return [Diagnostic(.error, file: file, path: path, message)]
        }
        switch field.kind {
        case .count, .amount: return []
        default: return [Diagnostic(.error, file: file, path: path, "\"\(figure)\" is \(field.kind.expectation), not a figure that can be added up")]
        }
    }
}

/// A national share: one figure's national total over another's (information disclosure
/// investigations over all integrity investigations).
public struct ShareRule: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    public var numerator: FigureRef
    public var denominator: FigureRef

    public init(id: String, label: String, numerator: FigureRef, denominator: FigureRef) {
        self.id = id
        self.label = label
        self.numerator = numerator
        self.denominator = denominator
    }
}

/// Which forces are far above or below the rest: each force's rate per 1,000 workforce per
/// month is compared with the median of all forces' rates; a force whose robust z-score
/// (distance from the median in units of 1.4826 x the median absolute deviation) is more than
/// `k` is named. `k` 3.5 is Iglewicz and Hoaglin's cut-off for modified z-scores.
public struct OutlierRule: Sendable, Hashable, Codable {
    public var k: Double
    /// The fewest forces with a rate for the test to be run.
    public var minimumForces: Int
    public var figures: [FigureRef]

    public init(k: Double, minimumForces: Int, figures: [FigureRef]) {
        self.k = k
        self.minimumForces = minimumForces
        self.figures = figures
    }
}
