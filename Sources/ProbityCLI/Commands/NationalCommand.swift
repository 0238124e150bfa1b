import ProbityCore
import ProbityReports

/// `probity national DIR`: the national view across many forces' assessments, in any format
/// of `Renderers.national` (with `--trace`, of `Renderers.nationalTrace`).
struct NationalCommand: Command {
    static let renderers = Renderers.national
    /// How the built-in rules are named if a plugin's schema no longer has a figure they use.
    static let standardRulesName = "(standard national rules)"

    let spec = CommandSpec(
        ["national"], abstract: "Aggregate many forces' assessments into the national view.",
        discussion: "Reads every *.json assessment in DIR (not *.moderation.json), validates and scores each, and reports: coverage (forces counted, incomplete, missing), items met / partially met / not met by which forces, each area's grade distribution, every data-return figure summed with the forces behind it, national shares, per-month rates, and the forces far above or below the rest. Any bad file stops the run with an error naming it.",
        options: [
            CommonOptions.format(NationalCommand.renderers),
            .value("--expected-forces", "N", "How many forces should be present (44: the 43 Home Office forces and the BTP); reports the missing."),
            .value("--rules", "FILE", "Shares and outlier rule from FILE instead of the standard ones (see docs/national.md)."),
            .value("--outlier-k", "K", "Name forces more than K robust units from the median rate (default 3.5)."),
            .value("--trace", "AREA:PATH", "Show one figure force by force, e.g. information:investigations.total."),
            CommonOptions.output, CommonOptions.overwrite, CommonOptions.checklists, CommonOptions.allowFolder,
        ],
        arguments: [ArgumentSpec("DIR", "The directory of assessment files, one per force.")])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let format = try CommonOptions.chosenFormat(arguments, Self.renderers, command: spec.name)
        let view = try nationalView(arguments, context)
        let output: RenderedOutput
        if let trace = arguments.value("--trace") {
            let figure = NationalTrace(figure: try traced(trace, in: view), view: view)
            output = try CommonOptions.render(figure, Renderers.nationalTrace, as: format, command: spec.name, context)
        } else {
            output = try CommonOptions.render(view, Self.renderers, as: format, command: spec.name, context)
        }
        try CommonOptions.emit(output, arguments, context)
        return .success
    }

    /// Loads, scores and aggregates DIR by the rules and options given.
    func nationalView(_ arguments: ParsedArguments, _ context: CommandContext) throws -> NationalView {
        let expected = try positiveInteger("--expected-forces", arguments)
        let k = try positiveNumber("--outlier-k", arguments)
        let directory = arguments.positionals[0]
        let healthCheck = try Engine.healthCheck(arguments, context)
        let loaded = try NationalLoader(healthCheck: healthCheck).load(directory: context.resolve(directory), displayName: directory)
        var rules = try rules(arguments, context, schemas: healthCheck.plugins.schemas)
        if let k { rules.outliers.k = k }
        guard let scale = loaded.checklist.activeScale else {
            throw ProbityError.other(file: loaded.checklist.id.rawValue, reason: "scoring.gradeScale: unknown scale \(loaded.checklist.scoring.gradeScale)")
        }
        return NationalAggregator(checklist: loaded.checklist, scale: scale, schemas: healthCheck.plugins.schemas,
                                  rules: rules, expectedForces: expected)
            .aggregate(loaded.forces, notes: loaded.notes)
    }

    /// The figure `--trace` names, or a usage error suggesting the nearest one.
    func traced(_ name: String, in view: NationalView) throws -> NationalFigure {
        if let ref = FigureRef(parsing: name), let figure = view.figure(ref) { return figure }
        let names = view.figures.map(\.figure.description)
        var message = "--trace: no figure '\(name)'; name it as AREA:PATH, e.g. information:investigations.total"
        if let near = Suggestion.closest(to: name, among: names) { message += "; did you mean '\(near)'?" }
        throw UsageError(message, command: spec.name)
    }

    func rules(_ arguments: ParsedArguments, _ context: CommandContext, schemas: [AreaID: DataReturnSchema]) throws -> NationalRules {
        guard let file = arguments.value("--rules") else {
            let standard = try NationalRules.standard()
            let problems = standard.diagnostics(schemas: schemas, file: Self.standardRulesName)
            if problems.hasErrors { throw ProbityError.validationFailed(file: Self.standardRulesName, diagnostics: problems) }
            return standard
        }
        return try NationalRules.load(path: context.resolve(file), displayName: file, schemas: schemas)
    }

    func positiveInteger(_ option: String, _ arguments: ParsedArguments) throws -> Int? {
        guard let text = arguments.value(option) else { return nil }
        guard let value = Int(text), value > 0 else {
            throw UsageError("\(option) expects a positive whole number, found '\(text)'", command: spec.name)
        }
        return value
    }

    func positiveNumber(_ option: String, _ arguments: ParsedArguments) throws -> Double? {
        guard let text = arguments.value(option) else { return nil }
        guard let value = Double(text), value.isFinite, value > 0 else {
            throw UsageError("\(option) expects a number more than 0, found '\(text)'", command: spec.name)
        }
        return value
    }
}
