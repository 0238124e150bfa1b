import Foundation
import Testing

/// HMIC's own 2012 force reports, encoded from the seeds alone as an inspector would
/// (Fixtures/hmic; hmic-findings.md maps every sentence to its item): Probity must reach the
/// weaknesses and strengths HMIC names, show every figure HMIC states, and give no grade or
/// headline that contradicts the report.
@Suite struct HMICCaseTests {
    /// One judgement HMIC makes: the area it falls in, the findings that may carry it (any one
    /// of them suffices, as an answer finding folds into a plugin finding about the same fact)
    /// and whether it is a weakness or a strength.
    struct Named: CustomTestStringConvertible, Sendable {
        let force: String
        let hmic: String
        let area: String
        let findings: Set<String>
        let strength: Bool
        var testDescription: String { "\(force): \(hmic)" }
    }

    static let leicestershire = "hmic/leicestershire-2012.json"
    static let lancashire = "hmic/lancashire-2012.json"

    static let named: [Named] = [
        // Leicestershire Police 2012 (seed 001; press release 000).
        .init(force: leicestershire, hmic: "media policy still being updated to reflect ACPO guidance", area: "media",
              findings: ["MR-01-A"], strength: false),
        .init(force: leicestershire, hmic: "staff not always clear how to record media contact", area: "media",
              findings: ["MR-08-A"], strength: false),
        .init(force: leicestershire, hmic: "personal social media accounts not routinely monitored", area: "information",
              findings: ["IS-F06", "IS-10-A"], strength: false),
        .init(force: leicestershire, hmic: "HMIC's research found 7 cases of inappropriate social media use", area: "information",
              findings: ["IS-F11"], strength: false),
        .init(force: leicestershire, hmic: "manual gifts and hospitality register held at headquarters", area: "gratuities",
              findings: ["GH-F09", "GH-01-A"], strength: false),
        .init(force: leicestershire, hmic: "hospitality cross-checked against contracts only on specific concerns",
              area: "gratuities", findings: ["GH-F10", "GH-05-A"], strength: false),
        .init(force: leicestershire, hmic: "approved second jobs not yet reviewed annually", area: "business-interests",
              findings: ["BI-05-A"], strength: false),
        .init(force: leicestershire, hmic: "more needed to let staff know about updated policies", area: "governance",
              findings: ["GV-06-A"], strength: false),
        .init(force: leicestershire, hmic: "integrity self-assessment and a development plan", area: "governance",
              findings: ["GV-01-A"], strength: true),
        .init(force: leicestershire, hmic: "progress overseen by a group chaired by the deputy chief constable", area: "governance",
              findings: ["GV-02-A"], strength: true),
        .init(force: leicestershire, hmic: "the former police authority governed integrity", area: "governance",
              findings: ["GV-08-A"], strength: true),
        .init(force: leicestershire, hmic: "every second-job request assessed by PSD", area: "business-interests",
              findings: ["BI-03-A"], strength: true),
        .init(force: leicestershire, hmic: "computer-based information disclosure training for all staff", area: "information",
              findings: ["IS-06-A"], strength: true),
        .init(force: leicestershire, hmic: "social networking guidance re-emphasised, at work and off duty", area: "information",
              findings: ["IS-02-A"], strength: true),
        // Lancashire Constabulary 2012 (press release 004).
        .init(force: lancashire, hmic: "more needs to be done to let staff know about reviewed policies", area: "governance",
              findings: ["GV-06-A"], strength: false),
        .init(force: lancashire, hmic: "social media policy still being reviewed and updated", area: "information",
              findings: ["IS-02-A"], strength: false),
        .init(force: lancashire, hmic: "HMIC's research found 3 cases of inappropriate social media use", area: "information",
              findings: ["IS-F11"], strength: false),
        .init(force: lancashire, hmic: "its own integrity health check with numerous actions", area: "governance",
              findings: ["GV-01-A"], strength: true),
        .init(force: lancashire, hmic: "media policy updated in line with national guidance and much clearer", area: "media",
              findings: ["MR-01-A"], strength: true),
    ]

    static func scorecard(_ file: String) throws -> [String: Any] {
        let run = CLIHarness.run(["score", file, "--format", "json"])
        #expect(run.code == 0, "\(run.stderr)")
        let root = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return try #require(root["scorecard"] as? [String: Any])
    }

    static func areas(_ card: [String: Any]) -> [[String: Any]] { card["areas"] as? [[String: Any]] ?? [] }

    static func area(_ card: [String: Any], _ id: String) throws -> [String: Any] {
        try #require(areas(card).first { $0["area"] as? String == id })
    }

    @Test("each weakness HMIC names is an area for improvement or cause of concern, each strength a strength, in the right area",
          arguments: named)
    func hmicJudgementsAreReached(_ named: Named) throws {
        let area = try Self.area(Self.scorecard(named.force), named.area)
        let findings = area["findings"] as? [[String: Any]] ?? []
        let match = findings.first { finding in
            let ids = [finding["id"] as? String ?? ""] + (finding["also"] as? [String] ?? [])
            return !named.findings.isDisjoint(with: ids)
        }
        let found = try #require(match, "none of \(named.findings.sorted()) in \(findings.map { $0["id"] as? String ?? "" })")
        let kind = found["kind"] as? String
        if named.strength {
            #expect(kind == "strength")
        } else {
            #expect(kind == "area-for-improvement" || kind == "cause-of-concern")
        }
    }

