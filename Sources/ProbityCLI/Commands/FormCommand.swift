import ProbityCore
import ProbityReports

/// `probity form [--checklist ID] -o form.html`: the offline self-assessment form (the `html`
/// format of `Renderers.checklist`), given the registered plugins' data-return schemas so each
/// area with a plugin gets its data-return section.
struct FormCommand: Command {
    let spec = CommandSpec(
        ["form"], abstract: "Write the offline self-assessment form (one HTML file) for a checklist.",
        discussion: "The form needs no server and no network: open it in a browser, answer area by area, and export the assessment JSON (probity validate accepts it). Progress is saved in the browser; an existing assessment JSON can be loaded. Writes to standard output, or atomically to -o FILE (never replacing a file unless --overwrite).",
        options: [
            .value("--checklist", "ID", "The checklist (default: the latest)."),
            .value("--version", "V", "The checklist version (default: the newest)."),
            CommonOptions.output, CommonOptions.overwrite, CommonOptions.checklists,
        ])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let catalog = try CommonOptions.catalog(arguments, context)
        let checklist = try Self.checklist(catalog, id: arguments.value("--checklist"), version: arguments.value("--version"))
        let table = RendererTable<Checklist>(Renderers.checklist.subject, [FormRenderer(schemas: Engine.pluginSet.schemas)])
        try CommonOptions.emit(try CommonOptions.render(checklist, table, as: .html, command: spec.name, context),
                               arguments, context, announce: false)
        if let path = arguments.value(CommonOptions.output.name) {
            context.stderr.write("wrote \(path): form for \(checklist.reference), \(Words.count(checklist.allItems.count, "item")) in \(Words.count(checklist.areas.count, "area"))\n")
        }
        return .success
    }

    static func checklist(_ catalog: ChecklistCatalog, id: String?, version: String?) throws -> Checklist {
        if let id { return try catalog.checklist(id: ChecklistID(id), version: version) }
        guard let latest = catalog.latest else { throw ProbityError.unknownChecklist(id: "(any)", version: version, available: []) }
        return version == nil ? latest : try catalog.checklist(id: latest.id, version: version)
    }
}
