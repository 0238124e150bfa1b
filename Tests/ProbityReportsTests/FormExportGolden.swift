import Foundation
import ProbityCore
import ProbityReports
import Testing

/// Golden files and inputs of the form, CSV and OSCAL tests (`Golden/form`, `Golden/csv`,
/// `Golden/oscal`). Text is compared exactly, JSON after parsing; `PROBITY_RECORD_GOLDEN=1`
/// writes the golden files instead (review the diff before committing them). Scoring uses the
/// stand-in plugins of the HTML tests, so the files depend on the core and the renderers only.
enum FormExportGolden {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let fixture = golden.appendingPathComponent("csv/fixtures/hostile-assessment.json")
    static let context = ReportContext(version: "0.0.0-test", generatedAt: "2026-01-01T00:00:00Z")

    /// The hostile fixture, scored.
    static func scored() throws -> (document: AssessmentDocument, scorecard: Scorecard, checklist: Checklist) {
        let document = try AssessmentDocument.load(path: fixture.path, displayName: "hostile-assessment.json")
        let check = HealthCheck(catalog: try ChecklistCatalog.builtIn(), plugins: HTMLFixtureFindings.plugins)
        return (document, try check.score(document, registers: nil), try check.checklist(for: document.assessment))
    }

    static func checklist(_ id: String = "revisit-2012") throws -> Checklist {
        try ChecklistCatalog.builtIn().checklist(id: ChecklistID(id))
    }

    /// Compares with `Golden/<name>` (JSON files after parsing); see `GoldenFile`.
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try GoldenFile(directory: golden).check(actual, against: name, sourceLocation: sourceLocation)
    }

    static func parse(_ text: String) throws -> NSObject {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) as? NSObject)
    }

    /// Every value in a JSON tree with its path, for structural checks.
    static func walk(_ value: Any, path: String = "", visit: (String, Any) -> Void) {
        visit(path, value)
        if let object = value as? [String: Any] {
            for key in object.keys.sorted() { walk(object[key] as Any, path: path + "." + key, visit: visit) }
        } else if let array = value as? [Any] {
            for (index, element) in array.enumerated() { walk(element, path: path + "[\(index)]", visit: visit) }
        }
    }
}
