import Foundation
import ProbityCore
import Testing

/// The direction of travel end to end on HMIC's Leicestershire reports (2011 on wfof-2011,
/// 2012 on revisit-2012; see Fixtures/hmic/hmic-findings.md), and the inspector's judgements of
/// progress recorded with `probity moderate` and shown by `probity compare --moderation`.
///
/// Checked by hand: only GH-01, BI-05 and GV-01 are judged in both years.
/// - GV-01 not-met (a key item: cause of concern GV-01-A) -> met: GV-01-A resolved (a gain).
/// - GH-01 partially-met in both years: GH-01-A persists; GH-F09 (the register is kept manually,
///   `register.medium: manual` in both data returns) persists.
/// - BI-05 not-met in both years: BI-05-A persists.
/// - index = (gains 1 - losses 0) / (1 + 0 + 3 persisting) = +0.25 -> some progress (HMIC:
///   "has made improvements"). Governance (1 - 0) / (1 + 0 + 0) = +1 -> substantial progress;
///   gratuities (0 - 0) / (0 + 0 + 2) = 0 -> no progress; business interests likewise.
/// - media, information, procurement and professional standards answer nothing in 2011: not
///   comparable, and so are their 2012 weaknesses (not new).
@Suite struct ProgressCommandTests {
    static let directory = CLIHarness.fixtures.appendingPathComponent("hmic")
    static let compare = ["compare", "leicestershire-2011.json", "leicestershire-2012.json"]

    func comparison(_ extra: [String] = [], in directory: URL = directory) throws -> Comparison {
        let result = CLIHarness.run(Self.compare + ["--format", "json"] + extra, in: directory)
        try #require(result.code == 0, "\(result.stderr)")
        return try #require(try CompareCommandTests.decode(result.stdout))
    }

    func weakness(_ id: FindingID, _ comparison: Comparison) throws -> FindingChange {
        try #require(comparison.allFindings.first { $0.isWeakness && $0.allIDs.contains(id) })
    }

    @Test func leicestershireMadeProgress() throws {
        let comparison = try comparison()
        let progress = comparison.progress
        #expect(progress.tally.comparableItems == ["GH-01", "BI-05", "GV-01"])
        #expect(progress.tally.resolved == ["GV-01-A"] && progress.tally.new.isEmpty)
        // GH-01-A folds into GH-F09 (the manual register, named by both the answer and the data
        // return): one fact, one persisting weakness. (1 resolved - 0) / (1 + 0 + 2 persisting) = 1/3.
        #expect(Set(progress.tally.persisting) == ["GH-F09", "BI-05-A"])
        #expect(abs((progress.index ?? 0) - 1.0 / 3) < 1e-12 && progress.level == "some-progress")
        #expect(try weakness("GV-01-A", comparison).status == .resolved)
        #expect(try weakness("GH-01-A", comparison).status == .persisting)
        #expect(try weakness("BI-05-A", comparison).status == .persisting)
        let levels = Dictionary(uniqueKeysWithValues: comparison.areas.map { ($0.area.rawValue, $0.progress) })
        #expect(levels["governance"]?.level == "substantial-progress")
        #expect(levels["gratuities"]?.level == "no-progress" && levels["business-interests"]?.level == "no-progress")
        for area in ["media", "information", "procurement", "professional-standards"] {
            #expect(levels[area]?.level == nil && levels[area]?.reason == "nothing assessed in 2011", "\(area)")
        }
        #expect(try weakness("MR-01-A", comparison).status == .notComparable)
        #expect(try weakness("MR-01-A", comparison).reason == "MR-01 not assessed in 2011")
        #expect(comparison.summary.findingsNew == 0, "nothing is new merely because 2011 did not assess it")
        #expect(comparison.areas.allSatisfy { $0.grade == .notComparable && $0.gradeReason == "not graded in 2011" && $0.scoreChange == nil })
    }

