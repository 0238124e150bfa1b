import Foundation
import Testing

/// `probity national` over the 44-force synthetic fixture, whose data returns add up to the
/// national figures HMIC published for September 2011 to May 2012.
@Suite struct NationalCommandTests {
    static let arguments = ["national", "national", "--expected-forces", "44"]
    /// Each report is made once and shared by the tests that read it (44 forces take a while).
    static let text = CLIHarness.run(arguments)
    static let json = CLIHarness.run(arguments + ["--format", "json"])

    @Test func theHeadlineNationalFiguresArePrintedExactly() {
        let result = Self.text
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let text = result.stdout
        let blocks = [
            // Integrity investigations and their outcomes: 2,207 = 708 + 45 + 744 + 643 + 67.
            """
              professional-standards
                investigations.total 2,207 from 44 forces: mean 50.2 per force, 245.2 a
                  month
                  = outcomes.continuing 708 + outcomes.referredExternally 45 +
                    outcomes.noFurtherAction 744 + outcomes.managementAction 643 +
                    outcomes.leftService 67
            """,
            // Information disclosure: 1,737 by recipient and by outcome.
            """
                investigations.total 1,737 from 44 forces: mean 39.5 per force, 193 a month
                  = byRecipient.criminals 364 + byRecipient.friendsFamily 312 +
                    byRecipient.personalUse 367 + byRecipient.media 98 + byRecipient.others
                    596
                  = outcomes.continuing 603 + outcomes.referredExternally 38 +
                    outcomes.noFurtherAction 641 + outcomes.managementAction 410 +
                    outcomes.leftService 45
            """,
            // Gifts and hospitality: 3,512 = 1,850 gratuities + 1,662 hospitality, 476 declined.
            """
                entries.total 3,512 from 44 forces: mean 79.8 per force, 390.2 a month
                  = gratuities 1,850 + hospitality 1,662
                entries.hospitality 1,662 from 44 forces: mean 37.8 per force, 184.7 a month
                  = hospitality.accepted 1,186 + hospitality.declined 476
            """,
            // Second jobs: 3,858 = 3,714 approved + 103 refused + 5 withdrawn + 36 pending.
            """
                applications.total 3,858 from 44 forces: mean 87.7 per force, 428.7 a month
                  = approved 3,714 + refused 103 + withdrawn 5 + pending 36
            """,
            // 79% of integrity investigations were information disclosure.
            """
                Information disclosure share of integrity investigations: 79% (1,737 of
                  2,207; 44 forces)
            """,
        ]
        for block in blocks { #expect(text.contains(block + "\n"), "missing:\n\(block)") }
        for row in [
            "  breachApprovals.drivers                          76     44      1.7        8.4",
            "  breachApprovals.drivingInstructors               14     44      0.3        1.6",
            "  breachApprovals.policeSkillsTraining             31     44      0.7        3.4",
        ] {
            #expect(text.contains(row + "\n"), "missing row: \(row)")
        }
    }

    @Test func theJSONTotalsAreThePublishedFigures() throws {
        let result = Self.json
        #expect(result.code == 0, "\(result.stderr)")
        let national = try NationalJSON(result.stdout)
        let published: [String: Double] = [
            "professional-standards:investigations.total": 2207,
            "professional-standards:investigations.outcomes.continuing": 708,
            "professional-standards:investigations.outcomes.referredExternally": 45,
            "professional-standards:investigations.outcomes.noFurtherAction": 744,
            "professional-standards:investigations.outcomes.managementAction": 643,
            "professional-standards:investigations.outcomes.leftService": 67,
            "information:investigations.total": 1737,
            "information:investigations.byRecipient.criminals": 364,
            "information:investigations.byRecipient.friendsFamily": 312,
            "information:investigations.byRecipient.personalUse": 367,
            "information:investigations.byRecipient.media": 98,
            "information:investigations.byRecipient.others": 596,
            "information:investigations.outcomes.continuing": 603,
            "information:investigations.outcomes.referredExternally": 38,
            "information:investigations.outcomes.noFurtherAction": 641,
            "information:investigations.outcomes.managementAction": 410,
            "information:investigations.outcomes.leftService": 45,
            "media:investigations.total": 19, "media:investigations.local": 10, "media:investigations.national": 9,
            "media:investigations.outcomes.continuing": 8, "media:investigations.outcomes.noFurtherAction": 9,
            "media:investigations.outcomes.managementAction": 2,
            "gratuities:entries.total": 3512, "gratuities:entries.gratuities": 1850, "gratuities:entries.hospitality": 1662,
            "gratuities:hospitality.declined": 476, "gratuities:investigations.total": 7,
            "gratuities:investigations.outcomes.noFurtherAction": 3, "gratuities:investigations.outcomes.managementAction": 4,
            "business-interests:applications.total": 3858, "business-interests:applications.approved": 3714,
            "business-interests:applications.refused": 103, "business-interests:applications.withdrawn": 5,
            "business-interests:applications.pending": 36,
            "business-interests:breachApprovals.drivers": 76, "business-interests:breachApprovals.drivingInstructors": 14,
            "business-interests:breachApprovals.policeSkillsTraining": 31,
            "business-interests:investigations.total": 154,
            "business-interests:investigations.outcomes.continuing": 41,
            "business-interests:investigations.outcomes.referredExternally": 3,
            "business-interests:investigations.outcomes.noFurtherAction": 35,
            "business-interests:investigations.outcomes.managementAction": 65,
            "business-interests:investigations.outcomes.leftService": 10,
        ]
        for (figure, value) in published.sorted(by: { $0.key < $1.key }) {
            #expect(national.total(figure) == value, "\(figure)")
        }
        let share = try #require(national.share("information-share-of-integrity-investigations"))
        #expect(NationalJSON.number(share["numeratorTotal"]) == 1737 && NationalJSON.number(share["denominatorTotal"]) == 2207)
        #expect(abs((NationalJSON.number(share["value"]) ?? 0) - 1737.0 / 2207) < 1e-12)
        #expect(abs((NationalJSON.number(national.figure("professional-standards:investigations.total")?["perMonth"]) ?? 0) - 2207.0 / 9) < 1e-9,
                "245 a month over the nine months, as the report says")
        let coverage = try #require(national.object["coverage"] as? [String: Any])
        #expect(NationalJSON.number(coverage["forcesCounted"]) == 44 && NationalJSON.number(coverage["missing"]) == 0)
    }

