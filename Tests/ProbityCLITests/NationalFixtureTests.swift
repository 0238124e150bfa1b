import Foundation
import Testing

/// The 44-force national fixture is what it claims: 44 fictional forces, each a valid
/// assessment whose own data return reconciles, written by scripts/make-national-fixture.py.
@Suite struct NationalFixtureTests {
    static let directory = CLIHarness.fixtures.appendingPathComponent("national")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func thereAreExactly44Forces() {
        #expect(Self.files.count == 44)
        #expect(Self.files.first == "force-01.json" && Self.files.last == "force-44.json")
    }

    @Test(arguments: NationalFixtureTests.files)
    func everyForceValidatesWithoutWarnings(_ file: String) {
        let result = CLIHarness.run(["validate", "national/\(file)"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("national/\(file): valid, 0 errors, 0 warnings"), "\(result.stderr)")
    }

    @Test func everyForceIsClearlySynthetic() throws {
        for file in Self.files {
            let data = try Data(contentsOf: Self.directory.appendingPathComponent(file))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let force = try #require(json["force"] as? [String: Any])
            #expect((force["name"] as? String)?.hasSuffix("(synthetic)") == true, "\(file)")
            #expect((force["code"] as? String)?.hasPrefix("F") == true, "\(file)")
        }
    }

    /// F07 assessed none of media's 10 items and F21 none of governance's 16
    /// (UNASSESSED_AREAS in scripts/make-national-fixture.py): 0% of each area's applicable weight
    /// answered, below the 50% needed (scoring.judgement.grading.minAreaCoverage), so each area is
    /// not graded for that force and counted in its own column; every other force is graded in
    /// every area, so each area's grade counts add up to 44 with the not-graded column. F07 and
    /// F21 still have graded areas carrying 7 of 8 (87.5%) of the area weight, above the 50% an
    /// overall grade needs, so their overall grades are given but provisional.
    @Test func forcesThatAssessedAnAreaNotAtAllAreCountedAsNotGraded() throws {
        let result = CLIHarness.run(["national", "national", "--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let national = try #require(root["national"] as? [String: Any])
        let areas = try #require(national["areas"] as? [[String: Any]])
        for area in areas {
            let id = area["area"] as? String ?? ""
            let notGraded = area["notGraded"] as? [String] ?? []
            let expected: [String] = id == "media" ? ["F07"] : id == "governance" ? ["F21"] : []
            #expect(notGraded == expected, "\(id)")
            let graded = (area["grades"] as? [[String: Any]] ?? []).reduce(0) { $0 + ($1["count"] as? Int ?? 0) }
            #expect(graded + notGraded.count == 44, "\(id)")
        }
        let overall = try #require(national["overall"] as? [String: Any])
        #expect((overall["notGraded"] as? [String]) == [])
        for (code, file) in [("F07", "force-07.json"), ("F21", "force-21.json")] {
            let run = CLIHarness.run(["score", "national/\(file)", "--format", "json"])
            let envelope = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let card = try #require(envelope["scorecard"] as? [String: Any])
            let judgement = try #require(card["overall"] as? [String: Any])
            #expect(judgement["status"] as? String == "provisional", "\(code)")
        }
    }
}
