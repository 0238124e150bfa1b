import Foundation
import Testing

/// Golden files for `probity score` in each format, on the demo force's 2012 assessment (which
/// names its registers, so the cross-checks run too) with the version and time fixed.
@Suite struct ScoreGoldenTests {
    static let golden = GoldenFile(directory: CLIHarness.fixtures.appendingPathComponent("golden/score"))
    static let examples = CLIHarness.packageRoot.appendingPathComponent("docs/examples")

    @Test(arguments: [("text", "northshire-2012.txt"), ("markdown", "northshire-2012.md"), ("json", "northshire-2012.json")])
    func scorecardFormat(_ format: String, _ golden: String) throws {
        let result = CLIHarness.run(["score", "northshire-2012.json", "--format", format], in: Self.examples)
        #expect(result.code == 0, "\(result.stderr)")
        try Self.golden.check(result.stdout, against: golden)
    }

    @Test func theOutputFileIsWrittenAtomicallyAndMatchesStandardOutput() throws {
        let directory = try CLIHarness.temporaryDirectory()
        let target = directory.appendingPathComponent("card.md").path
        let written = CLIHarness.run(["score", "northshire-2012.json", "--format", "markdown", "-o", target], in: Self.examples)
        #expect(written.code == 0 && written.stdout.isEmpty)
        let printed = CLIHarness.run(["score", "northshire-2012.json", "--format", "markdown"], in: Self.examples)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == printed.stdout)
    }
}
