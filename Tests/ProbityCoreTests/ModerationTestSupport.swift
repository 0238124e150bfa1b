import Foundation
import ProbityCore
import Testing

/// A plugin that finds nothing, one per area, so moderation tests depend on the core scoring
/// model and the checklist only, not on what the real area plugins conclude.
protocol SilentArea: Sendable { static var id: AreaID { get } }

struct SilentPlugin<Area: SilentArea>: AreaPlugin {
    static var descriptor: PluginDescriptor {
        PluginDescriptor(area: Area.id, name: "silent \(Area.id)", rationale: "finds nothing (tests)",
                         dataReturn: .empty, thresholds: [], examples: [])
    }

    func evaluate(_ context: AreaContext) -> AreaEvaluation { AreaEvaluation() }
}

enum SilentMedia: SilentArea { static let id: AreaID = "media" }
enum SilentInformation: SilentArea { static let id: AreaID = "information" }
enum SilentGratuities: SilentArea { static let id: AreaID = "gratuities" }
enum SilentProcurement: SilentArea { static let id: AreaID = "procurement" }
enum SilentBusinessInterests: SilentArea { static let id: AreaID = "business-interests" }
enum SilentProfessionalStandards: SilentArea { static let id: AreaID = "professional-standards" }
enum SilentGovernance: SilentArea { static let id: AreaID = "governance" }

enum ModerationFixture {
    static let inspector = Moderator(name: "A. Inspector", role: "HMI")
    static let lead = Moderator(name: "B. Moderator", role: "inspection lead")
    static let day = LocalDate(daysSinceEpoch: 20_454) // 2026-01-01

    static func healthCheck() throws -> HealthCheck {
        HealthCheck(catalog: try ChecklistCatalog.builtIn(), plugins: PluginSet([
            SilentPlugin<SilentMedia>(), SilentPlugin<SilentInformation>(), SilentPlugin<SilentGratuities>(),
            SilentPlugin<SilentProcurement>(), SilentPlugin<SilentBusinessInterests>(),
            SilentPlugin<SilentProfessionalStandards>(), SilentPlugin<SilentGovernance>(),
        ]))
    }

    static func checklist() throws -> Checklist {
        try ChecklistCatalog.builtIn().checklist(id: "revisit-2012")
    }

    /// Every media item met, each citing one policy dated in the period (EV-MR-01 ...), so the
    /// media area self-assesses at 100; GH-08 partially met with a training record; the rest
    /// not yet assessed.
    static func assessment() throws -> Assessment {
        let checklist = try checklist()
        var assessment = AssessmentTemplate.blank(checklist: checklist, force: ForceInfo(name: "Testshire Constabulary", code: "TC", workforce: 2000), year: 2012)
        let media = try #require(checklist.area("media")).items.map(\.id)
        let dated = LocalDate(year: 2012, month: 1, day: 15)
        assessment.evidence = media.map { EvidenceRecord(id: EvidenceID("EV-\($0)"), kind: "policy", title: "Policy for \($0)", date: dated.map(EvidenceDate.init), supports: [$0]) }
            + [EvidenceRecord(id: "EV-GH-08", kind: "training-record", title: "Training log", date: dated.map(EvidenceDate.init), supports: ["GH-08"])]
        assessment.answers = assessment.answers.map { answer in
            if media.contains(answer.item) { return Answer(item: answer.item, status: .met, evidence: [EvidenceID("EV-\(answer.item)")]) }
            if answer.item == "GH-08" { return Answer(item: "GH-08", status: .partiallyMet, evidence: ["EV-GH-08"]) }
            return answer
        }
        return assessment
    }

    /// The assessment as a file (one directory per distinct content, shared by the tests).
    static func document(_ assessment: Assessment, file: String = "assessment.json") throws -> AssessmentDocument {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let bytes = try encoder.encode(assessment)
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("probity-moderation-fixture-\(SHA256.hash(Array(bytes)).hex.prefix(16))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(file)
        try bytes.write(to: url, options: .atomic)
        return try AssessmentDocument.load(path: url.path, displayName: file)
    }

    /// The four-entry log the scoring tests use: MR-02 overstated (documented only), MR-03 not
    /// met with a finding, GH-08 understated, MR-01's evidence regraded to sampled.
    static func log(for document: AssessmentDocument) throws -> ModerationLog {
        let bytes = document.bytes
        return try ModerationLog.start(assessmentFile: document.file, assessmentBytes: bytes)
            .appending(moderator: inspector, date: day, assessmentBytes: bytes, items: [
                ItemModeration(item: "MR-02", status: .partiallyMet, evidence: [EvidenceGrade(id: "EV-MR-02", sufficiency: "documented")],
                               rationale: "The contact log exists but only the press office uses it."),
            ])
            .appending(moderator: inspector, date: day, assessmentBytes: bytes, items: [
                ItemModeration(item: "MR-03", status: .notMet, evidence: [EvidenceGrade(id: "EV-MR-03", sufficiency: "asserted")],
                               rationale: "No compliance check has been run outside the press office."),
            ], findings: [InspectorFinding(kind: .improvement, title: "Media-contact recording is not checked",
                                           detail: "Nobody checks that contacts are recorded outside the press office.", items: ["MR-03"])])
            .appending(moderator: lead, date: day, assessmentBytes: bytes, items: [
                ItemModeration(item: "GH-08", status: .met, evidence: [EvidenceGrade(id: "EV-GH-08", sufficiency: "tested")],
                               rationale: "Focus groups confirmed every team had the briefing."),
            ])
            .appending(moderator: lead, date: day, assessmentBytes: bytes, items: [
                ItemModeration(item: "MR-01", evidence: [EvidenceGrade(id: "EV-MR-01", sufficiency: "sampled")],
                               rationale: "Dip sample of ten decisions followed the policy."),
            ])
    }
}
