import ProbityCore
import ProbityRegisters
import ProbityReports

/// `probity crosscheck`: triangulates the gifts and hospitality, contracts, suppliers and
/// business interests registers (checks a–e and the register health figures), in any format of
/// `Renderers.crosscheck`; `--names-out` writes `Renderers.nameMap`.
struct CrosscheckCommand: Command {
    static let renderers = Renderers.crosscheck
    static let registers: [(option: String, kind: RegisterKind)] = [
        ("--hospitality", .hospitality), ("--contracts", .contracts),
        ("--suppliers", .suppliers), ("--interests", .interests),
    ]

    let spec = CommandSpec(
        ["crosscheck"], abstract: "Cross-check the hospitality, contracts, suppliers and interests registers.",
        discussion: "Flags hospitality from suppliers before a contract award (a), business interests in suppliers (b, b_worse), chief officers' hospitality without peer review (c), prohibited second jobs (d) and overdue reviews (e). See docs/crosscheck.md.",
        options: [
            .value("--hospitality", "FILE", "The gifts and hospitality register (CSV)."),
            .value("--contracts", "FILE", "The contracts register (CSV)."),
            .value("--suppliers", "FILE", "The supplier list (CSV)."),
            .value("--interests", "FILE", "The business interests register (CSV)."),
            .value("--as-of", "DATE", "The date overdue reviews are judged at, YYYY-MM-DD (default today)."),
            .value("--rules", "FILE", "Rules JSON laid over the defaults (windows, periods, categories, ranks, thresholds)."),
            .value("--mapping", "FILE", "Column mapping JSON for a force's own export headers."),
            .value("--workforce", "N", "Workforce headcount, for entries per 1,000 workforce."),
            .flag("--skip-bad-rows", "Count and list bad rows instead of stopping at the first."),
            CommonOptions.format(CrosscheckCommand.renderers), CommonOptions.output, CommonOptions.overwrite,
            .value("--names-out", "FILE", "Also write the name map (source,typed_name,supplier_id,method,score)."),
            .flag("--quiet", short: "-q", "No progress display."),
        ])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let format = try CommonOptions.chosenFormat(arguments, Self.renderers, command: spec.name)
        let files = try registerFiles(arguments)
        let asOf = try self.asOf(arguments, context)
        let workforce = try self.workforce(arguments)
        do {
            let rules = try arguments.value("--rules").map { try CrosscheckRules.load(path: context.resolve($0), file: $0) }
                ?? CrosscheckRules.defaults
            let mapping = try arguments.value("--mapping").map { try ColumnMapping.load(path: context.resolve($0), file: $0) }
                ?? .identity
            let loader = RegisterLoader(mapping: mapping, skipBadRows: arguments.flag("--skip-bad-rows"))
            let progress = CrosscheckProgressLine(context, enabled: !arguments.flag("--quiet"))
            var readers: [RegisterKind: CSVReader] = [:]
            for (kind, name) in files {
                readers[kind] = try CSVReader.open(path: context.resolve(name), file: name)
            }
            let registers = try loader.load(readers, progress: progress.update)
            let report = Crosschecker(rules: rules).run(registers, asOf: asOf, workforce: workforce,
                                                        progress: progress.update)
            progress.finish()
            try CommonOptions.emit(try CommonOptions.render(report, Self.renderers, as: format, command: spec.name, context),
                                   arguments, context)
            if let path = arguments.value("--names-out") {
                let names = try CommonOptions.render(report, Renderers.nameMap, as: .csv, command: spec.name, context)
                try AtomicFileWriter.write(names.bytes, to: context.resolve(path), overwrite: arguments.flag(CommonOptions.overwrite.name))
            }
            if !report.skipped.isEmpty {
                let count = report.skipped.count
                context.stderr.write("warning: \(Words.count(count, "bad row")) skipped; \(Words.verb(count, "it is", "they are")) listed in the report\n")
            }
            return .success
        } catch let error as RegisterError {
            context.stderr.write("Error: \(error.message)\n")
            return .failure
        }
    }

    /// The four register files as the user named them (messages use these names).
    private func registerFiles(_ arguments: ParsedArguments) throws -> [(RegisterKind, String)] {
        try Self.registers.map { option, kind in
            guard let path = arguments.value(option) else {
                throw UsageError("missing \(option) FILE; all four registers are needed", command: spec.name)
            }
            return (kind, path)
        }
    }

    private func asOf(_ arguments: ParsedArguments, _ context: CommandContext) throws -> LocalDate {
        guard let text = arguments.value("--as-of") else { return context.today }
        guard let day = LocalDate(text) else {
            throw UsageError("--as-of expects a date as YYYY-MM-DD, found '\(text)'", command: spec.name)
        }
        return day
    }

    private func workforce(_ arguments: ParsedArguments) throws -> Int? {
        guard let text = arguments.value("--workforce") else { return nil }
        guard let number = Int(text), number > 0 else {
            throw UsageError("--workforce expects a positive whole number, found '\(text)'", command: spec.name)
        }
        return number
    }
}
