import Foundation
import Testing

/// Issue 11, "Words": no output says "1 entries", "met 1 times", "item(s)", "regraded the
/// evidence of 0" or "named below -0.01". Runs the CLI in-process over a broad set of outputs,
/// on fixtures whose counts include exactly 0 and 1, and scans standard output and standard
/// error of each with `WordingScanner`.
@Suite struct OutputWordingTests {
    static let fixtures = CLIHarness.fixtures
    static let html = CLIHarness.packageRoot.appendingPathComponent("Tests/ProbityReportsTests/Golden/html/fixtures")
    static let examples = CLIHarness.packageRoot.appendingPathComponent("docs/examples")

    /// Fails naming the output and each wrongly worded phrase.
    func expectGrammatical(_ outputs: [(name: String, run: CLIRun)], sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (name, run) in outputs {
            #expect(!(run.stdout + run.stderr).isEmpty, "\(name) printed nothing", sourceLocation: sourceLocation)
            let problems = try WordingScanner.problems(in: run.stdout + "\n" + run.stderr)
            #expect(problems.isEmpty, "\(name):\n\(problems.joined(separator: "\n"))", sourceLocation: sourceLocation)
        }
    }

    func runs(_ label: String, _ arguments: [String], in directory: URL, formats: [String]) -> [(name: String, run: CLIRun)] {
        formats.map { format in ("\(label) --format \(format)", CLIHarness.run(arguments + ["--format", format], in: directory)) }
    }

    @Test func scorecardsInEveryFormat() throws {
        let formats = ["text", "markdown", "json", "html", "csv"]
        try expectGrammatical(
            runs("score hostile-2012", ["score", "hostile-2012.json"], in: Self.html, formats: formats)
                + runs("score northshire-2012", ["score", "northshire-2012.json"], in: Self.examples, formats: formats)
                + runs("score northshire-2011", ["score", "northshire-2011.json"], in: Self.examples, formats: formats)
                + runs("score valid-minimal", ["score", "assessments/valid-minimal.json"], in: Self.fixtures, formats: formats)
                + runs("score integrity-2014", ["score", "third-year/integrity-2014.json"], in: Self.fixtures, formats: ["text", "markdown"])
                + runs("score eastmoor-2011", ["score", "compare/eastmoor-2011.json"], in: Self.fixtures, formats: ["text", "markdown"])
                + runs("score lancashire-2012", ["score", "hmic/lancashire-2012.json"], in: Self.fixtures, formats: ["text", "markdown"])
                + runs("demo", ["demo"], in: Self.fixtures, formats: ["text", "markdown", "json"])
                + [("report hostile-2012", CLIHarness.run(["report", "hostile-2012.json"], in: Self.html)),
                   ("report moderated hostile-2012", CLIHarness.run(["report", "hostile-2012.json", "--moderation", "hostile-2012.moderation.json"], in: Self.html))])
    }

    /// The standard four-entry log (1 overstated, 1 understated, 1 evidence regraded) and a
    /// one-entry log (nothing understated, no evidence regraded), in every moderated format.
    @Test func moderatedScorecardsWithOneEntryAndWithFour() throws {
        let one = try ModerationWorkspace()
        #expect(one.moderate(ModerationWorkspace.standardEntries[0]).code == 0)
        let four = try ModerationWorkspace()
        try four.moderateStandard()
        let formats = ["text", "markdown", "json", "html"]
        var outputs: [(name: String, run: CLIRun)] = []
        for (label, workspace) in [("one entry", one), ("four entries", four)] {
            outputs += runs("score --moderation (\(label))", ["score", "assessment.json", "--moderation", "mod.json"],
                            in: workspace.directory, formats: formats)
            outputs.append(("verify (\(label))", workspace.run(["verify", "assessment.json", "mod.json"])))
        }
        outputs.append(("moderate, a further entry", four.moderate(ModerationWorkspace.lead + ["--item", "MR-04", "--status", "met", "--rationale", "Seen."])))
        try four.tamper { entries in entries[1]["rationale"] = "edited" }
        outputs.append(("verify, one entry edited", four.run(["verify", "assessment.json", "mod.json"])))
        outputs.append(("moderate onto an edited log", four.moderate(ModerationWorkspace.lead + ["--item", "MR-04", "--status", "met", "--rationale", "Seen."])))
        try expectGrammatical(outputs)
    }

