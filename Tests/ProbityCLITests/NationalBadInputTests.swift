import Foundation
import Testing

/// Every bad input to `probity national` gives one precise error naming the file and the
/// place, and a non-zero exit; nothing is written to standard output.
@Suite struct NationalBadInputTests {
    @Test(arguments: [
        ("national-cases/duplicate-code",
         ["Error: national-cases/duplicate-code/b-force.json: force.code: force code \"F01\" is also used by national-cases/duplicate-code/a-force.json; each force needs its own code"]),
        ("national-cases/not-an-assessment",
         ["Error: national-cases/not-an-assessment/meeting-notes.json: schemaVersion: missing required field; expected one of 1"]),
        ("national-cases/invalid-return",
         ["error: national-cases/invalid-return/force-01.json: dataReturns.information.investigations.total: 104 does not equal continuing + referredExternally + noFurtherAction + managementAction + leftService = 105 (continuing 29, referredExternally 1, noFurtherAction 45, managementAction 29, leftService 1)",
          "Error: 1 error"]),
        ("national-cases/mixed-checklists",
         ["Error: national-cases/mixed-checklists/force-02.json: checklist: answers wfof-2011@1.0.0 but national-cases/mixed-checklists/force-01.json answers revisit-2012@1.0.0; a national view needs every force to answer the same checklist"]),
        ("no-such-directory", ["Error: no-such-directory: no such file"]),
        ("national/force-01.json",
         ["Error: national/force-01.json: not a directory; give the directory holding the forces' assessment files"]),
    ])
    func aBadDirectoryIsRefusedWithAPreciseError(_ directory: String, _ expected: [String]) {
        let result = CLIHarness.run(["national", directory])
        #expect(result.code == 1)
        #expect(result.stderrLines == expected)
        #expect(result.stdout.isEmpty)
    }

    @Test func aDirectoryWithoutAssessmentsIsRefused() throws {
        let directory = try CLIHarness.temporaryDirectory()
        try Data("not json".utf8).write(to: directory.appendingPathComponent("readme.txt"))
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub.json"), withIntermediateDirectories: true)
        let result = CLIHarness.run(["national", "."], in: directory)
        #expect(result.code == 1)
        #expect(result.stderrLines == ["Error: .: no assessment files (*.json) in the directory"])
    }

    @Test func aMalformedFileIsNamedWithItsLineAndColumn() throws {
        let directory = try CLIHarness.temporaryDirectory()
        try FileManager.default.copyItem(at: CLIHarness.fixtures.appendingPathComponent("national/force-01.json"),
                                         to: directory.appendingPathComponent("force-01.json"))
        try Data("{\n  \"schemaVersion\": 1,\n}\n".utf8).write(to: directory.appendingPathComponent("force-02.json"))
        let result = CLIHarness.run(["national", "."], in: directory)
        #expect(result.code == 1)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderrLines.first?.hasPrefix("Error: ./force-02.json:3:1: malformed JSON") == true, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [
        (["--expected-forces", "0"], "Error: --expected-forces expects a positive whole number, found '0'"),
        (["--expected-forces", "many"], "Error: --expected-forces expects a positive whole number, found 'many'"),
        (["--outlier-k", "-1"], "Error: --outlier-k expects a number more than 0, found '-1'"),
        (["--outlier-k", "nan"], "Error: --outlier-k expects a number more than 0, found 'nan'"),
        (["--format", "xml"], "Error: unknown format 'xml'; expected one of text, json, markdown"),
        (["--expected", "44"], "Error: unknown option --expected; did you mean --expected-forces?"),
    ])
    func aBadOptionIsAUsageError(_ options: [String], _ message: String) {
        let result = CLIHarness.run(["national", "national"] + options)
        #expect(result.code == 64)
        #expect(result.stderrLines.first?.hasPrefix(message) == true, "\(result.stderr)")
        #expect(result.stderrLines.dropFirst().first?.hasPrefix("Usage: probity national DIR [--format FORMAT]") == true)
        #expect(result.stdout.isEmpty)
    }

    @Test func helpDescribesTheCommand() {
        let result = CLIHarness.run(["national", "--help"])
        #expect(result.code == 0 && result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("OVERVIEW: Aggregate many forces' assessments into the national view."))
        #expect(result.stdout.contains("USAGE: probity national DIR [--format FORMAT] [--expected-forces N]"))
        #expect(CLIHarness.run(["national"]).stderrLines.first == "Error: missing argument DIR")
    }

    @Test func aRulesFileIsCheckedAgainstThePluginsSchemas() throws {
        let directory = try CLIHarness.temporaryDirectory()
        try Data("""
            {"schemaVersion": 1, "periodFigures": ["investigations"],
             "shares": [{"id": "x", "label": "X", "numerator": "information:investigations.totl", "denominator": "medja:investigations.total"}],
             "outliers": {"k": 2, "minimumForces": 5, "figures": ["information:investigations.total"]}}
            """.utf8).write(to: directory.appendingPathComponent("rules.json"))
        let fixture = CLIHarness.fixtures.appendingPathComponent("national").path
        let result = CLIHarness.run(["national", fixture, "--rules", "rules.json"], in: directory)
        #expect(result.code == 1)
        #expect(result.stderrLines == [
            "error: rules.json: shares[0].numerator: the information data return has no figure \"investigations.totl\"; did you mean \"investigations.total\"?",
            "error: rules.json: shares[0].denominator: unknown area \"medja\" in \"medja:investigations.total\"; did you mean \"media\"?",
            "Error: 2 errors",
        ])
    }

    @Test func aRulesFileReplacesTheStandardRules() throws {
        let directory = try CLIHarness.temporaryDirectory()
        try Data("""
            {"schemaVersion": 1, "periodFigures": ["investigations"],
             "shares": [{"id": "media-share", "label": "Media share of integrity investigations",
                         "numerator": "media:investigations.total", "denominator": "professional-standards:investigations.total"}],
             "outliers": {"k": 50, "minimumForces": 5, "figures": ["media:investigations.total"]}}
            """.utf8).write(to: directory.appendingPathComponent("rules.json"))
        let fixture = CLIHarness.fixtures.appendingPathComponent("national").path
        let result = CLIHarness.run(["national", fixture, "--rules", "rules.json"], in: directory)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("    Media share of integrity investigations: 1% (19 of 2,207; 44 forces)\n"))
        #expect(!result.stdout.contains("Information disclosure share"))
        #expect(result.stdout.contains("  media:investigations.total\n"))
        #expect(result.stdout.contains("    entries.total 3,512 from 44 forces: mean 79.8 per force\n"), "entries are not period figures in these rules")
    }
}
