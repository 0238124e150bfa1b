import Foundation
import Testing
import ProbityCore
@testable import ProbityRegisters

/// The benchmark's size S as a correctness test: generate it with the bench's own generator
/// (`../shared/bench/gen_registers.py`, seed 1), run the cross-check, and score it against the
/// generator's ground truth the way `evaluate.py` does.  Skipped, visibly, when python3 or
/// the generator is not there.
@Suite struct BenchSCorrectnessTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// `../shared/bench` beside the package, or `$PROBITY_BENCH_DIR`.
    static let generator = (ProcessInfo.processInfo.environment["PROBITY_BENCH_DIR"].map { URL(fileURLWithPath: $0) }
        ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared/bench"))
        .appendingPathComponent("gen_registers.py")

    static var available: Bool {
        FileManager.default.fileExists(atPath: generator.path) && run(["python3", "--version"]) == 0
    }

    @discardableResult
    static func run(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        } catch {
            return -1
        }
    }

    @Test(.enabled(if: available, "needs python3 and ../shared/bench/gen_registers.py (or $PROBITY_BENCH_DIR)"))
    func sizeSMeetsTheTargets() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-S-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let status = Self.run(["python3", Self.generator.path, "--size", "S", "--seed", "1", "--out", directory.path])
        try #require(status == 0, "the generator failed")
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        let report = try Crosschecker(rules: try CrosscheckRules.defaults).run(
            files: RegisterPaths(hospitality: path("hospitality.csv"), contracts: path("contracts.csv"),
                                 suppliers: path("suppliers.csv"), interests: path("interests.csv")),
            loader: RegisterLoader(), asOf: LocalDate(year: 2025, month: 3, day: 31) ?? LocalDate(daysSinceEpoch: 0))

        let names = try Self.scoreNames(report, truth: CSVReader.open(path: path("truth_names.csv")).readAll())
        #expect(names.precision >= 0.999, "name precision \(names.precision)")
        #expect(names.recall >= 0.999, "name recall \(names.recall)")

        let truth = try CSVReader.open(path: path("truth_checks.csv")).readAll()
        for check in CheckID.allCases {
            let expected = Set(truth.rows.filter { $0[0] == check.rawValue }.map { $0[1] })
            let planted = Set(truth.rows.filter { $0[0] == check.rawValue && $0[4] == "1" }.map { $0[1] })
            let found = Set(report.findings.filter { $0.check == check }.map(\.rowID.rawValue))
            let tp = Double(found.intersection(expected).count)
            let precision = found.isEmpty ? 1 : tp / Double(found.count)
            let recall = expected.isEmpty ? 1 : tp / Double(expected.count)
            #expect(planted.isSubset(of: found), "check \(check.rawValue): planted rows missed")
            switch check {
            case .a, .b, .bWorse:
                #expect(precision >= 0.99 && recall >= 0.99, "check \(check.rawValue): P \(precision) R \(recall)")
            case .c, .d, .e:
                #expect(found == expected, "check \(check.rawValue) must be exactly right")
            }
        }
    }

    /// Row-level precision and recall of supplier matching, as `evaluate.py` computes them.
    static func scoreNames(_ report: CrosscheckReport, truth: CSVTable) -> (precision: Double, recall: Double) {
        var predicted: [String: String] = [:]
        for entry in report.names {
            predicted["\(entry.source.rawValue)\u{1}\(entry.typedName)"] = entry.supplierID?.rawValue ?? ""
        }
        var tp = 0, fp = 0, fn = 0
        for row in truth.rows {
            let actual = row[3], guess = predicted["\(row[0])\u{1}\(row[2])"] ?? ""
            let ok = !actual.isEmpty && guess == actual
            if ok { tp += 1 }
            if !guess.isEmpty && !ok { fp += 1 }
            if !actual.isEmpty && !ok { fn += 1 }
        }
        return (tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp), tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn))
    }
}
