import ProbityCore
import ProbityReports

/// Options several commands share, declared once.
enum CommonOptions {
    static let checklists = OptionSpec.value("--checklists", "DIR", "Load checklists from DIR instead of the shipped ones.")
    static let output = OptionSpec.value("--output", short: "-o", "FILE", "Write to FILE (atomically) instead of standard output.")
    static let overwrite = OptionSpec.flag("--overwrite", "Replace the output file if it exists.")
    static let allowFolder = OptionSpec("--allow-folder", .repeated("DIR"), "Also read register files the assessment names from DIR (by default only its own folder).")

    /// `--format`, listing the formats a command offers (the first is the default).
    static func format(_ formats: [OutputFormat]) -> OptionSpec {
        let names = formats.map(\.rawValue)
        return .value("--format", "FORMAT", "Output format: \(names.joined(separator: ", ")) (default \(names[0])).")
    }

    /// `--format` listing every format of `table`.
    static func format<Subject>(_ table: RendererTable<Subject>) -> OptionSpec { format(table.formats) }

    /// The checklists to use: `--checklists DIR` or the shipped ones.
    static func catalog(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ChecklistCatalog {
        if let directory = arguments.value(checklists.name) {
            return try ChecklistCatalog.load(directory: context.resolve(directory))
        }
        return try ChecklistCatalog.builtIn()
    }

    /// The chosen format (the first when `--format` is not given), refusing any other than
    /// `formats` as a usage error.
    static func chosenFormat(_ arguments: ParsedArguments, _ formats: [OutputFormat], command: String) throws -> OutputFormat {
        let format = OutputFormat(rawValue: arguments.value("--format") ?? formats[0].rawValue)
        guard formats.contains(format) else {
            let names = formats.map(\.rawValue)
            var message = "unknown format '\(format)'; expected one of \(names.joined(separator: ", "))"
            if let near = Suggestion.closest(to: format.rawValue, among: names) { message += "; did you mean '\(near)'?" }
            throw UsageError(message, command: command)
        }
        return format
    }

    /// The chosen format among those of `table`.
    static func chosenFormat<Subject>(_ arguments: ParsedArguments, _ table: RendererTable<Subject>,
                                      command: String) throws -> OutputFormat {
        try chosenFormat(arguments, table.formats, command: command)
    }

    /// `subject` rendered as `format` by its table; a format the table lacks (a command that
    /// renders two subjects, such as `score` with and without `--moderation`) is a usage error.
    static func render<Subject>(_ subject: Subject, _ table: RendererTable<Subject>, as format: OutputFormat,
                                command: String, _ context: CommandContext) throws -> RenderedOutput {
        guard let output = try table.render(subject, as: format, context: ReportContextFactory.make(context)) else {
            let names = table.formats.map(\.rawValue).joined(separator: ", ")
            throw UsageError("format '\(format)' is not available for a \(table.subject); expected one of \(names)", command: command)
        }
        return output
    }

    /// Writes the output to `-o FILE` atomically (refusing to replace a file unless
    /// `--overwrite`), or to standard output. Text and binary formats alike go as bytes.
    /// With `announce`, a file written says so on standard error (`wrote out.csv (1,234 bytes)`);
    /// a command that describes what it wrote in its own words passes false.
    static func emit(_ output: RenderedOutput, _ arguments: ParsedArguments, _ context: CommandContext,
                     announce: Bool = true) throws {
        if let path = arguments.value(self.output.name) {
            let bytes = output.bytes
            try AtomicFileWriter.write(bytes, to: context.resolve(path), overwrite: arguments.flag(overwrite.name))
            if announce {
                context.stderr.write("wrote \(path) (\(Words.count(bytes.count, "byte")))\n")
            }
        } else {
            context.stdout.write(bytes: output.bytes)
        }
    }

    /// Writes text as `emit(_:_:_:)` does.
    static func emit(_ text: String, _ arguments: ParsedArguments, _ context: CommandContext, announce: Bool = true) throws {
        try emit(.text(text), arguments, context, announce: announce)
    }
}