    @Test("no strength HMIC did not name and no weakness on an item HMIC praised")
    func noContradiction() throws {
        for force in [Self.leicestershire, Self.lancashire] {
            let card = try Self.scorecard(force)
            let named = Self.named.filter { $0.force == force }
            let strengths = Set(named.filter(\.strength).flatMap(\.findings))
            let weaknesses = Set(named.filter { !$0.strength }.flatMap(\.findings))
            for area in Self.areas(card) {
                for finding in area["findings"] as? [[String: Any]] ?? [] {
                    let id = finding["id"] as? String ?? ""
                    if finding["kind"] as? String == "strength" {
                        #expect(strengths.contains(id), "\(force): strength \(id) is not one HMIC names")
                    } else {
                        #expect(!strengths.contains(id), "\(force): \(id) is a weakness where HMIC found a strength")
                        #expect(finding["kind"] as? String != "cause-of-concern" || weaknesses.contains(id),
                                "\(force): cause of concern \(id) goes beyond the report")
                    }
                }
            }
        }
    }

    @Test("no grade contradicts the report: HMIC graded nothing in 2012 and judged both forces to have improved")
    func noGradeContradictsTheReport() throws {
        for force in [Self.leicestershire, Self.lancashire] {
            let card = try Self.scorecard(force)
            // Too little of each force is reported to grade it overall: the grade is withheld, not "Inadequate".
            let overall = try #require(card["overall"] as? [String: Any])
            #expect(overall["status"] as? String == "withheld")
            #expect(card["overallGrade"] == nil)
            for area in Self.areas(card) {
                let grade = area["grade"] as? String
                #expect(grade != "inadequate" && grade != "requires-improvement",
                        "\(force): \(area["area"] ?? "") graded \(grade ?? "")")
                if grade == nil { #expect((area["notGraded"] as? [String: Any])?["reason"] as? String != nil) }
            }
        }
    }

    /// A figure HMIC states, by the path the force returned it under or the metric derived from it.
    struct Stated: CustomTestStringConvertible, Sendable {
        let force: String
        let area: String
        let source: String
        let display: String
        var testDescription: String { "\(force): \(source) = \(display)" }
    }

    static let stated: [Stated] = [
        .init(force: leicestershire, area: "media", source: "dataReturns.media.disclosures.total", display: "2"),
        .init(force: leicestershire, area: "media", source: "dataReturns.media.disclosures.outcomes.continuing", display: "1"),
        .init(force: leicestershire, area: "information", source: "dataReturns.information.socialMedia.researchCases", display: "7"),
        .init(force: leicestershire, area: "business-interests", source: "dataReturns.business-interests.applications.total",
              display: "84"),
        .init(force: leicestershire, area: "business-interests", source: "dataReturns.business-interests.applications.approved",
              display: "83"),
        .init(force: leicestershire, area: "professional-standards",
              source: "dataReturns.professional-standards.investigations.total", display: "38"),
        .init(force: leicestershire, area: "professional-standards", source: "dataReturns.professional-standards.acu.staff",
              display: "unchanged since the last return"),
        .init(force: lancashire, area: "media", source: "dataReturns.media.disclosures.total", display: "0"),
        .init(force: lancashire, area: "information", source: "dataReturns.information.socialMedia.researchCases", display: "3"),
        .init(force: lancashire, area: "business-interests", source: "dataReturns.business-interests.applications.total",
              display: "145"),
        .init(force: lancashire, area: "business-interests", source: "dataReturns.business-interests.applications.approved",
              display: "140"),
    ]

    @Test("every figure HMIC states is on the scorecard with its value and source path", arguments: stated)
    func figuresAreShown(_ stated: Stated) throws {
        let area = try Self.area(Self.scorecard(stated.force), stated.area)
        let figures = area["returnFigures"] as? [[String: Any]] ?? []
        let figure = try #require(figures.first { $0["source"] as? String == stated.source })
        #expect(figure["display"] as? String == stated.display)
    }

    @Test("the rates HMIC's figures imply: 38 investigations in 9 months is 4.2 a month; 83 of 84 approved is 98.8%",
          arguments: [
              (leicestershire, "professional-standards", "investigations-per-month", 38.0 / 9),
              (leicestershire, "business-interests", "approval-rate", 83.0 / 84),
              (lancashire, "business-interests", "approval-rate", 140.0 / 145),
          ])
    func derivedRates(_ force: String, _ areaID: String, _ metric: String, _ expected: Double) throws {
        let area = try Self.area(Self.scorecard(force), areaID)
        let metrics = area["metrics"] as? [[String: Any]] ?? []
        let value = try #require(metrics.first { $0["id"] as? String == metric }?["value"] as? Double)
        #expect(abs(value - expected) < 1e-9)
        let markdown = CLIHarness.run(["score", force, "--format", "markdown"]).stdout
        let shown = metric == "investigations-per-month" ? "4.2" : (force == Self.leicestershire ? "98.8%" : "96.6%")
        #expect(markdown.contains(shown), "\(shown) not in the markdown scorecard")
    }

    @Test("a blank assessment scores not graded with the reason, never Inadequate 0")
    func blankAssessment() throws {
        let directory = try CLIHarness.temporaryDirectory()
        let file = directory.appendingPathComponent("blank.json").path
        #expect(CLIHarness.run(["init", "--force", "Blankshire Police", "--year", "2012", "-o", file]).code == 0)
        let text = CLIHarness.run(["score", file])
        #expect(text.code == 0)
        #expect(text.stdout.contains("Not graded: insufficient evidence") || text.stdout.contains("NOT GRADED: INSUFFICIENT EVIDENCE"))
        #expect(!text.stdout.lowercased().contains("inadequate"))
        let card = try Self.scorecard(file)
        #expect((card["overall"] as? [String: Any])?["status"] as? String == "withheld")
    }
}
