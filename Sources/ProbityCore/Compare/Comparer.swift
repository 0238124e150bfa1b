/// Compares two health checks of the same force (assessments or scorecards, possibly answering
/// different checklist versions). Refuses two different forces unless allowed, and a NEW file
/// whose period ends before OLD's (give the older one first).
public struct Comparer: Sendable {
    public struct Options: Sendable, Hashable {
        public var allowDifferentForces: Bool

        public init(allowDifferentForces: Bool = false) { self.allowDifferentForces = allowDifferentForces }
    }

    /// A plan to report progress on, and the date to judge overdue actions by.
    public struct PlanInput: Sendable {
        public var file: String
        public var plan: ImprovementPlan
        /// Defaults to the end of NEW's period.
        public var asOf: LocalDate?

        public init(file: String, plan: ImprovementPlan, asOf: LocalDate?) {
            self.file = file
            self.plan = plan
            self.asOf = asOf
        }
    }

    public let options: Options
    /// The checklists known (the catalog), through which a chain of crosswalks may link the
    /// two files' checklists.
    public let checklists: [Checklist]

    public init(options: Options = Options(), checklists: [Checklist] = []) {
        self.options = options
        self.checklists = checklists
    }

    /// `inspector` holds the judgements of progress recorded in NEW's moderation log.
    public func compare(_ old: ScoredFile, _ new: ScoredFile, plan: PlanInput? = nil,
                        inspector: InspectorJudgements? = nil) throws(ProbityError) -> Comparison {
        var notes = try checkForces(old, new, plan: plan)
        try checkOrder(old, new)
        notes += figureNotes(old, new) + migrationNotes(old, new)
        let matching = ItemMatching.between(old: old.checklist, new: new.checklist, available: checklists)
        let items = ItemComparer(matching: matching, old: old, new: new).compare()
        let comparable = ComparableItems(items: items, oldYear: old.scorecard.year, newYear: new.scorecard.year,
                                         oldRules: old.checklist.statusRules, newRules: new.checklist.statusRules)
        let findings = FindingMatcher(matching: matching, items: comparable).compare(old: old.scorecard, new: new.scorecard)
        let scale = new.checklist.scoring.judgement?.progress
        let judge = ProgressJudge(scale: scale, items: comparable, findings: findings)
        let areas = areaComparisons(old, new, items: items, findings: findings).map { area in
            var area = area
            area.progress = judge.area(area.area, missing: area.missingReason(oldYear: old.scorecard.year, newYear: new.scorecard.year))
                .with(inspector: inspector?.judgement(for: area.area), scale: scale)
            return area
        }
        let (grade, reason) = AreaComparison.gradeMovement(
            old: .init(present: true, grade: old.scorecard.overallGrade, year: old.scorecard.year),
            new: .init(present: true, grade: new.scorecard.overallGrade, year: new.scorecard.year),
            oldScale: old.scorecard.scale, newScale: new.scorecard.scale)
        let progress = plan.map { input in
            PlanProgress(plan: input.plan, file: input.file, new: new.scorecard, asOf: input.asOf ?? new.period.end)
        }
        return Comparison(
            schemaVersion: Comparison.schemaVersion, old: ComparisonSide(old), new: ComparisonSide(new),
            matching: Comparison.Matching(basis: matching.basis, description: matching.description),
            overall: Comparison.Overall(grade: grade, gradeReason: reason,
                                        scoreChange: Self.overallScoreChange(old.scorecard, new.scorecard)),
            areas: areas, summary: Comparison.Summary(items: items, findings: findings), notes: notes, plan: progress,
            progress: judge.overall().with(inspector: inspector?.judgement(for: nil), scale: scale),
            moderation: inspector?.file)
    }

    func checkForces(_ old: ScoredFile, _ new: ScoredFile, plan: PlanInput?) throws(ProbityError) -> [String] {
        let refusal = "compare refuses different forces unless --allow-different-forces"
        var notes: [String] = []
        let others = [(new.force, new.file)] + (plan.map { [($0.plan.force, $0.file)] } ?? [])
        for (force, file) in others where !ForceIdentity.same(old.force, force) {
            if !options.allowDifferentForces {
                try ForceIdentity.require(old.force, named: old.file, matches: force, named: file, refusal: refusal)
            }
            notes.append("different forces compared (--allow-different-forces): \(old.file) is \(ForceIdentity.describe(old.force)), \(file) is \(ForceIdentity.describe(force))")
        }
        if ForceIdentity.same(old.force, new.force), old.force.name != new.force.name {
            notes.append("the force's name differs: \"\(old.force.name)\" in \(old.file), \"\(new.force.name)\" in \(new.file)")
        }
        return notes
    }

