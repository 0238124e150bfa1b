import Foundation
import ProbityCore
import ProbityBundle
import ProbityReports
import Testing

/// The HTML tests' inputs: synthetic assessments under `Golden/html/fixtures/` (hostile text
/// in the force's narratives and evidence titles), scored with the stand-in plugins.
enum HTMLFixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let goldenDirectory = testsDirectory.appendingPathComponent("Golden/html")
    static let fixturesDirectory = goldenDirectory.appendingPathComponent("fixtures")
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let context = ReportContext(version: "0.0.0-test", generatedAt: "2026-01-01T00:00:00Z")

    static func document(_ name: String) throws -> AssessmentDocument {
        try AssessmentDocument.load(path: fixturesDirectory.appendingPathComponent(name).path, displayName: name)
    }

    static func healthCheck(_ plugins: PluginSet = HTMLFixtureFindings.plugins) throws -> HealthCheck {
        HealthCheck(catalog: try ChecklistCatalog.builtIn(), plugins: plugins)
    }

    /// The scorecard of a fixture and what its page shows besides.
    static func scored(_ name: String) throws -> (Scorecard, ScorecardSources) {
        let document = try document(name)
        let check = try healthCheck()
        let scorecard = try check.score(document, registers: nil)
        let checklist = try check.checklist(for: document.assessment)
        return (scorecard, ScorecardSources(assessment: document.assessment, checklist: checklist))
    }

    /// The fixture scored beside its moderation log (`<name>.moderation.json`).
    static func moderated(_ name: String = "hostile-2012") throws -> (ModeratedScorecard, ScorecardSources) {
        let document = try document("\(name).json")
        let logName = "\(name).moderation.json"
        let log = try ModerationLogDocument.load(path: fixturesDirectory.appendingPathComponent(logName).path, displayName: logName)
        let check = try healthCheck()
        let moderated = try ModeratedHealthCheck(check).score(document, moderation: log)
        let checklist = try check.checklist(for: document.assessment)
        return (moderated, ScorecardSources(assessment: document.assessment, checklist: checklist))
    }

    /// The 2011 and 2012 fixtures compared, with NEW's and OLD's scales.
    static func comparison(old: String = "hostile-2011.json", new: String = "hostile-2012.json") throws
        -> (Comparison, GradeScale, GradeScale) {
        let loader = ScoredFileLoader(healthCheck: try healthCheck())
        let before = try loader.load(path: fixturesDirectory.appendingPathComponent(old).path, displayName: old)
        let after = try loader.load(path: fixturesDirectory.appendingPathComponent(new).path, displayName: new)
        return (try Comparer().compare(before, after), after.scorecard.scale, before.scorecard.scale)
    }

    /// The five synthetic forces under `fixtures/national/`, aggregated by the standard rules.
    static func nationalView(expectedForces: Int? = 6) throws -> NationalView {
        let check = try healthCheck()
        let directory = fixturesDirectory.appendingPathComponent("national")
        let loaded = try NationalLoader(healthCheck: check).load(directory: directory.path, displayName: "national")
        let scale = try #require(loaded.checklist.activeScale)
        return NationalAggregator(checklist: loaded.checklist, scale: scale, schemas: check.plugins.schemas,
                                  rules: try NationalRules.standard(), expectedForces: expectedForces)
            .aggregate(loaded.forces, notes: loaded.notes)
    }

    /// The bundled demo force (`docs/examples/`) scored by the real plugins, with its registers
    /// cross-checked, as `probity report` does.
    static func demoPage(_ name: String = "northshire-2012.json") throws -> (Scorecard, String) {
        let path = packageRoot.appendingPathComponent("docs/examples").appendingPathComponent(name).path
        let document = try AssessmentDocument.load(path: path, displayName: name)
        let check = HealthCheck(catalog: try ChecklistCatalog.builtIn(), plugins: PluginSet(PluginRegistry.instances),
                                registerProvider: RegisterCrosscheck())
        let scorecard = try check.score(document)
        let sources = ScorecardSources(assessment: document.assessment, checklist: try check.checklist(for: document.assessment))
        return (scorecard, HTMLScorecardRenderer.render(scorecard, sources: sources, context: context))
    }

    static func scorecardPage(_ name: String = "hostile-2012.json") throws -> String {
        let (scorecard, sources) = try scored(name)
        return HTMLScorecardRenderer.render(scorecard, sources: sources, context: context)
    }
}
