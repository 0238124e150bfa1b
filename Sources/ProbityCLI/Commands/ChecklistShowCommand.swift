import ProbityCore
import ProbityReports

/// `probity checklist show ID [--area AREA]`: every item with its guidance, for a terminal.
struct ChecklistShowCommand: Command {
    let spec = CommandSpec(
        ["checklist", "show"], abstract: "Show a checklist's areas and items.",
        options: [.value("--area", "AREA", "Show only this area (an area id such as gratuities)."),
                  .value("--version", "VERSION", "A specific version of the checklist."), CommonOptions.checklists],
        arguments: [ArgumentSpec("ID", "The checklist id (see 'probity checklist list').")])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let catalog = try CommonOptions.catalog(arguments, context)
        let checklist = try catalog.checklist(id: ChecklistID(arguments.positionals[0]), version: arguments.value("--version"))
        var areas = checklist.areas
        if let areaName = arguments.value("--area") {
            guard let area = checklist.area(AreaID(areaName)) else {
                let ids = checklist.areas.map(\.id.rawValue)
                var message = "unknown area '\(areaName)'; expected one of \(ids.joined(separator: ", "))"
                if let near = Suggestion.closest(to: areaName, among: ids) { message += "; did you mean '\(near)'?" }
                throw UsageError(message, command: spec.name)
            }
            areas = [area]
        }
        var lines = TextLayout.wrap("\(checklist.title) (\(checklist.id)@\(checklist.version))")
        lines += TextLayout.wrap(checklist.provenance.statement, indent: "  ")
        for area in areas { lines += render(area, checklist) }
        context.stdout.write(lines.joined(separator: "\n") + "\n")
        return .success
    }

    func render(_ area: ChecklistArea, _ checklist: Checklist) -> [String] {
        var lines = ["", "== \(area.title) [\(area.id)] =="]
        lines += TextLayout.wrap(area.summary, indent: "  ")
        for item in area.items {
            lines.append("")
            lines += TextLayout.wrap("\(item.id)  \(item.question)")
            lines += TextLayout.wrap("Good practice: \(item.goodPractice)", indent: "      ")
            lines += TextLayout.wrap("Applies to: \(item.appliesTo.rawValue); weight \(NumberFormatting.number(item.weight)); evidence: \(item.evidenceKinds.map(\.rawValue).joined(separator: ", "))", indent: "      ")
            var source = "Source: \(item.source.document), \(item.source.section)"
            if let page = item.source.page { source += ", p.\(page)" }
            if !item.source.recommendations.isEmpty { source += "; recommendations \(item.source.recommendations.map(\.rawValue).joined(separator: ", "))" }
            lines += TextLayout.wrap(source, indent: "      ")
        }
        return lines
    }
}
