/// Turns forces' scorecards and data returns into the national view. Every figure is summed
/// from the plugins' data-return schemas (nothing is a hard-coded list of fields); the shares
/// and the outlier rule come from `NationalRules`. Forces are taken in code order, so the
/// result does not depend on the order files were read.
public struct NationalAggregator: Sendable {
    public let checklist: Checklist
    public let scale: GradeScale
    /// Each area's data-return schema (from its plugin).
    public let schemas: [AreaID: DataReturnSchema]
    public let rules: NationalRules
    /// How many forces should be present (44 for England and Wales with the BTP), if known.
    public let expectedForces: Int?

    public init(checklist: Checklist, scale: GradeScale, schemas: [AreaID: DataReturnSchema],
                rules: NationalRules, expectedForces: Int? = nil) {
        self.checklist = checklist
        self.scale = scale
        self.schemas = schemas
        self.rules = rules
        self.expectedForces = expectedForces
    }

    public func aggregate(_ forces: [NationalForce], notes: [String] = []) -> NationalView {
        let sorted = forces.sorted { $0.code < $1.code }
        let figures = figureTotals(sorted)
        return NationalView(
            schemaVersion: NationalView.schemaVersion, checklist: checklist.reference, scale: scale, rules: rules,
            coverage: coverage(sorted, notes: notes), overall: overallGrades(sorted), areas: areaGrades(sorted),
            items: itemTallies(sorted), figures: figures, breakdowns: breakdowns(), practices: practices(sorted),
            shares: shares(sorted), outliers: outlierTests(sorted))
    }

    /// The schema fields in checklist area order, then schema order.
    var orderedFields: [(area: AreaID, field: DataReturnField)] {
        checklist.areas.flatMap { area in
            (schemas[area.id]?.fields ?? []).map { (area: area.id, field: $0) }
        }
    }

    func field(_ ref: FigureRef) -> DataReturnField? { schemas[ref.area]?.field(ref.path) }

    func coverage(_ forces: [NationalForce], notes: [String]) -> NationalCoverage {
        let missing = expectedForces.map { max(0, $0 - forces.count) }
        var allNotes = notes
        if let expected = expectedForces, forces.count > expected {
            allNotes.append("\(Words.count(forces.count, "force")) counted, more than the \(expected) expected")
        }
        return NationalCoverage(
            forcesCounted: forces.count, expectedForces: expectedForces, missing: missing,
            forces: forces.map(summary), incomplete: incomplete(forces),
            withoutWorkforce: forces.filter { $0.workforce == nil }.map(\.code),
            dataReturnGaps: dataReturnGaps(forces), periods: periods(forces), notes: allNotes)
    }

    func summary(_ force: NationalForce) -> NationalForceSummary {
        let items = force.scorecard.areas.flatMap(\.items)
        let rules = checklist.statusRules
        let applicable = items.filter { rules.isApplicable($0.status) }
        let weight = applicable.reduce(0) { $0 + $1.weight }
        let answered = applicable.filter { rules.isScored($0.status) }.reduce(0) { $0 + $1.weight }
        return NationalForceSummary(
            code: force.code, name: force.name, file: force.file, workforce: force.workforce, period: force.period,
            months: force.months, answered: weight > 0 ? answered / weight : 0,
            overallGrade: force.scorecard.overallGrade, overallStatus: force.scorecard.overall.status, moderation: force.moderation)
    }

    func incomplete(_ forces: [NationalForce]) -> [IncompleteForce] {
        forces.compactMap { force in
            let missing = checklist.allItems.map(\.id).filter { force.status(of: $0) == .notAssessed }
            return missing.isEmpty ? nil : IncompleteForce(force: force.code, notAssessed: missing)
        }
    }

    func dataReturnGaps(_ forces: [NationalForce]) -> [DataReturnGap] {
        checklist.areas.compactMap { area in
            guard let schema = schemas[area.id], !schema.fields.isEmpty else { return nil }
            let empty = forces.filter { $0.figures[area.id]?.isEmpty ?? true }.map(\.code)
            return empty.isEmpty ? nil : DataReturnGap(area: area.id, forces: empty)
        }
    }

    func periods(_ forces: [NationalForce]) -> [PeriodTally] {
        var order: [Period] = []
        var members: [Period: [ForceCode]] = [:]
        for force in forces {
            if members[force.period] == nil { order.append(force.period) }
            members[force.period, default: []].append(force.code)
        }
        return order
            .map { PeriodTally(period: $0, months: $0.months, forces: members[$0] ?? []) }
            .sorted { ($1.forces.count, $0.period.start) < ($0.forces.count, $1.period.start) }
    }
}
