import ProbityCore
import ProbityReports

/// `probity score FILE`: the force scorecard, in any format of `Renderers.scorecard` (with
/// `--moderation`, of `Renderers.moderated`).
struct ScoreCommand: Command {
    static let renderers = Renderers.scorecard

    let spec = CommandSpec(
        ["score"], abstract: "Score an assessment: area grades, overall grade, findings and their trail.",
        discussion: "--format html writes the self-contained HTML page that 'probity report' writes; csv and oscal-results the files 'probity export' writes. With --moderation the formats are text, json, markdown and html.",
        options: [CommonOptions.format(ScoreCommand.renderers), CommonOptions.output, CommonOptions.overwrite,
                  CommonOptions.checklists, CommonOptions.allowFolder,
                  .value("--moderation", "MOD", "Score as moderated by this moderation log, beside the self-assessment.")],
        arguments: [ArgumentSpec("FILE", "The assessment JSON file.")])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let format = try CommonOptions.chosenFormat(arguments, Self.renderers, command: spec.name)
        let name = arguments.positionals[0]
        let document = try AssessmentDocument.load(path: context.resolve(name), displayName: name)
        let check = try Engine.healthCheck(arguments, context)
        let output: RenderedOutput
        if let logName = arguments.value("--moderation") {
            let moderated = try Self.moderated(document, log: logName, check, context)
            output = try CommonOptions.render(moderated, Renderers.moderated, as: format, command: spec.name, context)
        } else {
            output = try CommonOptions.render(try Self.report(document, check), Self.renderers, as: format,
                                              command: spec.name, context)
        }
        try CommonOptions.emit(output, arguments, context)
        return .success
    }

    /// An assessment scored, with what every scorecard format needs besides the scorecard.
    static func report(_ document: AssessmentDocument, _ check: HealthCheck) throws -> ScorecardReport {
        let scorecard = try check.score(document, registers: nil)
        let sources = ScorecardSources(assessment: document.assessment, checklist: try check.checklist(for: document.assessment))
        return ScorecardReport(scorecard: scorecard, sources: sources, file: document.file, digest: SHA256.hash(document.bytes))
    }

    /// An assessment scored as moderated by the log named `log`.
    static func moderated(_ document: AssessmentDocument, log name: String, _ check: HealthCheck,
                          _ context: CommandContext) throws -> ModeratedScorecardReport {
        let log = try ModerationLogDocument.load(path: context.resolve(name), displayName: name)
        let moderated = try ModeratedHealthCheck(check).score(document, moderation: log)
        let sources = ScorecardSources(assessment: document.assessment, checklist: try check.checklist(for: document.assessment))
        return ModeratedScorecardReport(moderated: moderated, sources: sources)
    }
}