    func checkOrder(_ old: ScoredFile, _ new: ScoredFile) throws(ProbityError) {
        let oldKey = (old.period.end, old.scorecard.year)
        let newKey = (new.period.end, new.scorecard.year)
        guard newKey < oldKey else { return }
        let describe = { (file: ScoredFile) in "\(file.file) (\(file.scorecard.year), \(file.period.start) to \(file.period.end))" }
        throw .incompatible(reason: "\(describe(new)) is older than \(describe(old)); give the older file first: compare OLD NEW")
    }

    func figureNotes(_ old: ScoredFile, _ new: ScoredFile) -> [String] {
        let scorecards = [old, new].filter { $0.kind == .scorecard }.map(\.file)
        guard !scorecards.isEmpty else { return [] }
        let what = scorecards.count == 1 ? "is a scorecard, which does not carry its" : "are scorecards, which do not carry their"
        return ["data-return figures not compared: \(scorecards.joined(separator: " and ")) \(what) data return; metrics are compared"]
    }

    /// A scorecard migrated from an earlier schema was scored by rules that raised no findings
    /// from answers and graded every area, so its findings and grades mean less than a re-scored one's.
    func migrationNotes(_ old: ScoredFile, _ new: ScoredFile) -> [String] {
        [old, new].compactMap { side in
            side.scorecard.migratedFrom.map { version in
                "\(side.file) was migrated from scorecard schema version \(version): scored by earlier rules that raised no findings from answers and graded every area; compare the assessments for the current judgement"
            }
        }
    }

    func areaComparisons(_ old: ScoredFile, _ new: ScoredFile, items: [ItemComparison],
                         findings: [FindingChange]) -> [AreaComparison] {
        let ids = RateComparer.ordered(new.checklist.areas.map(\.id.rawValue), then: old.checklist.areas.map(\.id.rawValue)).map { AreaID($0) }
        let rates = RateComparer(old: old, new: new)
        return ids.map { id in
            let before = old.scorecard.area(id)
            let after = new.scorecard.area(id)
            let (grade, reason) = AreaComparison.gradeMovement(
                old: .init(present: before != nil, grade: before?.grade, year: old.scorecard.year),
                new: .init(present: after != nil, grade: after?.grade, year: new.scorecard.year),
                oldScale: old.scorecard.scale, newScale: new.scorecard.scale)
            let oldSnapshot = before.map { AreaComparison.Snapshot($0, scale: old.scorecard.scale) }
            let newSnapshot = after.map { AreaComparison.Snapshot($0, scale: new.scorecard.scale) }
            return AreaComparison(
                area: id, title: after?.title ?? before?.title ?? id.rawValue, old: oldSnapshot, new: newSnapshot,
                grade: grade, gradeReason: reason,
                scoreChange: grade == .notComparable ? nil : Self.difference(oldSnapshot?.score, newSnapshot?.score),
                answeredChange: Self.difference(oldSnapshot?.answered, newSnapshot?.answered),
                evidencedChange: Self.difference(oldSnapshot?.evidenced, newSnapshot?.evidenced),
                items: items.filter { $0.area == id }, findings: findings.filter { $0.area == id },
                metrics: rates.metrics(in: id), figures: rates.figures(in: id),
                progress: ProgressJudgement(level: nil, index: nil, reason: nil, tally: ProgressTally()))
        }
    }

    /// The change in overall score, only when both years graded the same areas: otherwise the
    /// scores average different things and the change would reflect what was assessed.
    static func overallScoreChange(_ old: Scorecard, _ new: Scorecard) -> Double? {
        let graded = { (card: Scorecard) in Set(card.areas.filter(\.isGraded).map(\.area)) }
        guard old.overallGrade != nil, new.overallGrade != nil, graded(old) == graded(new) else { return nil }
        return new.overallScore - old.overallScore
    }

    static func difference(_ old: Double?, _ new: Double?) -> Double? {
        guard let old, let new else { return nil }
        return new - old
    }
}
