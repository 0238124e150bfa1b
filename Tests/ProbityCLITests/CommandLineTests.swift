import Foundation
import ProbityCLI
import Testing

/// Help, version and usage errors follow swift-argument-parser's conventions.
@Suite struct CommandLineTests {
    @Test func versionAndHelpGoToStandardOutput() {
        let version = CLIHarness.run(["--version"])
        #expect(version.code == 0 && version.stdout == "probity 0.0.0-test\n" && version.stderr.isEmpty)
        let help = CLIHarness.run(["--help"])
        #expect(help.code == 0 && help.stdout.contains("USAGE: probity <command> [options]"))
    }

    @Test(arguments: CommandRegistry.commands.map(\.spec.path))
    func everyCommandHasHelp(_ command: [String]) {
        let result = CLIHarness.run(command + ["--help"])
        #expect(result.code == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        #expect(result.stdout.contains("USAGE: probity \(command.joined(separator: " "))"))
    }

    @Test func anUnknownOptionIsAUsageErrorWithASuggestion() {
        let result = CLIHarness.run(["init", "--forse", "X"])
        #expect(result.code == 64)
        #expect(result.stderrLines == [
            "Error: unknown option --forse; did you mean --force?",
            "Usage: probity init [--force NAME] [--year YEAR] [--code CODE] [--workforce N] [--checklist ID] [--output FILE] [--overwrite] [--checklists DIR]",
            "See 'probity init --help'.",
        ])
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnknownCommandSuggestsTheNearestOne() {
        let result = CLIHarness.run(["chekclist", "list"])
        #expect(result.code == 64)
        #expect(result.stderrLines.first == "Error: unknown command 'chekclist list'; did you mean 'checklist list'?")
    }

    @Test func missingArgumentsAndBadValues() {
        #expect(CLIHarness.run(["score"]).stderrLines.first == "Error: missing argument FILE")
        #expect(CLIHarness.run(["init", "--force", "X", "--year", "twenty"]).stderrLines.first == "Error: --year expects a year such as 2012, found 'twenty'")
        #expect(CLIHarness.run(["score", "a.json", "--format", "jsn"]).stderrLines.first == "Error: unknown format 'jsn'; expected one of text, json, markdown, html, csv, oscal-results, xlsx; did you mean 'json'?")
        #expect(CLIHarness.run(["score", "a.json", "--format"]).stderrLines.first == "Error: missing value for --format FORMAT")
        #expect(CLIHarness.run(["checklist", "show", "revisit-2012", "--area", "gratuity"]).stderrLines.first
            == "Error: unknown area 'gratuity'; expected one of media, information, gratuities, procurement, business-interests, professional-standards, governance; did you mean 'gratuities'?")
    }

    @Test func checklistsAreListedAndShown() {
        let list = CLIHarness.run(["checklist", "list"])
        #expect(list.code == 0)
        #expect(list.stdout.contains("revisit-2012") && list.stdout.contains("wfof-2011"))
        let show = CLIHarness.run(["checklist", "show", "wfof-2011", "--area", "gratuities"])
        #expect(show.code == 0)
        #expect(show.stdout.contains("GH-01"))
        #expect(show.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "lines fit 80 columns")
        #expect(CLIHarness.run(["checklist", "show", "wfof-2099"]).stderrLines.first
            == "Error: unknown checklist \"wfof-2099\"; available: revisit-2012@1.0.0, wfof-2011@1.0.0")
    }

    @Test func theShippedChecklistsValidate() {
        let result = CLIHarness.run(["checklist", "validate"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ok: Checklists/revisit-2012.json"))
    }

    @Test func aBrokenChecklistFileIsReportedWithItsPlaces() throws {
        let directory = try CLIHarness.temporaryDirectory()
        let source = try String(contentsOf: CLIHarness.packageRoot.appendingPathComponent("Checklists/wfof-2011.json"), encoding: .utf8)
        var json = try #require(try JSONSerialization.jsonObject(with: Data(source.utf8)) as? [String: Any])
        var areas = try #require(json["areas"] as? [[String: Any]])
        var items = try #require(areas[0]["items"] as? [[String: Any]])
        items[1]["id"] = items[0]["id"]
        items[2]["weight"] = -1
        areas[0]["items"] = items
        json["areas"] = areas
        try JSONSerialization.data(withJSONObject: json).write(to: directory.appendingPathComponent("broken.json"))
        let result = CLIHarness.run(["checklist", "validate", "broken.json"], in: directory)
        #expect(result.code == 1)
        #expect(result.stderr.contains("error: broken.json: areas[0].items[1].id: duplicate item id \"MR-01\""))
        #expect(result.stderr.contains("error: broken.json: areas[0].items[2].weight: weight must be positive, found -1.0"))
    }
}

/// `init` writes a blank assessment that `validate` accepts, for every shipped checklist, and
/// never replaces a file unless asked.
@Suite struct InitCommandTests {
    @Test(arguments: ["wfof-2011", "revisit-2012"])
    func initThenValidateRoundTrips(_ checklist: String) throws {
        let directory = try CLIHarness.temporaryDirectory()
        let made = CLIHarness.run(["init", "--force", "Testshire Police", "--year", "2012", "--checklist", checklist, "-o", "a.json"], in: directory)
        #expect(made.code == 0, "\(made.stderr)")
        let validated = CLIHarness.run(["validate", "a.json"], in: directory)
        #expect(validated.code == 0, "\(validated.stderr)")
        #expect(validated.stdout.hasPrefix("a.json: valid, 0 errors, 0 warnings"))
        let scored = CLIHarness.run(["score", "a.json"], in: directory)
        #expect(scored.code == 0, "\(scored.stderr)")
        #expect(scored.stdout.contains("OVERALL: NOT GRADED: INSUFFICIENT EVIDENCE\n  Overall grade withheld: "),
                "a blank assessment has nothing to grade")
        #expect(!scored.stdout.contains("INADEQUATE") && !scored.stdout.contains("Inadequate"), "never a grade of zero")
    }

    @Test func initPicksTheChecklistForTheYear() throws {
        let result = CLIHarness.run(["init", "--force", "Testshire Police", "--year", "2011"])
        #expect(result.stdout.contains("\"id\" : \"wfof-2011\""))
        #expect(result.stdout.contains("\"code\" : \"TP\""))
    }

    @Test func initNeverOverwritesUnlessAsked() throws {
        let directory = try CLIHarness.temporaryDirectory()
        let file = directory.appendingPathComponent("a.json")
        try Data("my work\n".utf8).write(to: file)
        let refused = CLIHarness.run(["init", "--force", "X", "--year", "2012", "-o", "a.json"], in: directory)
        #expect(refused.code == 1)
        #expect(refused.stderr == "Error: a.json: file exists; use --overwrite to replace it\n".replacingOccurrences(of: "a.json: file", with: "\(file.path): file"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "my work\n")
        let replaced = CLIHarness.run(["init", "--force", "X", "--year", "2012", "-o", "a.json", "--overwrite"], in: directory)
        #expect(replaced.code == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("{"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "no temporary files left behind")
    }

    @Test func writingIntoAMissingDirectoryFailsCleanly() throws {
        let directory = try CLIHarness.temporaryDirectory()
        let result = CLIHarness.run(["init", "--force", "X", "--year", "2012", "-o", "nowhere/a.json"], in: directory)
        #expect(result.code == 1)
        #expect(result.stderr.contains("cannot write the file: the directory"))
    }
}

/// Every command that writes a file says so, and a mistyped command gets a suggestion.
@Suite struct WrittenFileTests {
    @Test(arguments: [["export", "%", "--format", "csv"], ["score", "%", "--format", "json"], ["compare", "%", "%"]])
    func aWrittenFileIsAnnounced(_ template: [String]) throws {
        let directory = try CLIHarness.temporaryDirectory()
        let demo = CLIHarness.packageRoot.appendingPathComponent("docs/examples/northshire-2012.json").path
        let result = CLIHarness.run(template.map { $0 == "%" ? demo : $0 } + ["-o", "out"], in: directory)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("wrote out ("), "\(result.stderr)")
        #expect(result.stderr.hasSuffix(" bytes)\n"))
    }

    @Test func aTransposedCommandIsSuggested() {
        let result = CLIHarness.run(["scroe"])
        #expect(result.code == 64)
        #expect(result.stderrLines.first == "Error: unknown command 'scroe'; did you mean 'score'?")
    }
}

