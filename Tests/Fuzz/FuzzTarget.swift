import Foundation
@testable import ProbityCore
import ProbityRegisters

/// What one fuzzing run feeds its input to: the hand-written parsers and every loader a file
/// from outside reaches. Each runs the same steps the CLI runs on a file, so a trap here is a
/// trap a hostile file could cause. Errors are the expected outcome for most inputs; only a
/// crash, a hang or a sanitizer report is a finding.
enum FuzzTarget: String, CaseIterable {
    case json
    case assessment
    case checklist
    case moderation
    case plan
    case csv
    case date

    /// The target named by PROBITY_FUZZ_TARGET (json when unset or unknown).
    static let selected: FuzzTarget = {
        ProcessInfo.processInfo.environment["PROBITY_FUZZ_TARGET"].flatMap(FuzzTarget.init(rawValue:)) ?? .json
    }()

    /// The shipped checklists and a health check with no plugins: the core scores every area
    /// from answers and evidence, which is the code path a hostile assessment reaches first.
    static let healthCheck: HealthCheck? = {
        guard let catalog = try? ChecklistCatalog.builtIn() else { return nil }
        return HealthCheck(catalog: catalog, plugins: PluginSet([]))
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .json: _ = try? JSONDocument.parse(bytes: bytes, file: "fuzz.json")
        case .assessment: assessment(bytes)
        case .checklist: checklist(bytes)
        case .moderation: moderation(bytes)
        case .plan: plan(bytes)
        case .csv: csv(bytes)
        case .date: date(bytes)
        }
    }

    func assessment(_ bytes: [UInt8]) {
        guard let healthCheck = Self.healthCheck,
              let document = try? JSONDocument.parse(bytes: bytes, file: "fuzz.json"),
              (try? document.requireSchemaVersion(Assessment.supportedSchemaVersions)) != nil,
              let assessment = try? document.decode(Assessment.self)
        else { return }
        let loaded = AssessmentDocument(file: "fuzz.json", path: "/nonexistent/fuzz.json", assessment: assessment, bytes: bytes)
        guard let report = try? healthCheck.validate(loaded), !report.diagnostics.hasErrors else { return }
        _ = try? healthCheck.score(loaded, registers: nil)
    }

    func checklist(_ bytes: [UInt8]) {
        guard let document = try? JSONDocument.parse(bytes: bytes, file: "fuzz.json"),
              let catalog = try? ChecklistCatalog.build([document], validate: false)
        else { return }
        _ = catalog.diagnostics()
    }

    func moderation(_ bytes: [UInt8]) {
        guard let document = try? JSONDocument.parse(bytes: bytes, file: "fuzz.json"),
              (try? document.requireSchemaVersion(ModerationLog.supportedSchemaVersions)) != nil,
              let log = try? document.decode(ModerationLog.self)
        else { return }
        let values = document.value.value(at: [.key("entries")])?.arrayValue ?? []
        let loaded = ModerationLogDocument(file: "fuzz.json", bytes: bytes, log: log, entryValues: values)
        _ = ModerationVerifier(loaded).verify(assessment: SHA256.hash(Array("{}".utf8)), assessmentFile: "fuzz-assessment.json")
    }

    func plan(_ bytes: [UInt8]) {
        guard let document = try? JSONDocument.parse(bytes: bytes, file: "fuzz.json"),
              (try? PlanDocument.refuseOtherFiles(document)) != nil,
              (try? document.requireSchemaVersion(ImprovementPlan.supportedSchemaVersions)) != nil,
              let plan = try? document.decode(ImprovementPlan.self)
        else { return }
        _ = PlanDocument.validate(plan, file: "fuzz.json")
    }

    func csv(_ bytes: [UInt8]) {
        _ = try? CSVReader(file: "fuzz.csv", data: Data(bytes)).readAll(skipBadRows: bytes.first.map { $0 & 1 == 1 } ?? false)
    }

    func date(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = LocalDate(text)
        _ = EvidenceDate(text)
        if let date = EvidenceDate(text) { _ = date.overlaps(from: date.first, to: date.last.adding(months: 3)) }
    }
}
