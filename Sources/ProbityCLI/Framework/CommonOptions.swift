import ProbityCore

/// Options several commands share, declared once.
enum CommonOptions {
    static let checklists = OptionSpec.value("--checklists", "DIR", "Load checklists from DIR instead of the shipped ones.")
    static let output = OptionSpec.value("--output", short: "-o", "FILE", "Write to FILE (atomically) instead of standard output.")
    static let overwrite = OptionSpec.flag("--overwrite", "Replace the output file if it exists.")
    static let allowFolder = OptionSpec("--allow-folder", .repeated("DIR"), "Also read register files the assessment names from DIR (by default only its own folder).")

    static func format(_ formats: [String]) -> OptionSpec {
        .value("--format", "FORMAT", "Output format: \(formats.joined(separator: ", ")) (default \(formats[0])).")
    }

    /// The checklists to use: `--checklists DIR` or the shipped ones.
    static func catalog(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ChecklistCatalog {
        if let directory = arguments.value(checklists.name) {
            return try ChecklistCatalog.load(directory: context.resolve(directory))
        }
        return try ChecklistCatalog.builtIn()
    }

    /// The chosen format, refusing unknown ones as a usage error.
    static func chosenFormat(_ arguments: ParsedArguments, _ formats: [String], command: String) throws -> String {
        let format = arguments.value("--format") ?? formats[0]
        guard formats.contains(format) else {
            var message = "unknown format '\(format)'; expected one of \(formats.joined(separator: ", "))"
            if let near = Suggestion.closest(to: format, among: formats) { message += "; did you mean '\(near)'?" }
            throw UsageError(message, command: command)
        }
        return format
    }

    /// Writes text to `-o FILE` atomically (refusing to replace a file unless `--overwrite`),
    /// or to standard output.
    static func emit(_ text: String, _ arguments: ParsedArguments, _ context: CommandContext) throws {
        if let path = arguments.value(output.name) {
            try AtomicFileWriter.write(text, to: context.resolve(path), overwrite: arguments.flag(overwrite.name))
        } else {
            context.stdout.write(text)
        }
    }
}
