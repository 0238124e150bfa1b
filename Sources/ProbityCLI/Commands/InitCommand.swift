import ProbityCore
import ProbityReports

/// `probity init --force NAME --year YEAR`: a blank assessment, every item not yet assessed.
struct InitCommand: Command {
    let spec = CommandSpec(
        ["init"], abstract: "Create a blank assessment for a force.",
        discussion: "Every item of the checklist is present with status not-assessed. Writes to standard output, or atomically to -o FILE (never replacing a file unless --overwrite).",
        options: [
            .value("--force", "NAME", "The force's name (required)."),
            .value("--year", "YEAR", "The inspection year (required), e.g. 2012."),
            .value("--code", "CODE", "A short force code (default: the name's initials)."),
            .value("--workforce", "N", "Officers and staff headcount, for rates per 1,000 workforce."),
            .value("--checklist", "ID", "The checklist to answer (default: the one for the year, else the latest)."),
            CommonOptions.output, CommonOptions.overwrite, CommonOptions.checklists,
        ])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        guard let name = arguments.value("--force"), !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw UsageError("missing --force NAME", command: spec.name)
        }
        guard let yearText = arguments.value("--year") else { throw UsageError("missing --year YEAR", command: spec.name) }
        guard let year = Int(yearText), (1900...2999).contains(year) else {
            throw UsageError("--year expects a year such as 2012, found '\(yearText)'", command: spec.name)
        }
        var workforce: Int?
        if let text = arguments.value("--workforce") {
            guard let value = Int(text), value > 0 else {
                throw UsageError("--workforce expects a positive whole number, found '\(text)'", command: spec.name)
            }
            workforce = value
        }
        let catalog = try CommonOptions.catalog(arguments, context)
        let checklist = try chooseChecklist(catalog, id: arguments.value("--checklist"), year: year)
        let code = arguments.value("--code") ?? Self.initials(name)
        let assessment = AssessmentTemplate.blank(checklist: checklist, force: ForceInfo(name: name, code: code, workforce: workforce), year: year)
        try CommonOptions.emit(JSONScorecardRenderer.encode(assessment), arguments, context, announce: false)
        if let path = arguments.value("--output") {
            context.stderr.write("wrote \(path): \(Words.count(checklist.allItems.count, "item")) of \(checklist.id)@\(checklist.version), all not-assessed\n")
        }
        return .success
    }

    func chooseChecklist(_ catalog: ChecklistCatalog, id: String?, year: Int) throws -> Checklist {
        if let id { return try catalog.checklist(id: ChecklistID(id)) }
        let candidates = catalog.checklists.filter { $0.year <= year }
        if let best = candidates.max(by: { ($0.year, $0.id) < ($1.year, $1.id) }) { return best }
        guard let latest = catalog.latest else { throw ProbityError.unknownChecklist(id: "(any)", version: nil, available: []) }
        return latest
    }

    static func initials(_ name: String) -> String {
        let letters = name.split(separator: " ").compactMap(\.first).filter(\.isLetter)
        return String(letters).uppercased()
    }
}

import Foundation
