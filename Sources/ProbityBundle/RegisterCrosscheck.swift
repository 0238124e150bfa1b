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
        let names: [(String, String?)] = [("hospitality", registers.hospitality), ("contracts", registers.contracts),
                                          ("suppliers", registers.suppliers), ("interests", registers.interests)]
        let missing = names.filter { $0.1 == nil }.map(\.0)
        if !missing.isEmpty {
            throw .invalidValue(file: file, path: JSONPath([.key("registers"), .key(missing[0])]),
                                reason: "missing register file; the cross-checks need all four registers (hospitality, contracts, suppliers, interests)")
        }
        let folder = ContainedFile(base: baseDirectory, allowed: allowedFolders)
        let resolve = { (key: String, name: String?, limit: Int) throws(ProbityError) -> String in
            try folder.resolve(name ?? "", file: file, path: JSONPath([.key("registers"), .key(key)]), maximumBytes: limit)
        }
        let paths = RegisterPaths(hospitality: try resolve("hospitality", registers.hospitality, Self.maximumRegisterBytes),
                                  contracts: try resolve("contracts", registers.contracts, Self.maximumRegisterBytes),
                                  suppliers: try resolve("suppliers", registers.suppliers, Self.maximumRegisterBytes),
                                  interests: try resolve("interests", registers.interests, Self.maximumRegisterBytes))
        let rulesPath = try registers.rules.map { name throws(ProbityError) in try resolve("rules", name, Self.maximumSettingsBytes) }
        let mappingPath = try registers.mapping.map { name throws(ProbityError) in try resolve("mapping", name, Self.maximumSettingsBytes) }
        let asOf = registers.asOf ?? assessment.period.end
        do {
            let rules = try rulesPath.map { try CrosscheckRules.load(path: $0) } ?? .defaults
            let mapping = try mappingPath.map { try ColumnMapping.load(path: $0) } ?? .identity
            let report = try Crosschecker(rules: rules).run(
                files: paths, loader: RegisterLoader(mapping: mapping, skipBadRows: skipBadRows),
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
