import Foundation
import ProbityCore
import Testing

/// The national rules are data: figures named `area:path`, checked against the plugins'
/// schemas with errors that name the place and suggest the near miss.
@Suite struct NationalRulesTests {
    static let schemas = NationalTestForces.plugins.schemas

    @Test func figuresAreNamedAreaColonPath() {
        #expect(FigureRef(parsing: "information:investigations.total") == FigureRef("information", "investigations.total"))
        #expect(FigureRef(parsing: "information") == nil)
        #expect(FigureRef(parsing: ":investigations.total") == nil)
        #expect(FigureRef(parsing: "information:") == nil)
        #expect(FigureRef("media", "a.b").description == "media:a.b")
    }

    @Test func theTestRulesAreValid() {
        #expect(NationalTestForces.rules().diagnostics(schemas: Self.schemas, file: "rules.json").isEmpty)
    }

    @Test func unknownAreasAndFiguresAreNamedWithASuggestion() {
        var rules = NationalTestForces.rules()
        rules.shares[0].numerator = FigureRef("infromation", "investigations.total")
        rules.shares[0].denominator = FigureRef("professional-standards", "investigations.totl")
        rules.outliers.figures = [FigureRef("information", "audits.proactive"), FigureRef("information", "acu.staff")]
        rules.outliers.k = 0
        rules.outliers.minimumForces = 2
        let rendered = rules.diagnostics(schemas: Self.schemas, file: "rules.json").map(\.rendered)
        #expect(rendered == [
            "rules.json: shares[0].numerator: unknown area \"infromation\" in \"infromation:investigations.total\"; did you mean \"information\"?",
            "rules.json: shares[0].denominator: the professional-standards data return has no figure \"investigations.totl\"; did you mean \"investigations.total\"?",
            "rules.json: outliers.figures[0]: \"information:audits.proactive\" is true or false, not a figure that can be added up",
            "rules.json: outliers.figures[0]: \"information:audits.proactive\" is not counted over the data period (see periodFigures), so it has no rate per month",
            "rules.json: outliers.figures[1]: \"information:acu.staff\" is not counted over the data period (see periodFigures), so it has no rate per month",
            "rules.json: outliers.k: k must be more than 0, found 0",
            "rules.json: outliers.minimumForces: at least 3 forces are needed to judge a spread, found 2",
        ])
    }

    @Test func aRulesFileIsReadAndChecked() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("probity-national-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let good = directory.appendingPathComponent("good.json")
        try Data(#"{"schemaVersion": 1, "periodFigures": ["investigations"], "shares": [], "outliers": {"k": 2, "minimumForces": 5, "figures": ["information:investigations.total"]}}"#.utf8).write(to: good)
        let rules = try NationalRules.load(path: good.path, displayName: "good.json", schemas: Self.schemas)
        #expect(rules.outliers.k == 2 && rules.outliers.figures == [FigureRef("information", "investigations.total")])

        let badFigure = directory.appendingPathComponent("bad-figure.json")
        try Data(#"{"schemaVersion": 1, "periodFigures": [], "shares": [], "outliers": {"k": 2, "minimumForces": 5, "figures": ["investigations.total"]}}"#.utf8).write(to: badFigure)
        #expect(throws: ProbityError.invalidValue(file: "bad-figure.json", path: JSONPath([.key("outliers"), .key("figures"), .index(0)]),
                                                  reason: "expected a figure as \"area:path\" (information:investigations.total), found \"investigations.total\"")) {
            try NationalRules.load(path: badFigure.path, displayName: "bad-figure.json", schemas: Self.schemas)
        }

        let unknown = directory.appendingPathComponent("unknown.json")
        try Data(#"{"schemaVersion": 1, "periodFigures": ["investigations"], "shares": [], "outliers": {"k": 2, "minimumForces": 5, "figures": ["information:investigations.totals"]}}"#.utf8).write(to: unknown)
        do {
            _ = try NationalRules.load(path: unknown.path, displayName: "unknown.json", schemas: Self.schemas)
            Issue.record("an unknown figure must be refused")
        } catch {
            guard case .validationFailed(let file, let diagnostics) = error else { throw error }
            #expect(file == "unknown.json")
            #expect(diagnostics.map(\.rendered) == [
                "unknown.json: outliers.figures[0]: the information data return has no figure \"investigations.totals\"; did you mean \"investigations.total\"?",
            ])
        }

        let future = directory.appendingPathComponent("future.json")
        try Data(#"{"schemaVersion": 2}"#.utf8).write(to: future)
        #expect(throws: ProbityError.unsupportedSchemaVersion(file: "future.json", found: "number 2", supported: [1])) {
            try NationalRules.load(path: future.path, displayName: "future.json", schemas: Self.schemas)
        }
    }
}
