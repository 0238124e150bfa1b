import Foundation
import ProbityReports
import Testing
@testable import ProbityCLI

/// Every command renders through the renderer tables: each format a command offers renders the
/// demo force, `--help` lists the table, HTML is reached the same way everywhere, and the
/// output plumbing carries bytes.
@Suite struct OutputPipelineTests {
    /// The demo files (`probity demo --write-files`) in a scratch directory.
    static func demo() throws -> URL {
        let directory = try CLIHarness.temporaryDirectory()
        try #require(CLIHarness.run(["demo", "--write-files", "."], in: directory).code == 0)
        return directory
    }

    static let registers = ["--hospitality", "registers/hospitality.csv", "--contracts", "registers/contracts.csv",
                            "--suppliers", "registers/suppliers.csv", "--interests", "registers/interests.csv",
                            "--as-of", "2012-06-30", "--quiet"]

    /// Each command line, with the formats its table offers.
    static func commands() -> [(arguments: [String], formats: [OutputFormat])] {
        [
            (["score", "northshire-2012.json"], ScoreCommand.renderers.formats),
            (["compare", "northshire-2011.json", "northshire-2012.json"], CompareCommand.renderers.formats),
            (["export", "northshire-2012.json"], ExportCommand.assessmentRenderers.formats),
            (["export", "--checklist", "revisit-2012"], ExportCommand.checklistRenderers.formats),
            (["crosscheck"] + registers, CrosscheckCommand.renderers.formats),
            (["demo"], DemoCommand.renderers.formats),
        ]
    }

    @Test func everyFormatEveryCommandOffersRendersTheDemo() throws {
        let directory = try Self.demo()
        for (arguments, formats) in Self.commands() {
            #expect(!formats.isEmpty)
            for format in formats {
                let result = CLIHarness.run(arguments + ["--format", format.rawValue], in: directory)
                #expect(result.code == 0, "\(arguments) --format \(format): \(result.stderr)")
                #expect(!result.stdout.isEmpty, "\(arguments) --format \(format) wrote nothing")
            }
        }
    }

    @Test func theNationalViewAndATraceRenderInEveryFormat() {
        // Every text format of the view has a trace; the workbook is the view's alone.
        #expect(NationalCommand.renderers.formats.filter { $0 != .xlsx } == Renderers.nationalTrace.formats)
        for format in NationalCommand.renderers.formats {
            let traces = Renderers.nationalTrace.formats.contains(format)
            for extra in [[], ["--trace", "information:investigations.total"]] where extra.isEmpty || traces {
                let result = CLIHarness.run(["national", "national"] + extra + ["--format", format.rawValue])
                #expect(result.code == 0, "national \(extra) --format \(format): \(result.stderr)")
                #expect(!result.stdout.isEmpty)
            }
        }
    }

    @Test func theModeratedScorecardRendersInEveryFormat() throws {
        let workspace = try ModerationWorkspace()
        try workspace.moderateStandard()
        for format in Renderers.moderated.formats {
            let result = workspace.run(["score", "assessment.json", "--moderation", "mod.json", "--format", format.rawValue])
            #expect(result.code == 0, "--format \(format): \(result.stderr)")
            #expect(!result.stdout.isEmpty)
        }
        let csv = workspace.run(["score", "assessment.json", "--moderation", "mod.json", "--format", "csv"])
        #expect(csv.code == 64)
        #expect(csv.stderrLines.first == "Error: format 'csv' is not available for a moderated scorecard; expected one of text, json, markdown, html")
    }

    @Test func thePlanAndTheFormRenderThroughTheirTables() throws {
        let directory = try Self.demo()
        let plan = CLIHarness.run(["plan", "northshire-2012.json", "-o", "plan.json"], in: directory)
        #expect(plan.code == 0, "\(plan.stderr)")
        let check = CLIHarness.run(["plan", "--check", "plan.json", "--as-of", "2012-06-30"], in: directory)
        #expect(check.stdout.contains("plan.json"))
        #expect(CLIHarness.run(["form"], in: directory).stdout.hasPrefix("<!DOCTYPE html>"))
    }

