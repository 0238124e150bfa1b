import ProbityCore
import ProbityReports

/// `probity report FILE [--moderation MOD] -o OUT.html`: the scorecard (or, with a moderation
/// log, the moderated scorecard beside the self-assessment) as one self-contained HTML page
/// to open in a browser, print on A4 or read on a phone.
struct ReportCommand: Command {
    let spec = CommandSpec(
        ["report"], abstract: "Write the scorecard as a self-contained HTML page (charts, findings, evidence trail).",
        discussion: "The page has its stylesheet and SVG charts inline, runs no scripts and loads nothing from a network. With --moderation it shows the self-assessed and moderated scorecards side by side. Writes to standard output, or atomically to -o FILE (never replacing a file unless --overwrite).",
        options: [
            .value("--moderation", "MOD", "Report the scorecard as moderated by this moderation log, beside the self-assessment."),
            CommonOptions.output, CommonOptions.overwrite, CommonOptions.checklists, CommonOptions.allowFolder,
        ],
        arguments: [ArgumentSpec("FILE", "The assessment JSON file.")])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let name = arguments.positionals[0]
        let document = try AssessmentDocument.load(path: context.resolve(name), displayName: name)
        let check = try Engine.healthCheck(arguments, context)
        let sources = ScorecardSources(assessment: document.assessment, checklist: try check.checklist(for: document.assessment))
        let reportContext = ReportContextFactory.make(context)
        let page: String
        let summary: String
        if let logName = arguments.value("--moderation") {
            let log = try ModerationLogDocument.load(path: context.resolve(logName), displayName: logName)
            let moderated = try ModeratedHealthCheck(check).score(document, moderation: log)
            page = HTMLModeratedScorecardRenderer.render(moderated, sources: sources, context: reportContext)
            summary = "moderated \(moderated.moderated.label(moderated.overall.moderatedGrade)), self-assessed \(moderated.moderated.label(moderated.overall.selfAssessedGrade))"
        } else {
            let scorecard = try check.score(document, registers: nil)
            page = HTMLScorecardRenderer.render(scorecard, sources: sources, context: reportContext)
            summary = "overall \(scorecard.overallLabel)"
        }
        try CommonOptions.emit(page, arguments, context)
        if let path = arguments.value(CommonOptions.output.name) {
            context.stderr.write("wrote \(path): \(document.assessment.force.name) \(document.assessment.year), \(summary)\n")
        }
        return .success
    }
}
