import ProbityCore
import ProbityReports

/// `probity compare OLD NEW`: two health checks of the same force compared, item by item
/// through the checklist crosswalk, with findings, rates and, with `--plan`, plan progress;
/// in any format of `Renderers.comparison`.
struct CompareCommand: Command {
    static let renderers = Renderers.comparison

    let spec = CommandSpec(
        ["compare"], abstract: "Compare two health checks of a force: grades, items, findings, rates, plan progress.",
        discussion: "OLD and NEW are assessments (scored on the fly) or scorecards written by 'probity score --format json'. Items are matched through NEW's checklist crosswalk; counts are compared per month because the periods differ. The direction of travel (per area and overall, on the checklist's progress scale) is derived from findings resolved, persisting and new and from item movements, over the items judged in both years only. With --moderation, the inspector's judgements recorded with 'probity moderate --headline/--judgement' are shown first, beside the derived ones. Refuses two different forces, and NEW older than OLD.",
        options: [
            CommonOptions.format(CompareCommand.renderers),
            .value("--plan", "PLAN", "Report the progress of this improvement plan (from 'probity plan')."),
            .value("--as-of", "DATE", "Judge overdue plan actions on DATE (YYYY-MM-DD; default: the end of NEW's period)."),
            .flag("--allow-different-forces", "Compare files of different forces (noted in the report)."),
            .value("--moderation", "MOD", "NEW's moderation log: show the inspector's judgements of progress (NEW must be an assessment; the log is verified first)."),
            CommonOptions.output, CommonOptions.overwrite, CommonOptions.checklists, CommonOptions.allowFolder,
        ],
        arguments: [ArgumentSpec("OLD", "The earlier assessment or scorecard JSON file."),
                    ArgumentSpec("NEW", "The later assessment or scorecard JSON file.")])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let format = try CommonOptions.chosenFormat(arguments, Self.renderers, command: spec.name)
        let asOf = try PlanCommand.date(arguments, command: spec.name)
        let healthCheck = try Engine.healthCheck(arguments, context)
        let loader = ScoredFileLoader(healthCheck: healthCheck)
        let old = try loader.load(path: context.resolve(arguments.positionals[0]), displayName: arguments.positionals[0])
        let new = try loader.load(path: context.resolve(arguments.positionals[1]), displayName: arguments.positionals[1])
        var plan: Comparer.PlanInput?
        if let name = arguments.value("--plan") {
            let document = try PlanDocument.load(path: context.resolve(name), displayName: name)
            plan = Comparer.PlanInput(file: name, plan: document.plan, asOf: asOf)
        } else if asOf != nil {
            throw UsageError("--as-of applies to --plan; give the plan to judge", command: spec.name)
        }
        let comparer = Comparer(options: .init(allowDifferentForces: arguments.flag("--allow-different-forces")),
                                checklists: healthCheck.catalog.checklists)
        let inspector = try arguments.value("--moderation").map { name in
            try Self.judgements(log: name, new: new, path: context.resolve(arguments.positionals[1]), healthCheck, context)
        }
        let comparison = try comparer.compare(old, new, plan: plan, inspector: inspector)
        let report = ComparisonReport(comparison: comparison, scale: new.scorecard.scale, oldScale: old.scorecard.scale)
        try CommonOptions.emit(try CommonOptions.render(report, Self.renderers, as: format, command: spec.name, context),
                               arguments, context)
        return .success
    }

    /// The inspector's progress judgements from NEW's moderation log, once the log is verified
    /// against NEW (chain intact, assessment unchanged, values on the checklist).
    static func judgements(log name: String, new: ScoredFile, path: String, _ healthCheck: HealthCheck,
                           _ context: CommandContext) throws -> InspectorJudgements {
        guard new.kind == .assessment else {
            throw ProbityError.incompatible(reason: "--moderation needs NEW to be the assessment the log moderates; \(new.file) is a scorecard")
        }
        let document = try AssessmentDocument.load(path: path, displayName: new.file)
        let log = try ModerationLogDocument.load(path: context.resolve(name), displayName: name)
        let problems = try ModeratedHealthCheck(healthCheck).problems(log, assessment: document)
        if problems.hasErrors { throw ProbityError.validationFailed(file: log.file, diagnostics: problems) }
        return InspectorJudgements(file: name, log: log.log, scale: new.checklist.scoring.judgement?.progress)
    }
}
