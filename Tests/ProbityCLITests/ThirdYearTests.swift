import Foundation
import Testing

/// A third inspection year added as data only (Fixtures/third-year/integrity-2014.json, a test
/// fixture, not HMIC's checklist): a vetting area with no plugin, procurement retired, GV-03
/// renamed GV-21 and GV-09 and GV-10 merged into GV-20, the five-point scale with adequate, its
/// own data period, and a crosswalk from revisit-2012. Every command works on it with no Swift
/// change, through `--checklists DIR`.
@Suite struct ThirdYearTests {
    /// A folder holding the shipped checklists and the fixture, and a scratch folder for files.
    static func workspace() throws -> (directory: URL, checklists: String) {
        let directory = try CLIHarness.temporaryDirectory()
        let checklists = directory.appendingPathComponent("checklists")
        try FileManager.default.createDirectory(at: checklists, withIntermediateDirectories: true)
        for name in ["wfof-2011.json", "revisit-2012.json"] {
            try FileManager.default.copyItem(at: CLIHarness.packageRoot.appendingPathComponent("Checklists/\(name)"),
                                             to: checklists.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: CLIHarness.fixtures.appendingPathComponent("third-year/integrity-2014.json"),
                                         to: checklists.appendingPathComponent("integrity-2014.json"))
        return (directory, "checklists")
    }

    static func json(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// A 2014 assessment of `force`: every item met on one in-force policy dated in the period,
    /// except the statuses given.
    static func assessment(in directory: URL, checklists: String, force: String, code: String, file: String,
                           statuses: [String: String] = [:]) throws {
        let made = CLIHarness.run(["init", "--checklists", checklists, "--force", force, "--code", code, "--year", "2014",
                                   "--checklist", "integrity-2014", "-o", file], in: directory)
        #expect(made.code == 0, "\(made.stderr)")
        let url = directory.appendingPathComponent(file)
        var document = try json(url)
        document["evidence"] = [["id": "EV-01", "kind": "policy", "title": "Integrity policy", "date": "2013-10", "status": "in-force"]]
        let answers = try #require(document["answers"] as? [[String: Any]])
        document["answers"] = answers.map { answer -> [String: Any] in
            let item = answer["item"] as? String ?? ""
            let status = statuses[item] ?? "met"
            var updated: [String: Any] = ["item": item, "status": status]
            if status != "not-assessed" { updated["evidence"] = ["EV-01"]; updated["narrative"] = "As found (synthetic)." }
            return updated
        }
        try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys]).write(to: url)
    }

    @Test func theFixtureIsAValidChecklistAlongsideTheShippedOnes() throws {
        let (directory, checklists) = try Self.workspace()
        let result = CLIHarness.run(["checklist", "validate", "\(checklists)/wfof-2011.json", "\(checklists)/revisit-2012.json",
                                     "\(checklists)/integrity-2014.json"], in: directory)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ok: checklists/integrity-2014.json: integrity-2014@0.1.0-test, 7 areas, 75 items"))
    }

