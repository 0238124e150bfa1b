import ProbityCore
import ProbityReports

/// `probity checklist list`: the checklists available, one line each.
struct ChecklistListCommand: Command {
    let spec = CommandSpec(["checklist", "list"], abstract: "List the available checklists.",
                           options: [CommonOptions.checklists])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let catalog = try CommonOptions.catalog(arguments, context)
        var lines = [TextLayout.pad("ID", 16) + TextLayout.pad("VERSION", 9) + TextLayout.pad("YEAR", 6)
            + TextLayout.pad("AREAS", 7) + TextLayout.pad("ITEMS", 7) + "TITLE"]
        for entry in catalog.entries {
            let checklist = entry.checklist
            lines.append(TextLayout.pad(checklist.id.rawValue, 16) + TextLayout.pad(checklist.version, 9)
                + TextLayout.pad(String(checklist.year), 6) + TextLayout.pad(String(checklist.areas.count), 7)
                + TextLayout.pad(String(checklist.allItems.count), 7) + TextLayout.clip(checklist.title, 35))
        }
        context.stdout.write(lines.joined(separator: "\n") + "\n")
        return .success
    }
}