    /// No table lists a format twice, and every command's formats are formats of its table.
    @Test func tablesHaveDistinctFormats() {
        let tables: [(String, [OutputFormat])] = [
            ("scorecard", Renderers.scorecard.formats), ("moderated", Renderers.moderated.formats),
            ("comparison", Renderers.comparison.formats), ("national", Renderers.national.formats),
            ("nationalTrace", Renderers.nationalTrace.formats), ("plan", Renderers.plan.formats),
            ("planCheck", Renderers.planCheck.formats), ("checklist", Renderers.checklist.formats),
            ("crosscheck", Renderers.crosscheck.formats), ("nameMap", Renderers.nameMap.formats),
        ]
        for (name, formats) in tables {
            #expect(Set(formats).count == formats.count, "\(name) lists a format twice: \(formats)")
            #expect(!formats.isEmpty, "\(name) is empty")
        }
        #expect(Set(DemoCommand.renderers.formats).isSubset(of: Renderers.scorecard.formats))
        #expect(Set(ExportCommand.assessmentRenderers.formats).isSubset(of: Renderers.scorecard.formats))
        #expect(Renderers.scorecard.only([.json, .text]).formats == [.json, .text])
    }

    /// `--help` lists exactly the table's formats, default first.
    @Test func helpListsTheTable() {
        for (command, formats) in [("score", ScoreCommand.renderers.formats), ("compare", CompareCommand.renderers.formats),
                                   ("national", NationalCommand.renderers.formats), ("export", ExportCommand.formats),
                                   ("crosscheck", CrosscheckCommand.renderers.formats), ("demo", DemoCommand.renderers.formats)] {
            let names = formats.map(\.rawValue)
            // Help wraps long lines: compare with the whitespace run together.
            let help = CLIHarness.run([command, "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(help.contains("Output format: \(names.joined(separator: ", ")) (default \(names[0]))."), "\(command)")
        }
        #expect(ScoreCommand.renderers.formats == [.text, .json, .markdown, .html, .csv, .oscalResults, .xlsx])
        #expect(ExportCommand.formats == [.csv, .xlsx, .oscalResults, .oscalCatalog])
    }

    /// `report` is the `html` format of the scorecard tables: `score --format html` writes the same page.
    @Test func scoreFormatHTMLIsTheReportPage() throws {
        let directory = try Self.demo()
        let report = CLIHarness.run(["report", "northshire-2012.json"], in: directory)
        let score = CLIHarness.run(["score", "northshire-2012.json", "--format", "html"], in: directory)
        #expect(report.code == 0 && score.code == 0)
        #expect(report.stdout == score.stdout)
        let workspace = try ModerationWorkspace()
        try workspace.moderateStandard()
        let moderatedReport = workspace.run(["report", "assessment.json", "--moderation", "mod.json"])
        let moderatedScore = workspace.run(["score", "assessment.json", "--moderation", "mod.json", "--format", "html"])
        #expect(moderatedReport.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(moderatedReport.stdout == moderatedScore.stdout)
    }

    /// A binary format goes through the same plumbing as text, byte for byte.
    @Test func aBytesRendererReachesAFileAndStandardOutputUnchanged() throws {
        let table = RendererTable<String>("dummy", [DummyTextRenderer(), DummyBytesRenderer()])
        let directory = try CLIHarness.temporaryDirectory()
        let stdout = BufferOutput(), stderr = BufferOutput()
        let context = CommandContext(stdout: stdout, stderr: stderr, workingDirectory: directory.path,
                                     version: "0.0.0-test", now: CLIHarness.fixedTime)
        var arguments = ParsedArguments(values: ["--format": ["xlsx"]])
        let format = try CommonOptions.chosenFormat(arguments, table, command: "dummy")
        #expect(format == DummyBytesRenderer.format)
        let output = try CommonOptions.render("subject", table, as: format, command: "dummy", context)
        #expect(output.text == nil)
        try CommonOptions.emit(output, arguments, context)
        #expect(stdout.bytes == DummyBytesRenderer.bytes)
        arguments.values["--output"] = ["out.xlsx"]
        try CommonOptions.emit(output, arguments, context)
        #expect(try Data(contentsOf: directory.appendingPathComponent("out.xlsx")) == Data(DummyBytesRenderer.bytes))
        #expect(throws: UsageError.self) {
            try CommonOptions.chosenFormat(ParsedArguments(values: ["--format": ["xls"]]), table, command: "dummy")
        }
    }
}

/// A stand-in for a spreadsheet format: a ZIP signature and bytes that are not UTF-8.
struct DummyBytesRenderer: Renderer {
    static let format: OutputFormat = "xlsx"
    static let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFE, 0x00, 0x80, 0x0A]
    func render(_ subject: String, context: ReportContext) -> RenderedOutput { .bytes(Self.bytes) }
}

struct DummyTextRenderer: Renderer {
    static let format = OutputFormat.text
    func render(_ subject: String, context: ReportContext) -> RenderedOutput { .text(subject) }
}
