import ProbityCore
/// Runs the register cross-checks: matches organisation names to suppliers, then checks
/// a–e and the register health figures, all parameters taken from `rules`.
public struct Crosschecker: Sendable {
    public var rules: CrosscheckRules

    public init(rules: CrosscheckRules) {
        self.rules = rules
    }

    /// Reads the files and runs every check.
    public func run(files: RegisterPaths, loader: RegisterLoader, asOf: LocalDate, workforce: Int? = nil,
                    progress: ((CrosscheckProgress) -> Void)? = nil) throws(RegisterError) -> CrosscheckReport {
        let registers = try loader.load(files, progress: progress)
        return run(registers, asOf: asOf, workforce: workforce, progress: progress)
    }

    /// Runs every check over registers already read.
    public func run(_ registers: RegisterSet, asOf: LocalDate, workforce: Int? = nil,
                    progress: ((CrosscheckProgress) -> Void)? = nil) -> CrosscheckReport {
        progress?(CrosscheckProgress(phase: .matching, fraction: 0.5, detail: "organisation names"))
        let matcher = SupplierMatcher(rules: rules.matching)
        let matches = matcher.match(names: registers.names.interner,
                                    supplierNames: registers.suppliers.map { $0.name.rawValue },
                                    supplierIDs: registers.suppliers.map(\.id))
        progress?(CrosscheckProgress(phase: .checking, fraction: 0.8))
        let context = CheckContext(registers: registers, matches: matches, rules: rules, asOf: asOf)
        let nameMap = NameMapBuilder(registers: registers, matches: matches)
        // The name map and the checks are independent: build them side by side.
        let parts: [CheckPart] = parallelMap(7) { part in
            switch part {
            case 0: return .names(nameMap.entries())
            case 1: return .findings(context.checkA())
            case 2: return .findings(context.checkB())
            case 3: return .findings(context.checkC())
            case 4: return .findings(context.checkD())
            case 5: return .findings(context.checkE())
            default: return .health(context.health(workforce: workforce))
            }
        }
        var findings: [CrosscheckFinding] = [], names: [NameMapEntry] = []
        var health: HealthFigures?
        for part in parts {
            switch part {
            case .names(let entries): names = entries
            case .findings(let found): findings += found
            case .health(let figures): health = figures
            }
        }
        findings.sort { ($0.check, $0.line) < ($1.check, $1.line) }
        let report = CrosscheckReport(
            asOf: asOf,
            rows: Dictionary(uniqueKeysWithValues: RegisterKind.allCases.map { ($0.rawValue, registers.rowCount($0)) }),
            files: Dictionary(uniqueKeysWithValues: registers.files.map { ($0.key.rawValue, $0.value) }),
            findings: findings,
            health: health ?? context.health(workforce: workforce),
            matching: nameMap.summary(names),
            names: names,
            skipped: registers.skipped)
        progress?(CrosscheckProgress(phase: .done, fraction: 1))
        return report
    }
}

/// One independent piece of a cross-check's results.
private enum CheckPart: Sendable {
    case names([NameMapEntry])
    case findings([CrosscheckFinding])
    case health(HealthFigures)
}
