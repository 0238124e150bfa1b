import ProbityCore
import ProbityReports

/// `probity export`: a scored assessment as CSV for spreadsheets or as OSCAL
/// assessment-results (formats of `Renderers.scorecard`), or a checklist as an OSCAL catalog
/// (of `Renderers.checklist`).
struct ExportCommand: Command {
    static let assessmentRenderers = Renderers.scorecard.only([.csv, .xlsx, .oscalResults])
    static let checklistRenderers = Renderers.checklist.only([.oscalCatalog])
    static let formats = assessmentRenderers.formats + checklistRenderers.formats

    let spec = CommandSpec(
        ["export"], abstract: "Export an assessment (CSV, OSCAL assessment-results) or a checklist (OSCAL catalog).",
        discussion: """
        csv: one row per item, then one per finding (column 'record'); text cells that a spreadsheet would run as a formula are prefixed with '. xlsx: an Office Open XML workbook, one sheet per kind of record (grades, items, findings, figures returned), numbers as numbers, text never a formula. oscal-results: the scorecard as OSCAL 1.1 assessment-results. oscal-catalog: the checklist (--checklist ID, or the one FILE answers) as an OSCAL 1.1 catalog. See docs/exports.md.
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
        let output = Self.checklistRenderers.formats.contains(format)
            ? try catalog(format, arguments, context) : try assessment(format, arguments, context)
        try CommonOptions.emit(output, arguments, context)
        return .success
    }

    func catalog(_ format: OutputFormat, _ arguments: ParsedArguments, _ context: CommandContext) throws -> RenderedOutput {
        let checklist: Checklist
        if let id = arguments.value("--checklist") {
            checklist = try CommonOptions.catalog(arguments, context).checklist(id: ChecklistID(id), version: arguments.value("--version"))
        } else if let name = arguments.positionals.first {
            let document = try AssessmentDocument.load(path: context.resolve(name), displayName: name)
            checklist = try Engine.healthCheck(arguments, context).checklist(for: document.assessment)
        } else {
            throw UsageError("--format oscal-catalog needs --checklist ID or an assessment FILE", command: spec.name)
        }
        return try CommonOptions.render(checklist, Self.checklistRenderers, as: format, command: spec.name, context)
    }

    func assessment(_ format: OutputFormat, _ arguments: ParsedArguments, _ context: CommandContext) throws -> RenderedOutput {
        guard let name = arguments.positionals.first else {
            throw UsageError("missing argument FILE (--format \(format) exports an assessment)", command: spec.name)
        }
        if arguments.value("--checklist") != nil || arguments.value("--version") != nil {
            throw UsageError("--checklist and --version are for --format oscal-catalog; an assessment names its own checklist", command: spec.name)
        }
        let document = try AssessmentDocument.load(path: context.resolve(name), displayName: name)
        let report = try ScoreCommand.report(document, try Engine.healthCheck(arguments, context))
        return try CommonOptions.render(report, Self.assessmentRenderers, as: format, command: spec.name, context)
    }
}
