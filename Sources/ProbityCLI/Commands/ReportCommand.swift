import ProbityCore
import ProbityReports

/// `probity report FILE [--moderation MOD] -o OUT.html`: the scorecard (or, with a moderation
/// log, the moderated scorecard beside the self-assessment) as one self-contained HTML page
/// to open in a browser, print on A4 or read on a phone. The page is the `html` format of
/// `Renderers.scorecard` (`Renderers.moderated`), so `score --format html` writes the same.
struct ReportCommand: Command {
    let spec = CommandSpec(
        ["report"], abstract: "Write the scorecard as a self-contained HTML page (charts, findings, evidence trail).",
        discussion: "The page has its stylesheet and SVG charts inline, runs no scripts and loads nothing from a network. With --moderation it shows the self-assessed and moderated scorecards side by side. Writes to standard output, or atomically to -o FILE (never replacing a file unless --overwrite). The same page as 'probity score FILE --format html'.",
        options: [
            .value("--moderation", "MOD", "Report the scorecard as moderated by this moderation log, beside the self-assessment."),
            CommonOptions.output, CommonOptions.overwrite, CommonOptions.checklists, CommonOptions.allowFolder,
        ],
        arguments: [ArgumentSpec("FILE", "The assessment JSON file.")])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let name = arguments.positionals[0]
        let document = try AssessmentDocument.load(path: context.resolve(name), displayName: name)
        let check = try Engine.healthCheck(arguments, context)
        let page: RenderedOutput
        let summary: String
        if let logName = arguments.value("--moderation") {
            let report = try ScoreCommand.moderated(document, log: logName, check, context)
            page = try CommonOptions.render(report, Renderers.moderated, as: .html, command: spec.name, context)
            let moderated = report.moderated
            summary = "moderated \(moderated.moderated.label(moderated.overall.moderatedGrade)), self-assessed \(moderated.moderated.label(moderated.overall.selfAssessedGrade))"
        } else {
            let report = try ScoreCommand.report(document, check)
            page = try CommonOptions.render(report, Renderers.scorecard, as: .html, command: spec.name, context)
            summary = "overall \(report.scorecard.overallLabel)"
        }
        try CommonOptions.emit(page, arguments, context, announce: false)
        if let path = arguments.value(CommonOptions.output.name) {
            context.stderr.write("wrote \(path): \(document.assessment.force.name) \(document.assessment.year), \(summary)\n")
        }
        return .success
    }
}
