import Foundation
import ProbityCore
import ProbityBundle
import Testing

/// The standard national rules are data (`Checklists/national/standard-rules.json`), embedded
/// in the binary, and every figure they name is in the plugins' schemas.
@Suite struct StandardNationalRulesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func embeddedCopyMatchesTheFile() throws {
        let onDisk = try String(contentsOf: Self.root.appendingPathComponent(NationalRules.standardFile), encoding: .utf8)
        #expect(NationalRules.standardJSON + "\n" == onDisk || NationalRules.standardJSON == onDisk,
                "\(NationalRules.standardFile) differs from the copy embedded in the binary: run scripts/embed-checklists")
    }

    @Test func theFileLoadsAsARulesFileAndNamesOnlyKnownFigures() throws {
        let schemas = PluginSet(PluginRegistry.instances).schemas
        let loaded = try NationalRules.load(path: Self.root.appendingPathComponent(NationalRules.standardFile).path, schemas: schemas)
        let standard = try NationalRules.standard()
        #expect(loaded == standard)
        #expect(standard.diagnostics(schemas: schemas, file: "standard").isEmpty)
        #expect(standard.shares.map(\.id) == ["information-share-of-integrity-investigations", "hospitality-declined-share",
                                              "second-jobs-approved-share", "second-jobs-refused-share"])
        #expect(standard.outliers.k == 3.5 && standard.outliers.minimumForces == 10)
    }
}