    @Test func theTextReportLeadsWithTheDirectionOfTravel() {
        let result = CLIHarness.run(Self.compare, in: Self.directory)
        #expect(result.code == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        let direction = lines.firstIndex(of: "DIRECTION OF TRAVEL, 2011 -> 2012")
        let grade = lines.firstIndex { $0.hasPrefix("OVERALL GRADE:") }
        #expect(direction != nil && grade != nil && direction! < grade!)
        #expect(lines.contains("  Derived:   Some progress (index +0.33)"))
        #expect(lines.contains("             index = (gains 1 - losses 0) / (1 + 0 + 2 persisting) = +0.33"))
        #expect(lines.contains("media                  not comparable: nothing assessed in 2011"))
        #expect(lines.contains { $0.hasPrefix("  resolved       GV-01-A ") })
    }

    /// A scratch copy of the Leicestershire files, with the inspector's judgements recorded.
    func workspace(headline: String = "some-progress", gratuities: String = "limited-progress") throws -> URL {
        let directory = try CLIHarness.temporaryDirectory()
        for name in ["leicestershire-2011.json", "leicestershire-2012.json"] {
            try FileManager.default.copyItem(at: Self.directory.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        let moderate = ["moderate", "leicestershire-2012.json", "--moderation", "mod.json", "--moderator", "A. Inspector", "--role", "HMI"]
        let first = CLIHarness.run(moderate + ["--headline", headline, "--narrative", "The force has made improvements; key policies are being reviewed."], in: directory)
        try #require(first.code == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("mod.json: created; entry 1 by A. Inspector (HMI): headline judged \(headline); head "))
        let second = CLIHarness.run(moderate + ["--judgement", "gratuities=\(gratuities)", "--narrative", "An electronic register is planned."], in: directory)
        try #require(second.code == 0, "\(second.stderr)")
        return directory
    }

    @Test func judgementsAreAppendedVerifiedAndStable() throws {
        let directory = try workspace()
        let verified = CLIHarness.run(["verify", "leicestershire-2012.json", "mod.json"], in: directory)
        #expect(verified.code == 0, "\(verified.stderr)")
        let log = try ModerationLogDocument.load(path: directory.appendingPathComponent("mod.json").path)
        #expect(log.log.entries.map(\.progressJudgements) == [
            [ProgressJudgementEntry(progress: "some-progress", narrative: "The force has made improvements; key policies are being reviewed.")],
            [ProgressJudgementEntry(area: "gratuities", progress: "limited-progress", narrative: "An electronic register is planned.")],
        ])
        #expect(log.log.entries.allSatisfy { $0.items.isEmpty })
        let again = try workspace()
        #expect(try Data(contentsOf: again.appendingPathComponent("mod.json")) == Data(contentsOf: directory.appendingPathComponent("mod.json")),
                "same input, same clock: the same bytes and hashes")
    }

    @Test func compareShowsTheInspectorFirstAndMarksDisagreement() throws {
        let directory = try workspace()
        let comparison = try comparison(["--moderation", "mod.json"], in: directory)
        #expect(comparison.moderation == "mod.json")
        #expect(comparison.progress.inspector?.level == "some-progress" && comparison.progress.inspector?.disagrees == false)
        let gratuities = try #require(comparison.areas.first { $0.area == "gratuities" }).progress
        // Derived no progress (rank 3), inspector limited progress (rank 2): one level higher.
        #expect(gratuities.inspector?.disagrees == true && gratuities.inspector?.steps == 1)
        let text = CLIHarness.run(Self.compare + ["--moderation", "mod.json"], in: directory)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        let inspector = lines.firstIndex { $0.hasPrefix("  Inspector: Some progress (A. Inspector (HMI), 2026-01-01, entry 1)") }
        let derived = lines.firstIndex { $0.hasPrefix("  Derived:   Some progress (index +0.33); agrees with the inspector") }
        #expect(inspector != nil && derived != nil && inspector! < derived!, "the inspector's judgement comes first")
        let row = try #require(lines.firstIndex { $0.hasPrefix("gratuities             No progress") })
        #expect(lines[row + 1] == "  inspector: Limited progress (A. Inspector (HMI), 2026-01-01, entry 2);")
        #expect(lines[row + 2].hasPrefix("    DISAGREES: the inspector judges 1 level higher."))
        let markdown = CLIHarness.run(Self.compare + ["--moderation", "mod.json", "--format", "markdown"], in: directory)
        #expect(markdown.stdout.contains("**DISAGREES: the inspector judges 1 level higher**"))
        let html = CLIHarness.run(Self.compare + ["--moderation", "mod.json", "--format", "html"], in: directory)
        #expect(html.stdout.contains("<mark class=\"disagrees\">DISAGREES: the inspector judges 1 level higher</mark>"))
    }

    @Test func badJudgementsAreRefusedNamingTheOption() throws {
        let directory = try workspace()
        let moderate = ["moderate", "leicestershire-2012.json", "--moderation", "mod.json", "--moderator", "A. Inspector"]
        let cases: [([String], String)] = [
            (["--headline", "great", "--narrative", "x"],
             "Error: --headline: expected one of substantial-progress, some-progress, limited-progress, no-progress, deteriorated, found \"great\""),
            (["--judgement", "gratuity=no-progress", "--narrative", "x"],
             "Error: --judgement: expected one of media, information, gratuities, procurement, business-interests, professional-standards, governance (or no area, for the headline), found \"gratuity\"; did you mean \"gratuities\"?"),
            (["--judgement", "gratuities", "--narrative", "x"], "Error: --judgement expects AREA=LEVEL, e.g. gratuities=some-progress, found 'gratuities'"),
            (["--headline", "no-progress"], "Error: missing --narrative TEXT"),
            (["--headline", "no-progress", "--judgement", "media=no-progress", "--narrative", "x"],
             "Error: give --headline or --judgement, not both; record each in its own entry"),
        ]
        for (options, message) in cases {
            let result = CLIHarness.run(moderate + options, in: directory)
            #expect(result.code == 64, "\(options)")
            #expect(result.stderrLines.first == message, "\(result.stderr)")
        }
    }

    @Test func aLogWithABadJudgementFailsWithThePlace() throws {
        let directory = try workspace()
        let path = directory.appendingPathComponent("leicestershire-2012.json").path
        let bytes = try FileReader.readBytes(path: path, displayName: "leicestershire-2012.json")
        let log = try ModerationLog.start(assessmentFile: "leicestershire-2012.json", assessmentBytes: bytes)
            .appending(moderator: Moderator(name: "A. Inspector"), date: LocalDate(daysSinceEpoch: 20_454), assessmentBytes: bytes,
                       items: [], judgements: [ProgressJudgementEntry(progress: "great", narrative: "x")])
        try Data(try ModerationLogDocument.encode(log).utf8).write(to: directory.appendingPathComponent("bad.json"))
        let message = "error: bad.json: entries[0].judgements[0].progress: expected one of substantial-progress, some-progress, limited-progress, no-progress, deteriorated, found \"great\""
        for arguments in [["verify", "leicestershire-2012.json", "bad.json"], Self.compare + ["--moderation", "bad.json"]] {
            let result = CLIHarness.run(arguments, in: directory)
            #expect(result.code == 1, "\(arguments)")
            #expect(result.stderrLines.first == message, "\(result.stderr)")
        }
    }

    @Test func aLogWrittenBeforeJudgementsStillVerifies() throws {
        let workspace = try ModerationWorkspace()
        let golden = ModerationWorkspace.fixtures.appendingPathComponent("golden/mod.json.golden")
        try FileManager.default.copyItem(at: golden, to: workspace.url("mod.json"))
        let result = workspace.run(["verify", "assessment.json", "mod.json"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(!String(decoding: try workspace.bytes("mod.json"), as: UTF8.self).contains("judgements"))
    }

    @Test func moderateAndCompareDocumentJudgements() {
        let moderate = CLIHarness.run(["moderate", "--help"])
        #expect(moderate.stdout.contains("--headline LEVEL") && moderate.stdout.contains("--judgement AREA=LEVEL")
            && moderate.stdout.contains("--narrative TEXT"))
        #expect(CLIHarness.run(["compare", "--help"]).stdout.contains("--moderation MOD"))
    }
}
