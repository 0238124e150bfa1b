import ProbityBundle
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
        discussion: "Flags hospitality from suppliers before a contract award (a), business interests in suppliers (b, b_worse), chief officers' hospitality without peer review (c), prohibited second jobs (d) and overdue reviews (e). With --assessment the registers, rules, mapping, workforce and as-of date come from the assessment, as 'probity score' uses them (the end of its period unless registers.asOf says otherwise); an option given as well overrides. See docs/crosscheck.md.",
        options: [
            .value("--assessment", "FILE", "Take the registers, date and workforce from this assessment (paths relative to it)."),
            CommonOptions.allowFolder,
            .value("--hospitality", "FILE", "The gifts and hospitality register (CSV)."),
            .value("--contracts", "FILE", "The contracts register (CSV)."),
            .value("--suppliers", "FILE", "The supplier list (CSV)."),
            .value("--interests", "FILE", "The business interests register (CSV)."),
            .value("--as-of", "DATE", "The date overdue reviews are judged at, YYYY-MM-DD (default: the assessment period's end, else today)."),
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
        let source = try CrosscheckSource(arguments, context, command: spec.name)
        let files = try registerFiles(arguments, source, context)
        let asOf = try self.asOf(arguments, source, context)
        let workforce = try self.workforce(arguments) ?? source.assessment?.force.workforce
        do {
            let rules = try arguments.value("--rules").map { try CrosscheckRules.load(path: context.resolve($0), file: $0) }
                ?? source.files.loadRules()
            let mapping = try arguments.value("--mapping").map { try ColumnMapping.load(path: context.resolve($0), file: $0) }
                ?? source.files.loadMapping()
            let loader = RegisterLoader(mapping: mapping, skipBadRows: arguments.flag("--skip-bad-rows"))
            let progress = CrosscheckProgressLine(context, enabled: !arguments.flag("--quiet"))
            var readers: [RegisterKind: CSVReader] = [:]
            for file in files {
                readers[file.kind] = try CSVReader.open(path: file.path, file: file.name)
            }
            let registers = try loader.load(readers, progress: progress.update)
            var report = Crosschecker(rules: rules).run(registers, asOf: asOf.date, workforce: workforce,
                                                        progress: progress.update)
            report.asOfBasis = asOf.basis
            progress.finish()
            try CommonOptions.emit(try CommonOptions.render(report, Self.renderers, as: format, command: spec.name, context),
                                   arguments, context)
            if let path = arguments.value("--names-out") {
                let names = try CommonOptions.render(report, Renderers.nameMap, as: .csv, command: spec.name, context)
                try AtomicFileWriter.write(names.bytes, to: context.resolve(path), overwrite: arguments.flag(CommonOptions.overwrite.name))
            }
            if !report.skipped.isEmpty {
                let count = report.skipped.count
                context.stderr.write("warning: \(Words.count(count, "bad row")) skipped; \(count == 1 ? "it is" : "they are") listed in the report\n")
            }
            return .success
        } catch let error as RegisterError {
            context.stderr.write("Error: \(error.message)\n")
            return .failure
        }
    }

    /// The four register files: each option given, else the file the assessment names.
    private func registerFiles(_ arguments: ParsedArguments, _ source: CrosscheckSource,
                               _ context: CommandContext) throws -> [(kind: RegisterKind, name: String, path: String)] {
        try Self.registers.map { option, kind in
            if let name = arguments.value(option) { return (kind, name, context.resolve(name)) }
            if let path = source.files.registers[kind], let name = source.name(of: kind) { return (kind, name, path) }
            let hint = source.assessment == nil
                ? "all four registers are needed (or --assessment FILE naming them)"
                : "the assessment names no registers.\(kind.rawValue)"
            throw UsageError("missing \(option) FILE; \(hint)", command: spec.name)
        }
    }

    /// The date reviews are judged at and why: `--as-of`, else the assessment's, else today.
    private func asOf(_ arguments: ParsedArguments, _ source: CrosscheckSource,
                      _ context: CommandContext) throws -> (date: LocalDate, basis: String) {
        if let text = arguments.value("--as-of") {
            guard let day = LocalDate(text) else {
                throw UsageError("--as-of expects a date as YYYY-MM-DD, found '\(text)'", command: spec.name)
            }
            return (day, "given with --as-of")
        }
        if let assessment = source.assessment { return RegisterCrosscheck.asOf(for: assessment) }
        return (context.today, "today; give --as-of DATE or --assessment FILE to judge at the end of a period")
    }

    private func workforce(_ arguments: ParsedArguments) throws -> Int? {
        guard let text = arguments.value("--workforce") else { return nil }
        guard let number = Int(text), number > 0 else {
            throw UsageError("--workforce expects a positive whole number, found '\(text)'", command: spec.name)
        }
        return number
    }
}