    @Test func comparisonsAndPlans() throws {
        let compare = Self.fixtures.appendingPathComponent("compare")
        let pair = ["compare", "eastmoor-2011.json", "eastmoor-2012.json"]
        let plans = try CLIHarness.temporaryDirectory()
        try FileManager.default.copyItem(at: compare.appendingPathComponent("eastmoor-2011.json"), to: plans.appendingPathComponent("eastmoor-2011.json"))
        try FileManager.default.copyItem(at: compare.appendingPathComponent("eastmoor-2012.json"), to: plans.appendingPathComponent("eastmoor-2012.json"))
        let written = CLIHarness.run(["plan", "eastmoor-2011.json", "-o", "plan.json"], in: plans)
        try expectGrammatical(
            runs("compare", pair, in: compare, formats: ["text", "markdown", "html", "json"])
                + runs("compare --plan", pair + ["--plan", "plans/eastmoor-plan.json", "--as-of", "2012-05-31"], in: compare, formats: ["text", "markdown", "html"])
                + runs("compare westshire", ["compare", "eastmoor-2012.json", "westshire-2012.json", "--allow-different-forces"], in: compare, formats: ["text", "markdown"])
                + runs("compare leicestershire", ["compare", "leicestershire-2011.json", "leicestershire-2012.json"], in: Self.fixtures.appendingPathComponent("hmic"), formats: ["text", "markdown", "html"])
                + [("plan", CLIHarness.run(["plan", "eastmoor-2011.json"], in: compare)),
                   ("plan -o", written),
                   ("plan --update", CLIHarness.run(["plan", "eastmoor-2012.json", "--update", "plan.json", "-o", "plan.json", "--overwrite"], in: plans)),
                   ("plan --check, 1 overdue and 1 unowned", CLIHarness.run(["plan", "--check", "plans/eastmoor-plan.json", "--as-of", "2011-09-01"], in: compare)),
                   ("plan --check, one day overdue", CLIHarness.run(["plan", "--check", "plans/eastmoor-plan.json", "--as-of", "2011-07-01"], in: compare)),
                   ("plan --check, on track", CLIHarness.run(["plan", "--check", "plans/eastmoor-plan-on-track.json", "--as-of", "2012-05-31"], in: compare)),
                   ("plan --check, today", CLIHarness.run(["plan", "--check", "plans/westshire-plan.json"], in: compare))])
    }

    /// The 44-force fixture, and three forces with gaps (one force missing, items not assessed).
    @Test func nationalViews() throws {
        let full = ["national", "national", "--expected-forces", "44"]
        let incomplete = ["national", "national-cases/incomplete", "--expected-forces", "4"]
        try expectGrammatical(
            runs("national", full, in: Self.fixtures, formats: ["text", "markdown", "html"])
                + runs("national incomplete", incomplete, in: Self.fixtures, formats: ["text", "markdown", "html", "json"])
                + runs("national incomplete, 5 expected", ["national", "national-cases/incomplete", "--expected-forces", "5"], in: Self.fixtures, formats: ["text", "html"]))
    }

    /// Valid files, and every bad file (most have exactly one error).
    @Test func validation() throws {
        let bad = Self.fixtures.appendingPathComponent("assessments/bad")
        let files = try FileManager.default.contentsOfDirectory(atPath: bad.path).filter { $0.hasSuffix(".json") }.sorted()
        try expectGrammatical(
            [("validate valid-minimal", CLIHarness.run(["validate", "assessments/valid-minimal.json"], in: Self.fixtures)),
             ("validate northshire-2012", CLIHarness.run(["validate", "northshire-2012.json"], in: Self.examples)),
             ("validate hostile-2012", CLIHarness.run(["validate", "hostile-2012.json"], in: Self.html))]
                + files.map { ("validate bad/\($0)", CLIHarness.run(["validate", $0], in: bad)) })
    }

