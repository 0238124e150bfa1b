import Foundation
import ProbityCore
import ProbityRegisters

/// Runs the register cross-checks for the register exports an assessment names and turns the
/// report into the `RegisterEvidence` the gratuities, procurement and business-interests
/// plugins consume.
public struct RegisterCrosscheck: RegisterEvidenceProvider {
    /// Rows listed per check in the evidence (the full list is in `probity crosscheck`).
    public var rowsPerCheck: Int
    public var skipBadRows: Bool
    /// Folders besides the assessment's own that the files it names may lie in (`--allow-folder`).
    public var allowedFolders: [String]
    /// The largest register export read (a force's registers run to a few hundred MiB at most).
    public static let maximumRegisterBytes = 4 << 30
    /// The largest mapping or rules file read.
    public static let maximumSettingsBytes = 16 << 20

    public init(rowsPerCheck: Int = 20, skipBadRows: Bool = false, allowedFolders: [String] = []) {
        self.rowsPerCheck = rowsPerCheck
        self.skipBadRows = skipBadRows
        self.allowedFolders = allowedFolders
    }

    /// nil when the assessment names no registers. Paths are relative to `baseDirectory` (the
    /// assessment file's folder); all four registers must be named.
    public func evidence(for assessment: Assessment, file: String, baseDirectory: String) throws(ProbityError) -> RegisterEvidence? {
        guard let registers = assessment.registers else { return nil }
        let files = try resolve(registers, file: file, baseDirectory: baseDirectory, requireAll: true)
        guard let paths = files.paths else { return nil }
        let asOf = Self.asOf(for: assessment).date
        do {
            let report = try Crosschecker(rules: try files.loadRules()).run(
                files: paths, loader: RegisterLoader(mapping: try files.loadMapping(), skipBadRows: skipBadRows),
                asOf: asOf, workforce: assessment.force.workforce)
            return evidence(from: report, asOf: asOf, files: [registers.hospitality, registers.contracts, registers.suppliers, registers.interests].compactMap { $0 })
        } catch let error as RegisterError {
            throw .register(message: TerminalText.excerpt(error.message, limit: 300))
        } catch let error as ProbityError {
            throw error
        } catch {
            throw .other(file: file, reason: "\(error)")
        }
    }

    /// The date an assessment's reviews are judged at, and where it comes from: its
    /// `registers.asOf`, else the end of its period (what the scorecard uses).
    public static func asOf(for assessment: Assessment) -> (date: LocalDate, basis: String) {
        if let asOf = assessment.registers?.asOf { return (asOf, "the assessment's registers.asOf") }
        return (assessment.period.end, "the end of the assessment period")
    }

    /// The files an assessment's `registers` names, each checked to lie in its folder (or an
    /// allowed one), as real paths. With `requireAll`, all four registers must be named.
    public func resolve(_ registers: RegisterFiles, file: String, baseDirectory: String,
                        requireAll: Bool) throws(ProbityError) -> ResolvedRegisterFiles {
        let names: [(String, String?)] = [("hospitality", registers.hospitality), ("contracts", registers.contracts),
                                          ("suppliers", registers.suppliers), ("interests", registers.interests)]
        let missing = names.filter { $0.1 == nil }.map(\.0)
        if requireAll, !missing.isEmpty {
            throw .invalidValue(file: file, path: JSONPath([.key("registers"), .key(missing[0])]),
                                reason: "missing register file; the cross-checks need all four registers (hospitality, contracts, suppliers, interests)")
        }
        let folder = ContainedFile(base: baseDirectory, allowed: allowedFolders)
        let resolve = { (key: String, name: String, limit: Int) throws(ProbityError) -> String in
            try folder.resolve(name, file: file, path: JSONPath([.key("registers"), .key(key)]), maximumBytes: limit)
        }
        var resolved = ResolvedRegisterFiles()
        for (key, name) in names {
            guard let name, let kind = RegisterKind(rawValue: key) else { continue }
            resolved.registers[kind] = try resolve(key, name, Self.maximumRegisterBytes)
        }
        resolved.rules = try registers.rules.map { name throws(ProbityError) in try resolve("rules", name, Self.maximumSettingsBytes) }
        resolved.mapping = try registers.mapping.map { name throws(ProbityError) in try resolve("mapping", name, Self.maximumSettingsBytes) }
        return resolved
    }

    /// The plugins' view of a cross-check report.
    public func evidence(from report: CrosscheckReport, asOf: LocalDate, files: [String]) -> RegisterEvidence {
        let checks = CheckID.allCases.compactMap { check -> RegisterCheckResult? in
            guard let id = RegisterCheckID(rawValue: check.rawValue) else { return nil }
            let found = report.findings.filter { $0.check == check }
            return RegisterCheckResult(
                id: id, title: check.title, count: found.count,
                severe: found.filter { $0.severity == .high }.count,
                rows: found.prefix(rowsPerCheck).map { "\($0.register.rawValue):\($0.rowID.rawValue)" })
        }
        let health = report.health
        return RegisterEvidence(
            files: files, asOf: asOf, checks: checks,
            health: ProbityCore.RegisterHealth(
                hospitalityEntries: health.hospitalityEntries, declined: health.declined,
                chiefOfficerEntries: health.chiefOfficerEntries,
                entriesPerThousandWorkforce: health.entriesPer1000Workforce,
                valueBands: health.valueBands.map { ValueBandCount(label: $0.label, count: $0.entries) },
                interests: report.rows["interests"] ?? 0, contracts: report.rows["contracts"] ?? 0,
                suppliers: report.rows["suppliers"] ?? 0),
            skippedRows: report.skipped.count)
    }
}
