import ProbityCore
import ProbityReports

/// `probity score FILE`: the force scorecard.
struct ScoreCommand: Command {
    static let formats = ["text", "json", "markdown"]

    let spec = CommandSpec(
        ["score"], abstract: "Score an assessment: area grades, overall grade, findings and their trail.",
        options: [CommonOptions.format(ScoreCommand.formats), CommonOptions.output, CommonOptions.overwrite,
                  CommonOptions.checklists, CommonOptions.allowFolder,
                  .value("--moderation", "MOD", "Score as moderated by this moderation log, beside the self-assessment.")],
        arguments: [ArgumentSpec("FILE", "The assessment JSON file.")])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let format = try CommonOptions.chosenFormat(arguments, Self.formats, command: spec.name)
        let name = arguments.positionals[0]
        let document = try AssessmentDocument.load(path: context.resolve(name), displayName: name)
        if let logName = arguments.value("--moderation") {
            let log = try ModerationLogDocument.load(path: context.resolve(logName), displayName: logName)
            let moderated = try ModeratedHealthCheck(try Engine.healthCheck(arguments, context)).score(document, moderation: log)
            try CommonOptions.emit(Self.render(moderated, format: format, context: context), arguments, context)
            return .success
        }
        let check = try Engine.healthCheck(arguments, context)
        let scorecard = try check.score(document, registers: nil)
        let sources = ScorecardSources(assessment: document.assessment, checklist: try check.checklist(for: document.assessment))
        try CommonOptions.emit(Self.render(scorecard, format: format, sources: sources, context: context), arguments, context)
        return .success
    }

    /// `sources` (the assessment and its checklist) add the evidence register to Markdown.
    static func render(_ scorecard: Scorecard, format: String, sources: ScorecardSources?, context: CommandContext) -> String {
        let reportContext = ReportContextFactory.make(context)
        switch format {
        case "json": return JSONScorecardRenderer.render(scorecard, context: reportContext)
        case "markdown": return MarkdownScorecardRenderer.render(scorecard, sources: sources, context: reportContext)
        default: return TextScorecardRenderer.render(scorecard, context: reportContext)
        }
    }

    static func render(_ scorecard: ModeratedScorecard, format: String, context: CommandContext) -> String {
        let reportContext = ReportContextFactory.make(context)
        switch format {
        case "json": return ModeratedScorecardJSONRenderer.render(scorecard, context: reportContext)
        case "markdown": return ModeratedScorecardMarkdownRenderer.render(scorecard, context: reportContext)
        default: return ModeratedScorecardTextRenderer.render(scorecard, context: reportContext)
        }
    }
}
