import Foundation
import Testing
import ProbityCLI

/// `crosscheck --assessment`: the registers, date and workforce come from the assessment, so the
/// cross-check agrees with the scorecard (issue 11: today's date found 7 overdue reviews where
/// the scorecard, at the period end, found 1), and every report says which date it used.
@Suite struct CrosscheckAssessmentTests {
    /// The demo files written into a fresh folder: northshire-2011.json, northshire-2012.json
    /// and registers/.
    static func demo() throws -> URL {
        let directory = try CLIHarness.temporaryDirectory()
        let written = CLIHarness.run(["demo", "--write-files", "demo"], in: directory)
        #expect(written.code == 0, "\(written.stderr)")
        return directory.appendingPathComponent("demo")
    }

    static let registerOptions = ["--hospitality", "registers/hospitality.csv", "--contracts", "registers/contracts.csv",
                                  "--suppliers", "registers/suppliers.csv", "--interests", "registers/interests.csv"]

    @Test func takesTheDateTheScorecardUses() throws {
        let folder = try Self.demo()
        let result = CLIHarness.run(["crosscheck", "--assessment", "northshire-2012.json", "-q", "--format", "csv"], in: folder)
        #expect(result.code == 0, "\(result.stderr)")
        let overdue = result.stdout.split(separator: "\n").filter { $0.hasPrefix("e,") }
        #expect(overdue.count == 1, "\(result.stdout)")
        let text = CLIHarness.run(["crosscheck", "--assessment", "northshire-2012.json", "-q"], in: folder)
        #expect(text.stdout.hasPrefix("Register cross-check, as of 2012-05-31 (the assessment's registers.asOf)\n"))
        let json = CLIHarness.run(["crosscheck", "--assessment", "northshire-2012.json", "-q", "--format", "json"], in: folder)
        #expect(json.stdout.contains(#""asOfBasis" : "the assessment's registers.asOf""#), "\(json.stdout.prefix(300))")
    }

    @Test func withoutAnAssessmentSaysItJudgesAtToday() throws {
        let folder = try Self.demo()
        let result = CLIHarness.run(["crosscheck", "-q"] + Self.registerOptions, in: folder)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(
            "Register cross-check, as of 2026-01-01 (today; give --as-of DATE or --assessment FILE to judge at the end of a period)\n"))
        let given = CLIHarness.run(["crosscheck", "-q", "--as-of", "2012-05-31"] + Self.registerOptions, in: folder)
        #expect(given.stdout.hasPrefix("Register cross-check, as of 2012-05-31 (given with --as-of)\n"))
    }

    @Test func anOptionOverridesTheAssessment() throws {
        let folder = try Self.demo()
        let result = CLIHarness.run(["crosscheck", "--assessment", "northshire-2012.json", "-q", "--as-of", "2026-01-01",
                                     "--format", "csv"], in: folder)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("e,") }.count == 7)
    }

    @Test func anAssessmentWithoutRegistersIsAUsageError() throws {
        let folder = try Self.demo()
        let result = CLIHarness.run(["crosscheck", "--assessment", "northshire-2011.json"], in: folder)
        #expect(result.code == 64)
        #expect(result.stderr.hasPrefix("Error: northshire-2011.json names no registers; give the four register options instead\n"))
    }

    /// A moved assessment: the message names the field the path comes from and the folder it
    /// is relative to, for `score` and `crosscheck` alike.
    @Test func aMovedAssessmentSaysWhereItLooked() throws {
        let folder = try Self.demo()
        let moved = folder.appendingPathComponent("moved")
        try FileManager.default.createDirectory(at: moved, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: folder.appendingPathComponent("northshire-2012.json"),
                                         to: moved.appendingPathComponent("northshire-2012.json"))
        let real = try #require(realpath(moved.path, nil))
        defer { free(real) }
        let expected = """
            Error: moved/northshire-2012.json: registers.hospitality: no such file "registers/hospitality.csv" in \
            "\(String(cString: real))"; the path is relative to the folder of the file that names it

            """
        for command in [["score"], ["crosscheck", "--assessment"]] {
            let result = CLIHarness.run(command + ["moved/northshire-2012.json"], in: folder)
            #expect(result.code != 0)
            #expect(result.stderr == expected, "\(command): \(result.stderr)")
        }
    }
}