    @Test func initValidateScoreReportAndFormWorkOnTheNewYear() throws {
        let (directory, checklists) = try Self.workspace()
        try Self.assessment(in: directory, checklists: checklists, force: "Eastmoor Police", code: "EM", file: "em-2014.json",
                            statuses: ["VT-02": "not-met", "VT-04": "partially-met"])
        let made = try Self.json(directory.appendingPathComponent("em-2014.json"))
        #expect((made["period"] as? [String: String]) == ["start": "2013-04-01", "end": "2014-03-31"], "the checklist's own data period")
        let validated = CLIHarness.run(["validate", "--checklists", checklists, "em-2014.json"], in: directory)
        #expect(validated.code == 0, "\(validated.stderr)")
        let scored = CLIHarness.run(["score", "--checklists", checklists, "em-2014.json", "--format", "json"], in: directory)
        #expect(scored.code == 0, "\(scored.stderr)")
        let card = try #require((try JSONSerialization.jsonObject(with: Data(scored.stdout.utf8)) as? [String: Any])?["scorecard"] as? [String: Any])
        #expect((card["scale"] as? [String: Any])?["id"] as? String == "hmic-5")
        let areas = try #require(card["areas"] as? [[String: Any]])
        #expect(areas.map { $0["area"] as? String ?? "" } == ["media", "information", "gratuities", "business-interests",
                                                              "professional-standards", "governance", "vetting"])
        let vetting = try #require(areas.first { $0["area"] as? String == "vetting" })
        #expect(vetting["grade"] != nil, "an area with no plugin is graded from its answers")
        let findings = (vetting["findings"] as? [[String: Any]] ?? []).map { $0["id"] as? String ?? "" }
        #expect(findings.contains("VT-02-A") && findings.contains("VT-04-A") && findings.contains("VT-01-A"),
                "answer findings and the key item's strength: \(findings)")
        let html = CLIHarness.run(["report", "--checklists", checklists, "em-2014.json", "-o", "em-2014.html"], in: directory)
        #expect(html.code == 0, "\(html.stderr)")
        let page = try String(contentsOf: directory.appendingPathComponent("em-2014.html"), encoding: .utf8)
        #expect(page.contains("Vetting") && page.contains("Vetting before appointment"))
        let form = CLIHarness.run(["form", "--checklists", checklists, "--checklist", "integrity-2014", "-o", "form.html"], in: directory)
        #expect(form.code == 0, "\(form.stderr)")
        let formPage = try String(contentsOf: directory.appendingPathComponent("form.html"), encoding: .utf8)
        #expect(formPage.contains("VT-05") && formPage.contains("vetted to the required level before appointment?"))
    }

    /// 2011 -> 2014 goes through two crosswalks (wfof-2011 -> revisit-2012 -> integrity-2014):
    /// items changed or lost at either step are not comparable, and the step is named.
    @Test func compareChainsTheCrosswalks() throws {
        let (directory, checklists) = try Self.workspace()
        try Self.assessment(in: directory, checklists: checklists, force: "Eastmoor Police", code: "EM", file: "em-2014.json")
        try FileManager.default.copyItem(at: CLIHarness.fixtures.appendingPathComponent("compare/eastmoor-2011.json"),
                                         to: directory.appendingPathComponent("em-2011.json"))
        let result = CLIHarness.run(["compare", "--checklists", checklists, "em-2011.json", "em-2014.json", "--format", "json"],
                                    in: directory)
        #expect(result.code == 0, "\(result.stderr)")
        let envelope = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let comparison = try #require(envelope["comparison"] as? [String: Any])
        let matching = try #require(comparison["matching"] as? [String: Any])
        #expect(matching["basis"] as? String == "chain", "\(matching)")
        let items = (comparison["areas"] as? [[String: Any]] ?? []).flatMap { $0["items"] as? [[String: Any]] ?? [] }
        func item(_ id: String) -> [String: Any]? { items.first { ($0["item"] as? String) == id } }
        #expect(item("GV-21")?["change"] as? String == "not-comparable", "GV-03 renamed GV-21")
        #expect(item("GV-21")?["reason"] as? String == "changed in integrity-2014 (from revisit-2012)")
        #expect(item("VT-01")?["change"] as? String == "new")
        #expect(item("PC-01")?["change"] as? String == "retired")
        #expect(item("PC-01")?["reason"] as? String == "retired in integrity-2014 (from revisit-2012)")
        let text = CLIHarness.run(["compare", "--checklists", checklists, "em-2011.json", "em-2014.json"], in: directory)
        #expect(text.code == 0 && text.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func nationalCountsTheNewYear() throws {
        let (directory, checklists) = try Self.workspace()
        let forces = directory.appendingPathComponent("forces")
        try FileManager.default.createDirectory(at: forces, withIntermediateDirectories: true)
        for (index, name) in ["Ambervale", "Brookshire", "Coldharbour"].enumerated() {
            try Self.assessment(in: directory, checklists: checklists, force: "\(name) Police (synthetic)", code: "T0\(index + 1)",
                                file: "forces/t0\(index + 1).json", statuses: index == 2 ? ["VT-01": "not-met"] : [:])
        }
        let result = CLIHarness.run(["national", "--checklists", checklists, "forces", "--format", "json"], in: directory)
        #expect(result.code == 0, "\(result.stderr)")
        let national = try #require((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["national"] as? [String: Any])
        let areas = try #require(national["areas"] as? [[String: Any]])
        let vetting = try #require(areas.first { $0["area"] as? String == "vetting" })
        let counted = (vetting["grades"] as? [[String: Any]] ?? []).reduce(0) { $0 + ($1["count"] as? Int ?? 0) }
        #expect(counted == 3)
        #expect((vetting["grades"] as? [[String: Any]] ?? []).contains { $0["grade"] as? String == "adequate" },
                "the five-point scale's grades are the columns")
    }
}
