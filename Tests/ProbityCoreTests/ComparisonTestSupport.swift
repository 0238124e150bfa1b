import Foundation
import ProbityCore

/// A plugin whose findings and metrics are scripted by the test, one type per area (a plugin's
/// area is static).
protocol ComparisonStubArea: Sendable { static var id: AreaID { get } }

struct ComparisonStubPlugin<Area: ComparisonStubArea>: AreaPlugin {
    static var descriptor: PluginDescriptor {
        PluginDescriptor(area: Area.id, name: "stub", rationale: "scripted by the test", dataReturn: .empty,
                         thresholds: [], examples: [])
    }

    var findings: [Finding] = []
    var metrics: [Metric] = []

    init() {}

    init(findings: [Finding], metrics: [Metric]) {
        self.findings = findings
        self.metrics = metrics
    }

    func evaluate(_ context: AreaContext) -> AreaEvaluation { AreaEvaluation(findings: findings, metrics: metrics) }
}

enum ComparisonMedia: ComparisonStubArea { static let id: AreaID = "media" }
enum ComparisonInformation: ComparisonStubArea { static let id: AreaID = "information" }
enum ComparisonGratuities: ComparisonStubArea { static let id: AreaID = "gratuities" }
enum ComparisonProcurement: ComparisonStubArea { static let id: AreaID = "procurement" }
enum ComparisonBusinessInterests: ComparisonStubArea { static let id: AreaID = "business-interests" }
enum ComparisonProfessionalStandards: ComparisonStubArea { static let id: AreaID = "professional-standards" }
enum ComparisonGovernance: ComparisonStubArea { static let id: AreaID = "governance" }

/// Builds scored files of a synthetic force from statuses, scripted findings and metrics.
enum ComparisonFixture {
    static let force = ForceInfo(name: "Eastmoor Police", code: "EM", workforce: 2000)
    static let period2011 = AssessmentTemplate.defaultPeriod(year: 2011)
    static let period2012 = AssessmentTemplate.defaultPeriod(year: 2012)

    static func plugins(findings: [AreaID: [Finding]], metrics: [AreaID: [Metric]]) -> PluginSet {
        func stub<A: ComparisonStubArea>(_ area: A.Type) -> any AreaPlugin {
            ComparisonStubPlugin<A>(findings: findings[A.id] ?? [], metrics: metrics[A.id] ?? [])
        }
        return PluginSet([
            stub(ComparisonMedia.self), stub(ComparisonInformation.self), stub(ComparisonGratuities.self),
            stub(ComparisonProcurement.self), stub(ComparisonBusinessInterests.self),
            stub(ComparisonProfessionalStandards.self), stub(ComparisonGovernance.self),
        ])
    }

    /// A scored file answering `checklist` (every item `fallback` unless listed).
    static func scored(
        _ checklistID: ChecklistID, year: Int, file: String, force: ForceInfo = force,
        statuses: [ItemID: AnswerStatus] = [:], fallback: AnswerStatus = .partiallyMet,
        findings: [AreaID: [Finding]] = [:], metrics: [AreaID: [Metric]] = [:], figures: [ReturnFigure] = []
    ) throws -> ScoredFile {
        let catalog = try ChecklistCatalog.builtIn()
        let checklist = try catalog.checklist(id: checklistID)
        var assessment = AssessmentTemplate.blank(checklist: checklist, force: force, year: year)
        assessment.evidence = [EvidenceRecord(id: "EV-01", kind: "policy", title: "Integrity policy", date: EvidenceDate(assessment.period.start))]
        assessment.answers = checklist.allItems.map { item in
            let status = statuses[item.id] ?? fallback
            return Answer(item: item.id, status: status, evidence: status.isJudged ? ["EV-01"] : nil,
                          reason: status == .notApplicable ? "test" : nil)
        }
        let healthCheck = HealthCheck(catalog: catalog, plugins: plugins(findings: findings, metrics: metrics))
        let scorecard = try healthCheck.score(assessment, checklist: checklist, dataReturns: [:], registers: nil)
        return ScoredFile(file: file, kind: .assessment, scorecard: scorecard, checklist: checklist, figures: figures)
    }

    static func old(statuses: [ItemID: AnswerStatus] = [:], fallback: AnswerStatus = .partiallyMet,
                    findings: [AreaID: [Finding]] = [:], metrics: [AreaID: [Metric]] = [:],
                    figures: [ReturnFigure] = []) throws -> ScoredFile {
        try scored("wfof-2011", year: 2011, file: "old.json", statuses: statuses, fallback: fallback, findings: findings,
                   metrics: metrics, figures: figures)
    }

    static func new(statuses: [ItemID: AnswerStatus] = [:], fallback: AnswerStatus = .partiallyMet,
                    findings: [AreaID: [Finding]] = [:], metrics: [AreaID: [Metric]] = [:],
                    figures: [ReturnFigure] = []) throws -> ScoredFile {
        try scored("revisit-2012", year: 2012, file: "new.json", statuses: statuses, fallback: fallback, findings: findings,
                   metrics: metrics, figures: figures)
    }

    static func finding(_ id: FindingID, _ kind: FindingKind, _ title: String = "A finding", items: [ItemID] = []) -> Finding {
        Finding(id: id, kind: kind, title: title, detail: "scripted", items: items)
    }
}