    /// The demo registers, and the small registers of `CrosscheckCommandTests` with one bad row.
    @Test func crosschecks() throws {
        let registers = Self.examples.appendingPathComponent("registers")
        let demo = ["crosscheck", "--hospitality", "hospitality.csv", "--contracts", "contracts.csv", "--suppliers", "suppliers.csv",
                    "--interests", "interests.csv", "--as-of", "2012-05-31", "--workforce", "1000"]
        let small = try CrosscheckCommandTests.registers(["hospitality.csv": Array((CrosscheckCommandTests.hospitality + "H9,2024-13-01,S1,x,PC,y,business,gratuity,z,1,accepted,\r\n").utf8)])
        try expectGrammatical(
            runs("crosscheck demo", demo, in: registers, formats: ["text", "json"])
                + [("crosscheck, one bad row skipped", CLIHarness.run(CrosscheckCommandTests.arguments + ["--skip-bad-rows"], in: small)),
                   ("crosscheck, one bad row", CLIHarness.run(CrosscheckCommandTests.arguments, in: small))])
    }

    @Test func formsExportsAndFileCommands() throws {
        let directory = try CLIHarness.temporaryDirectory()
        try expectGrammatical(
            [("form wfof-2011", CLIHarness.run(["form", "--checklist", "wfof-2011"])),
             ("form revisit-2012", CLIHarness.run(["form", "--checklist", "revisit-2012"])),
             ("form -o", CLIHarness.run(["form", "--checklist", "revisit-2012", "-o", "form.html"], in: directory)),
             ("export csv hostile-2012", CLIHarness.run(["export", "hostile-2012.json", "--format", "csv"], in: Self.html)),
             ("export oscal-results hostile-2012", CLIHarness.run(["export", "hostile-2012.json", "--format", "oscal-results"], in: Self.html)),
             ("export csv valid-minimal", CLIHarness.run(["export", "assessments/valid-minimal.json", "--format", "csv"], in: Self.fixtures)),
             ("init", CLIHarness.run(["init", "--force", "Test Police", "--year", "2012", "-o", "new.json"], in: directory)),
             ("checklist validate", CLIHarness.run(["checklist", "validate"], in: directory)),
             ("demo --write-files", CLIHarness.run(["demo", "--write-files", "demo"], in: directory))])
    }

    /// The scan catches what issue 11 reported and passes what is right.
    @Test func theScannerCatchesTheReportedWordingAndPassesGoodText() throws {
        let wrong = ["The board met 1 times in the period.", "Moderation log (1 entries).", "3 actions: 1 actions open",
                     "score over 1 answered items", "2 answer or strength finding(s) without penalty",
                     "the inspector regraded the evidence of 0, reclassified 1", "named below -0.01 or above 0.2",
                     "main.swift: 1 errors", "The force opened 1 investigations into", "validate: valid, 0 errors, 1 warnings; 1 answers, 1 evidence records",
                     "1 investigations / 12 months", "0 national / 1 investigations"]
        for text in wrong { #expect(try !WordingScanner.problems(in: text).isEmpty, "\(text)") }
        let right = ["dated 1 Jan 2012", "0.69 per 1,000 workforce", "1 of 3 items answered", "met once", "EV-1 items",
                     "1 entry, 2 entries", "4 FTE for 5,800 staff", "2.1 months", "filter(function (s) { return s; })",
                     "regraded the evidence of 1 item", "regraded no evidence", "named below 0.01 or above 0.2",
                     "1 in 3 forces", "1 investigation / 12 months", "0 national / 1 investigation"]
        for text in right { #expect(try WordingScanner.problems(in: text).isEmpty, "\(text)") }
    }
}
