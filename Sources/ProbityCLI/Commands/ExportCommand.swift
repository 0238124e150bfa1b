import ProbityCore
import ProbityReports

/// `probity export`: a scored assessment as CSV for spreadsheets or as OSCAL
/// assessment-results, or a checklist as an OSCAL catalog.
struct ExportCommand: Command {
    static let formats = ["csv", "oscal-results", "oscal-catalog"]

    let spec = CommandSpec(
        ["export"], abstract: "Export an assessment (CSV, OSCAL assessment-results) or a checklist (OSCAL catalog).",
        discussion: """
        csv: one row per item, then one per finding (column 'record'); text cells that a spreadsheet would run as a formula are prefixed with '. oscal-results: the scorecard as OSCAL 1.1 assessment-results. oscal-catalog: the checklist (--checklist ID, or the one FILE answers) as an OSCAL 1.1 catalog. See docs/exports.md.
        """,
        options: [
            CommonOptions.format(ExportCommand.formats),
            .value("--checklist", "ID", "For oscal-catalog: the checklist to export."),
            .value("--version", "V", "For oscal-catalog: the checklist version (default: the newest)."),
            CommonOptions.output, CommonOptions.overwrite, CommonOptions.checklists, CommonOptions.allowFolder,
        ],
        arguments: [ArgumentSpec("FILE", "The assessment JSON file (csv, oscal-results; optional for oscal-catalog).", required: false)])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let format = try CommonOptions.chosenFormat(arguments, Self.formats, command: spec.name)
        let text = format == "oscal-catalog" ? try catalog(arguments, context) : try assessment(format, arguments, context)
        try CommonOptions.emit(text, arguments, context)
        return .success
    }

    func catalog(_ arguments: ParsedArguments, _ context: CommandContext) throws -> String {
        let checklist: Checklist
        if let id = arguments.value("--checklist") {
            checklist = try CommonOptions.catalog(arguments, context).checklist(id: ChecklistID(id), version: arguments.value("--version"))
        } else if let name = arguments.positionals.first {
            let document = try AssessmentDocument.load(path: context.resolve(name), displayName: name)
            checklist = try Engine.healthCheck(arguments, context).checklist(for: document.assessment)
        } else {
            throw UsageError("--format oscal-catalog needs --checklist ID or an assessment FILE", command: spec.name)
        }
        return OSCALCatalogRenderer.render(checklist, context: ReportContextFactory.make(context))
    }

    func assessment(_ format: String, _ arguments: ParsedArguments, _ context: CommandContext) throws -> String {
        guard let name = arguments.positionals.first else {
            throw UsageError("missing argument FILE (--format \(format) exports an assessment)", command: spec.name)
        }
        if arguments.value("--checklist") != nil || arguments.value("--version") != nil {
            throw UsageError("--checklist and --version are for --format oscal-catalog; an assessment names its own checklist", command: spec.name)
        }
        let document = try AssessmentDocument.load(path: context.resolve(name), displayName: name)
        let healthCheck = try Engine.healthCheck(arguments, context)
        let scorecard = try healthCheck.score(document, registers: nil)
        let checklist = try healthCheck.checklist(for: document.assessment)
        if format == "csv" {
            return AssessmentCSVRenderer.render(scorecard, assessment: document.assessment, checklist: checklist)
        }
        let input = OSCALResultsInput(scorecard: scorecard, assessment: document.assessment, checklist: checklist,
                                      file: name, digest: SHA256.hash(document.bytes))
        return OSCALResultsRenderer.render(input, context: ReportContextFactory.make(context))
    }
}
