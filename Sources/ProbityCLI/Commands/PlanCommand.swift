import ProbityCore
import ProbityReports

/// `probity plan FILE`: an improvement plan derived from a health check (one action per area
/// for improvement and cause of concern); `--update PLAN` merges a later health check into a
/// plan without losing the force's entries; `--check PLAN` lists overdue and unowned actions.
/// The plan is written as `Renderers.plan` writes JSON, the check as `Renderers.planCheck` text.
struct PlanCommand: Command {
    let spec = CommandSpec(
        ["plan"], abstract: "Derive, update or check an improvement plan.",
        discussion: """
            probity plan FILE [-o plan.json]             derive a plan from an assessment or scorecard
            probity plan FILE --update PLAN -o OUT       merge FILE's findings into PLAN, keeping the force's entries
            probity plan --check PLAN [--as-of DATE]     list overdue and unowned actions; exit 1 if any
            To update a plan in place: -o PLAN --overwrite.
            """,
        options: [
            .value("--check", "PLAN", "List the plan's overdue and unowned actions (exit 1 if any)."),
            .value("--as-of", "DATE", "The date for --check (YYYY-MM-DD; default: today)."),
            .value("--update", "PLAN", "Merge FILE's findings into this existing plan."),
            CommonOptions.output, CommonOptions.overwrite, CommonOptions.checklists, CommonOptions.allowFolder,
        ],
        arguments: [ArgumentSpec("FILE", "The assessment or scorecard JSON file to derive actions from.", required: false)])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        if let plan = arguments.value("--check") {
            guard arguments.positionals.isEmpty, arguments.value("--update") == nil, arguments.value("--output") == nil else {
                throw UsageError("--check takes only the plan (and --as-of)", command: spec.name)
            }
            return try check(plan, asOf: Self.date(arguments, command: spec.name) ?? context.today, context)
        }
        guard let file = arguments.positionals.first else { throw UsageError("missing argument FILE (or --check PLAN)", command: spec.name) }
        if arguments.value("--as-of") != nil { throw UsageError("--as-of applies to --check", command: spec.name) }
        let loader = ScoredFileLoader(healthCheck: try Engine.healthCheck(arguments, context))
        let scored = try loader.load(path: context.resolve(file), displayName: file)
        if let existing = arguments.value("--update") { return try update(existing, from: scored, arguments, context) }
        let plan = PlanBuilder.derive(from: scored)
        try CommonOptions.emit(try render(plan, context), arguments, context, announce: false)
        if let path = arguments.value("--output") {
            let concerns = plan.actions.filter { $0.kind == .concern }.count
            context.stderr.write("wrote \(path): \(Words.count(plan.actions.count, "action")) (\(concerns) for causes of concern) from \(file); fill in owner, due and status\n")
        }
        return .success
    }

    func update(_ name: String, from scored: ScoredFile, _ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let document = try PlanDocument.load(path: context.resolve(name), displayName: name)
        let result = try PlanMerger(plan: document.plan, planFile: name).merge(scored)
        try CommonOptions.emit(try render(result.plan, context), arguments, context, announce: false)
        // At most five ids by name: an update that adds every answer finding lists dozens.
        let list = { (ids: [String]) -> String in
            guard !ids.isEmpty else { return "" }
            let named = ids.prefix(5).joined(separator: ", ")
            return ids.count > 5 ? " (\(named) and \(ids.count - 5) more)" : " (\(named))"
        }
        context.stderr.write("updated \(name) from \(scored.file): \(Words.count(result.kept, "action")) kept with their owner, due date and status; "
            + "\(result.added.count) added\(list(result.added)); \(result.noLongerFound.count) newly marked no-longer-found\(list(result.noLongerFound))\n")
        return .success
    }

    func check(_ name: String, asOf: LocalDate, _ context: CommandContext) throws -> ExitCode {
        let document = try PlanDocument.load(path: context.resolve(name), displayName: name)
        let check = PlanCheck(document.plan, asOf: asOf)
        let report = PlanCheckReport(check: check, file: name)
        context.stdout.write(bytes: try CommonOptions.render(report, Renderers.planCheck, as: .text, command: spec.name, context).bytes)
        return check.needsAttention ? .failure : .success
    }

    /// A plan file, as JSON (a plan has no other format: the force edits it and probity reads it back).
    func render(_ plan: ImprovementPlan, _ context: CommandContext) throws -> RenderedOutput {
        try CommonOptions.render(plan, Renderers.plan, as: .json, command: spec.name, context)
    }

    /// `--as-of DATE`, refusing anything but `YYYY-MM-DD`.
    static func date(_ arguments: ParsedArguments, command: String) throws -> LocalDate? {
        guard let text = arguments.value("--as-of") else { return nil }
        guard let date = LocalDate(text) else {
            throw UsageError("--as-of expects a date as YYYY-MM-DD, found '\(text)'", command: command)
        }
        return date
    }
}
