import ProbityCore
import ProbityReports

/// `probity migrate FILE [-o OUT]`: a file written by an earlier probity, brought to the
/// current schema. Today that is a scorecard of schema version 1 (`probity score --format
/// json` before judgement from evidence); assessments, moderation logs and plans have changed
/// only by optional additions and need no migration. The original file is never changed.
struct MigrateCommand: Command {
    let spec = CommandSpec(
        ["migrate"], abstract: "Bring a file written by an earlier probity to the current schema.",
        discussion: """
        Reads a scorecard of schema version 1 and writes it as schema version \(Scorecard.schemaVersion): every area \
        stays graded as it was, the overall judgement is recorded as graded, and 'migratedFrom' and a note in the \
        trail say the old rules raised no findings from answers. Re-score the assessment for the current judgement. \
        The original file is never changed; -o writes a new file. See docs/scorecard-format.md.
        """,
        options: [CommonOptions.output, CommonOptions.overwrite],
        arguments: [ArgumentSpec("FILE", "The scorecard JSON file to migrate.")])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let name = arguments.positionals[0]
        let document = try JSONDocument.load(path: context.resolve(name), displayName: name)
        let scorecard = try ScorecardMigration.migrate(document)
        try CommonOptions.emit(JSONScorecardRenderer.render(scorecard, context: ReportContextFactory.make(context)), arguments, context, announce: false)
        if let output = arguments.value(CommonOptions.output.name) {
            context.stderr.write("wrote \(output): scorecard schema version \(Scorecard.schemaVersion), migrated from version 1\n")
        }
        return .success
    }
}
