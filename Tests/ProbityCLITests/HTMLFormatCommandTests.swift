import Foundation
import Testing

/// `compare --format html` and `national --format html` end to end: a self-contained page on
/// good input, the commands' own precise errors on bad input.
@Suite struct HTMLFormatCommandTests {
    static let fixtures = CLIHarness.packageRoot.appendingPathComponent("Tests/ProbityReportsTests/Golden/html/fixtures")

    @Test func compareWritesAComparisonPage() throws {
        let directory = try CLIHarness.temporaryDirectory()
        let result = CLIHarness.run(["compare", Self.fixtures.appendingPathComponent("hostile-2011.json").path,
                                     Self.fixtures.appendingPathComponent("hostile-2012.json").path,
                                     "--format", "html", "-o", "compare.html"], in: directory)
        #expect(result.code == 0, "\(result.stderr)")
        let page = try String(contentsOf: directory.appendingPathComponent("compare.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<h1>Integrity health check compared: Fixture Constabulary, 2011 and 2012</h1>"))
        #expect(page.contains("<svg id=\"movement-chart\""))
        #expect(!page.contains("<script"))
        let again = CLIHarness.run(["compare", Self.fixtures.appendingPathComponent("hostile-2011.json").path,
                                    Self.fixtures.appendingPathComponent("hostile-2012.json").path,
                                    "--format", "html", "-o", "compare.html"], in: directory)
        #expect(again.code == 1, "never replaces a file unless asked")
    }

    @Test func compareRefusesDifferentForcesInHTMLToo() {
        let result = CLIHarness.run(["compare", "hostile-2012.json", "national/aa-2012.json", "--format", "html"], in: Self.fixtures)
        #expect(result.code == 1)
        #expect(result.stderr.contains("compare refuses different forces unless --allow-different-forces"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func nationalWritesANationalPageAndATracePage() throws {
        let result = CLIHarness.run(["national", "national", "--format", "html"], in: Self.fixtures)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<h1>Integrity health checks: national view of 5 forces</h1>"))
        #expect(result.stdout.contains("<svg id=\"national-grid\""))
        #expect(result.stdout.contains("Brackenfold Police &lt;script&gt;alert(1)&lt;/script&gt;"))
        let trace = CLIHarness.run(["national", "national", "--format", "html", "--trace", "information:investigations.total"],
                                   in: Self.fixtures)
        #expect(trace.code == 0, "\(trace.stderr)")
        #expect(trace.stdout.contains("<caption>information:investigations.total by force</caption>"))
        #expect(trace.stdout.contains("<tr id=\"trace-total\">"))
    }

    @Test func nationalReportsABadFileInHTMLMode() throws {
        let directory = try CLIHarness.temporaryDirectory()
        try Data("{\"schemaVersion\": 1,".utf8).write(to: directory.appendingPathComponent("broken.json"))
        let result = CLIHarness.run(["national", ".", "--format", "html"], in: directory)
        #expect(result.code == 1)
        #expect(result.stderrLines.first?.contains("broken.json:1:") == true, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
