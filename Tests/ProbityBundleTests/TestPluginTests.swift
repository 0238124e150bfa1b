import Foundation
import ProbityBundle
import ProbityCore
import Testing

/// The plugin path, shown with a plugin written in the test target for the third-year fixture's
/// vetting area (Tests/ProbityCLITests/Fixtures/third-year): a small struct with its descriptor
/// (area, data return, the one finding it can raise with the item it reads, examples) and
/// `evaluate`. Added to the shipped plugins, it scores vetting's data return on top of the
/// core's answer findings; nothing else changes.
struct VettingTestPlugin: AreaPlugin {
    static let lapsed = DataReturnField.count("clearances.lapsed", .level, "vetting clearances lapsed at the end of the period")
    static let finding = FindingSpec("VT-F01", .improvement, title: "Vetting clearances have lapsed", items: ["VT-02"])

    static let descriptor = PluginDescriptor(
        area: "vetting", name: "Vetting (test plugin)", rationale: "Shows how an area gains a plugin.",
        dataReturn: DataReturnSchema(fields: [lapsed]), thresholds: [], findings: [finding],
        examples: [
            PluginExample("no clearance lapsed", checklist: "integrity-2014", dataReturn: #"{"clearances": {"lapsed": 0}}"#,
                          expectGrade: "outstanding"),
            PluginExample("three clearances lapsed while renewal is claimed", checklist: "integrity-2014",
                          dataReturn: #"{"clearances": {"lapsed": 3}}"#, expectGrade: "good", expectFindings: ["VT-F01"],
                          expectContradictions: ["VT-02"]),
        ])

    init() {}

    func evaluate(_ context: AreaContext) -> AreaEvaluation {
        guard let lapsed = context.figures.count(Self.lapsed), lapsed > 0 else { return AreaEvaluation() }
        let figure = FigureBuilder(context: context).field("clearances lapsed", Self.lapsed, lapsed)
        return AreaEvaluation(findings: [
            Self.finding.raise(
                detail: "\(lapsed) vetting clearances had lapsed at the end of the period.", items: ["VT-02"],
                figures: [figure], contradicts: context.claimedMet(["VT-02"])),
        ])
    }
}

@Suite struct TestPluginTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The third-year fixture, loaded with the 2012 checklist its crosswalk points at.
    static func fixture() throws -> Checklist {
        let catalog = try ChecklistCatalog.load(files: [
            packageRoot.appendingPathComponent("Checklists/revisit-2012.json").path,
            packageRoot.appendingPathComponent("Tests/ProbityCLITests/Fixtures/third-year/integrity-2014.json").path,
        ])
        return try catalog.checklist(id: "integrity-2014")
    }

    @Test("the test plugin's examples run against the third-year checklist", arguments: VettingTestPlugin.descriptor.examples)
    func examples(_ example: PluginExample) throws {
        let checklist = try Self.fixture()
        let result = try PluginExampleRunner(checklist: checklist).run(VettingTestPlugin(), example)
        #expect(result.grade == example.expectedGrade, "\(result.why.lines().joined(separator: "\n"))")
        #expect(Set(result.findings.filter { $0.origin != .answer }.map(\.id)) == example.expectedFindings)
        #expect(Set(result.findings.flatMap(\.contradicts)) == example.expectedContradictions)
    }

    @Test func theShippedPluginsPlusTheTestPluginScoreTheNewYear() throws {
        let checklist = try Self.fixture()
        let plugins = PluginSet(PluginRegistry.instances + [VettingTestPlugin()])
        #expect(plugins.diagnostics(for: checklist, file: "integrity-2014.json").isEmpty)
        var assessment = AssessmentTemplate.blank(checklist: checklist, force: ForceInfo(name: "Testshire Police", code: "TP"), year: 2014)
        assessment.evidence = [EvidenceRecord(id: "EV-01", kind: "policy", title: "Policy", date: EvidenceDate("2013-10"), status: "in-force")]
        assessment.answers = checklist.allItems.map { Answer(item: $0.id, status: .met, evidence: ["EV-01"]) }
        let figures = DataReturn(values: ["clearances.lapsed": .number(3)])
        let card = try HealthCheck(catalog: try ChecklistCatalog.builtIn(), plugins: plugins)
            .score(assessment, checklist: checklist, dataReturns: ["vetting": figures], registers: nil)
        let vetting = try #require(card.area("vetting"))
        #expect(vetting.findings.map(\.id).contains("VT-F01"))
        #expect(vetting.items.first { $0.item == "VT-02" }?.contradictedBy == ["VT-F01"])
        #expect(vetting.returnFigures?.first?.source == "dataReturns.vetting.clearances.lapsed")
    }
}
