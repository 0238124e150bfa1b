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
        #expect(result.stdout.hasPrefix("national/\(file): valid, 0 error(s), 0 warning(s)"), "\(result.stderr)")
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
}