    @Test func everyTotalIsTracedToTheForcesBehindIt() throws {
        let national = try NationalJSON(Self.json.stdout)
        let codes = Set((1...44).map { String(format: "F%02d", $0) })
        #expect(national.figures.count > 40)
        for figure in national.figures {
            let name = figure["figure"] as? String ?? "?"
            let contributions = figure["contributions"] as? [[String: Any]] ?? []
            let sum = contributions.reduce(0.0) { $0 + (NationalJSON.number($1["value"]) ?? 0) }
            #expect(abs(sum - (NationalJSON.number(figure["total"]) ?? -1)) < 1e-9, "\(name): the forces' values add up to the total")
            let named = contributions.compactMap { $0["force"] as? String } + (figure["notReported"] as? [String] ?? [])
            #expect(Set(named) == codes && named.count == 44, "\(name): every force either contributes or is listed as not reporting")
        }
    }

    @Test func aFigureCanBeTracedForceByForce() {
        let result = CLIHarness.run(["national", "national", "--trace", "information:investigations.total"])
        #expect(result.code == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "information:investigations.total: 1,737 from 44 forces: mean 39.5 per force, 193")
        #expect(lines.filter { $0.hasPrefix("  F") && !$0.hasPrefix("  FORCE") }.count == 44)
        #expect(lines.contains("  TOTAL                                            1,737"))
        #expect(lines.allSatisfy { $0.count <= 80 })
        let unknown = CLIHarness.run(["national", "national", "--trace", "information:investigations.totl"])
        #expect(unknown.code == 64)
        #expect(unknown.stderrLines.first == "Error: --trace: no figure 'information:investigations.totl'; name it as AREA:PATH, e.g. information:investigations.total; did you mean 'information:investigations.total'?")
    }

    @Test(arguments: [("text", "national.txt"), ("json", "national.json"), ("markdown", "national.md")])
    func theReportMatchesItsGoldenFile(_ format: String, _ golden: String) throws {
        let result = format == "text" ? Self.text : format == "json" ? Self.json : CLIHarness.run(Self.arguments + ["--format", format])
        #expect(result.code == 0, "\(result.stderr)")
        try NationalGolden.check(result.stdout, against: golden)
    }

