import ProbityCore

/// `probity validate FILE`: an assessment against its checklist and the plugins' data-return
/// schemas. Errors and warnings listed; exit 1 on errors.
struct ValidateCommand: Command {
    let spec = CommandSpec(
        ["validate"], abstract: "Check an assessment file against its checklist and data-return schemas.",
        options: [CommonOptions.checklists, .flag("--quiet", short: "-q", "Print errors only, no warnings or summary."),
                  .flag("--all", "List every error and warning (by default the first 100 of each, and a count of the rest).")],
        arguments: [ArgumentSpec("FILE", "The assessment JSON file.")])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let name = arguments.positionals[0]
        let document = try AssessmentDocument.load(path: context.resolve(name), displayName: name)
        let report = try Engine.healthCheck(arguments, context).validate(document)
        let quiet = arguments.flag("--quiet")
        DiagnosticListing(all: arguments.flag("--all"), hint: "give --all to list every one")
            .write(report.diagnostics.filter { $0.severity == .error || !quiet }, to: context.stderr)
        let errors = report.diagnostics.errors.count
        let warnings = report.diagnostics.warnings.count
        if !quiet || errors > 0 {
            let verdict = errors == 0 ? "valid" : "invalid"
            let summary = "\(name): \(verdict), \(Words.count(errors, "error")), \(Words.count(warnings, "warning")); "
                + "\(Words.count(document.assessment.answers.count, "answer")), \(Words.count(document.assessment.evidence.count, "evidence record"))\n"
            if errors == 0 { context.stdout.write(summary) } else { context.stderr.write(summary) }
        }
        return errors == 0 ? .success : .failure
    }
}
