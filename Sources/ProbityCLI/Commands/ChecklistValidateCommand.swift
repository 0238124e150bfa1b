import ProbityCore
import ProbityReports

/// `probity checklist validate [FILE...]`: ids unique, references and crosswalk targets
/// resolve, weights positive, thresholds ordered, judgement rules sensible, at most one plugin
/// per area and every threshold a plugin reads present.
struct ChecklistValidateCommand: Command {
    let spec = CommandSpec(
        ["checklist", "validate"], abstract: "Check checklist files (default: the shipped checklists).",
        options: [CommonOptions.checklists],
        arguments: [ArgumentSpec("FILE", "Checklist JSON files to check together.", required: false, variadic: true)])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let catalog: ChecklistCatalog
        if arguments.positionals.isEmpty {
            catalog = try CommonOptions.catalog(arguments, context)
        } else {
            catalog = try ChecklistCatalog.decode(files: arguments.positionals.map { (context.resolve($0), $0) })
        }
        let plugins = Engine.pluginSet
        var diagnostics = catalog.diagnostics()
        for entry in catalog.entries { diagnostics += plugins.diagnostics(for: entry.checklist, file: entry.file) }
        DiagnosticListing().write(diagnostics, to: context.stderr)
        for entry in catalog.entries where !diagnostics.contains(where: { $0.file == entry.file && $0.severity == .error }) {
            context.stdout.write("ok: \(entry.file): \(entry.checklist.id)@\(entry.checklist.version), \(Words.count(entry.checklist.areas.count, "area")), \(Words.count(entry.checklist.allItems.count, "item"))\n")
        }
        return diagnostics.hasErrors ? .failure : .success
    }
}
