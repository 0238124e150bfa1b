import Foundation
import Testing

/// The demo force's 2012 scorecard, checked by hand against docs/examples/northshire-2012.json,
/// the checklist weights and the demo registers (docs/examples/registers).
///
/// Hand check, professional standards (weights from Checklists/revisit-2012.json):
///   scored items PS-01..PS-12 except PS-08 (not assessed): weight 3+3+2+3+2+2+1+1+2+3+2 = 24.
///   PS-02 partially met on EV-13, a data return dated 2012-06-08, after the period end
///   2012-05-31: 0.5 x 0.7 = 0.35 (x3 = 1.05); PS-03 met on EV-13: 0.7 (x2 = 1.4); PS-10 partially
///   met on EV-14 (procedure, 2011-11-21, in period): 0.5 (x2 = 1); the other eight met on EV-14:
///   3+3+2+2+1+1+3+2 = 17. Sum 20.45 / 24 = 85.208; one area for improvement (PS-F02: 4 FTE for
///   5,800 staff = 0.69 per 1,000, below the 1 per 1,000 threshold) -5 = 80.208: good.
///   Coverage: 24 of 25 applicable weight answered = 96%.
/// Gratuities: the register cross-check flags H001 (NORTHERN FLEET SERVICES LIMITED, accepted by
///   S0107 on 2011-10-12; contract C001 with The Northern Fleet Services Ltd. awarded 2012-02-01
///   by S0107 - the severe case) and H004 (Harbour Print & Design, contract C006 73 days later),
///   so GH-F06 is a cause of concern contradicting GH-05; 0 of 9 hospitality entries declined while
///   GH-02 is claimed met (GH-F01). Answer 68.182 - 15 - 3 x 5 = 38.182: inadequate.
/// Overall: (67.333 + 1.5 x 74.375 + 38.182 + 39.231 + 41.667 + 1.5 x 80.208 + 67.759) / 8 = 60.756,
///   requires improvement, within one grade of the weakest (inadequate) areas.
@Suite struct DemoScorecardTests {
    static func scorecards() throws -> [[String: Any]] {
        let result = CLIHarness.run(["demo", "--format", "json"])
        try #require(result.code == 0, "\(result.stderr)")
        let envelopes = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        return try envelopes.map { try #require($0["scorecard"] as? [String: Any]) }
    }

    static func area(_ scorecard: [String: Any], _ id: String) throws -> [String: Any] {
        let areas = try #require(scorecard["areas"] as? [[String: Any]])
        return try #require(areas.first { $0["area"] as? String == id })
    }

    static func number(_ value: Any?) throws -> Double { try #require(value as? Double) }

    @Test func theDemoScoresBothYears() throws {
        let cards = try Self.scorecards()
        #expect(cards.count == 2)
        #expect(cards.map { $0["year"] as? Int } == [2011, 2012])
        #expect(cards[0]["overallGrade"] as? String == "inadequate")
        #expect(cards[1]["overallGrade"] as? String == "requires-improvement")
    }

    @Test func areaGradesAndOverall2012() throws {
        let card = try Self.scorecards()[1]
        let expected: [(String, String)] = [
            ("media", "good"), ("information", "good"), ("gratuities", "inadequate"), ("procurement", "inadequate"),
            ("business-interests", "inadequate"), ("professional-standards", "good"), ("governance", "good"),
        ]
        for (id, grade) in expected {
            #expect(try Self.area(card, id)["grade"] as? String == grade, "\(id)")
        }
        #expect(abs(try Self.number(card["overallScore"]) - 60.756) < 0.001)
    }

    @Test func professionalStandardsArithmetic() throws {
        let area = try Self.area(try Self.scorecards()[1], "professional-standards")
        #expect(abs(try Self.number(area["answerScore"]) - 85.208) < 0.001)
        #expect(abs(try Self.number(area["score"]) - 80.208) < 0.001)
        let coverage = try #require(area["coverage"] as? [String: Any])
        #expect(abs(try Self.number(coverage["answered"]) - 24.0 / 25.0) < 1e-9)
        let items = try #require(area["items"] as? [[String: Any]])
        let ps02 = try #require(items.first { $0["item"] as? String == "PS-02" })
        #expect(abs(try Self.number(ps02["credit"]) - 0.35) < 1e-9)
        let evidence = try #require(ps02["evidence"] as? [String: Any])
        #expect((evidence["basis"] as? String)?.contains("outside the period") == true)
    }

    @Test("every area has a finding with its evidence trail", arguments: [
        ("media", "MR-F03", ["MR-05"], ["EV-01"]),
        ("information", "IS-F07", ["IS-08"], ["EV-04"]),
        ("gratuities", "GH-F06", ["GH-05", "GH-10"], ["EV-07"]),
        ("procurement", "PC-F11", ["PC-05", "PC-06"], ["EV-10"]),
        ("business-interests", "BI-F06", ["BI-03", "BI-06"], ["EV-12"]),
        ("professional-standards", "PS-F02", ["PS-02"], ["EV-13"]),
        ("governance", "GV-F06", ["GV-13"], [String]()),
    ])
    func findingTrail(_ areaID: String, _ findingID: String, _ items: [String], _ evidence: [String]) throws {
        let area = try Self.area(try Self.scorecards()[1], areaID)
        let findings = try #require(area["findings"] as? [[String: Any]])
        let finding = try #require(findings.first { $0["id"] as? String == findingID }, "\(areaID) lacks \(findingID)")
        #expect(finding["items"] as? [String] == items)
        #expect(finding["evidence"] as? [String] == evidence)
        let figures = try #require(finding["figures"] as? [[String: Any]])
        #expect(!figures.isEmpty)
        #expect(figures.allSatisfy { ($0["source"] as? String)?.isEmpty == false })
        #expect(!((finding["recommendations"] as? [String]) ?? []).isEmpty)
    }

    @Test func theRegisterCasesBehindGratuities() throws {
        let card = try Self.scorecards()[1]
        let registers = try #require(card["registers"] as? [String: Any])
        let checks = try #require(registers["checks"] as? [[String: Any]])
        let a = try #require(checks.first { $0["id"] as? String == "a" })
        #expect(a["rows"] as? [String] == ["hospitality:H001", "hospitality:H004"])
        #expect(a["severe"] as? Int == 1)
        let counts = Dictionary(uniqueKeysWithValues: checks.compactMap { check in
            (check["id"] as? String).map { ($0, check["count"] as? Int ?? -1) }
        })
        #expect(counts == ["a": 2, "b": 1, "b_worse": 1, "c": 1, "d": 1, "e": 1])
        let gratuities = try Self.area(card, "gratuities")
        #expect(abs(try Self.number(gratuities["score"]) - 38.182) < 0.001)
        let findings = try #require(gratuities["findings"] as? [[String: Any]])
        let contradiction = try #require(findings.first { $0["id"] as? String == "GH-F01" })
        #expect(contradiction["contradicts"] as? [String] == ["GH-02"])
    }

    @Test func theDemoTextFitsATerminal() {
        let result = CLIHarness.run(["demo"])
        #expect(result.code == 0)
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(result.stdout.contains("OVERALL: REQUIRES IMPROVEMENT, score 61.7"))
    }

    @Test func theDemoFilesCanBeWrittenOutButNeverOverwrite() throws {
        let directory = try CLIHarness.temporaryDirectory()
        #expect(CLIHarness.run(["demo", "--write-files", "d"], in: directory).code == 0)
        let validated = CLIHarness.run(["validate", "d/northshire-2012.json"], in: directory)
        #expect(validated.code == 0, "\(validated.stderr)")
        let again = CLIHarness.run(["demo", "--write-files", "d"], in: directory)
        #expect(again.code == 1)
        #expect(again.stderr.contains("file exists"))
    }
}