    @Test func theTextReportFitsEightyColumns() {
        let lines = Self.text.stdout.split(separator: "\n")
        #expect(lines.count > 100)
        for line in lines where line.count > 80 { Issue.record("longer than 80 columns: \(line)") }
    }

    @Test func forcesFarAboveOrBelowTheRestAreNamed() {
        let text = Self.text.stdout
        #expect(text.contains("""
              business-interests:applications.total
                median 1.81 over 44 forces; named below 1.45 or above 2.17
                above: F13 5.67 (148 in 9 months, workforce 2,898)
                below: F32 0.13 (4 in 9 months, workforce 3,472)
            """))
        let loose = CLIHarness.run(Self.arguments + ["--outlier-k", "1000"]).stdout
        #expect(!loose.contains("above: F") && !loose.contains("below: F"), "a huge k names nobody")
    }

    @Test func theOrderAndNamesOfFilesDoNotChangeTheResult() throws {
        let directory = try CLIHarness.temporaryDirectory()
        let source = CLIHarness.fixtures.appendingPathComponent("national")
        for (index, name) in try FileManager.default.contentsOfDirectory(atPath: source.path).sorted().enumerated() {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name),
                                             to: directory.appendingPathComponent("z\(99 - index)-\(name)"))
        }
        let renamed = CLIHarness.run(["national", directory.path, "--expected-forces", "44"])
        #expect(renamed.code == 0, "\(renamed.stderr)")
        #expect(renamed.stdout == Self.text.stdout)
    }

    @Test func theReportIsWrittenAtomicallyAndNeverOverAFile() throws {
        let directory = try CLIHarness.temporaryDirectory()
        let fixture = CLIHarness.fixtures.appendingPathComponent("national").path
        let first = CLIHarness.run(["national", fixture, "-o", "national.md", "--format", "markdown"], in: directory)
        #expect(first.code == 0 && first.stdout.isEmpty, "\(first.stderr)")
        let written = try String(contentsOf: directory.appendingPathComponent("national.md"), encoding: .utf8)
        #expect(written.hasPrefix("# National integrity view: revisit-2012@1.0.0"))
        let again = CLIHarness.run(["national", fixture, "-o", "national.md"], in: directory)
        #expect(again.code == 1)
        #expect(again.stderr.hasSuffix("national.md: file exists; use --overwrite to replace it\n"))
        #expect(try String(contentsOf: directory.appendingPathComponent("national.md"), encoding: .utf8) == written)
        let replaced = CLIHarness.run(["national", fixture, "-o", "national.md", "--overwrite"], in: directory)
        #expect(replaced.code == 0)
        #expect(try String(contentsOf: directory.appendingPathComponent("national.md"), encoding: .utf8).hasPrefix("National integrity view"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["national.md"])
    }
}

/// The national JSON report, parsed, with lookups by figure name.
struct NationalJSON {
    let object: [String: Any]

    init(_ text: String) throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        object = try #require(root["national"] as? [String: Any])
    }

    var figures: [[String: Any]] { object["figures"] as? [[String: Any]] ?? [] }

    func figure(_ name: String) -> [String: Any]? { figures.first { $0["figure"] as? String == name } }

    func total(_ name: String) -> Double? { Self.number(figure(name)?["total"]) }

    /// A JSON number as a Double, however JSONSerialization boxed it.
    static func number(_ value: Any?) -> Double? {
        switch value {
        case let number as NSNumber: return number.doubleValue
        case let number as Double: return number
        case let number as Int: return Double(number)
        default: return nil
        }
    }

    func share(_ id: String) -> [String: Any]? {
        (object["shares"] as? [[String: Any]])?.first { $0["id"] as? String == id }
    }

    func item(_ id: String) -> [String: Any]? {
        (object["items"] as? [[String: Any]])?.first { $0["item"] as? String == id }
    }

    /// The forces an item tally lists under a status.
    func forces(item id: String, status: String) -> [String] {
        let statuses = item(id)?["statuses"] as? [[String: Any]] ?? []
        return statuses.first { $0["status"] as? String == status }?["forces"] as? [String] ?? []
    }
}
