import Foundation
import ProbityCore
import Testing

/// Areas with small data-return schemas, so the national aggregation is tested on figures
/// chosen here rather than on what the real plugins declare.
protocol NationalStubArea: Sendable {
    static var id: AreaID { get }
    static var schema: DataReturnSchema { get }
}

/// A plugin that finds nothing and declares its area's stub schema.
struct NationalStubPlugin<Area: NationalStubArea>: AreaPlugin {
    static var descriptor: PluginDescriptor {
        PluginDescriptor(area: Area.id, name: "stub \(Area.id)", rationale: "declares a data return, finds nothing (tests)",
                         dataReturn: Area.schema, thresholds: [], examples: [])
    }

    func evaluate(_ context: AreaContext) -> AreaEvaluation { AreaEvaluation() }
}

enum NationalStubInformation: NationalStubArea {
    static let id: AreaID = "information"
    static let total = DataReturnField.count("investigations.total", "investigations opened")
    static let open = DataReturnField.count("investigations.outcomes.open", "still open")
    static let closed = DataReturnField.count("investigations.outcomes.closed", "closed")
    static let schema = DataReturnSchema(
        fields: [total, open, closed,
                 .amount("acu.staff", "unit staff in full-time equivalents"),
                 .flag("audits.proactive", "audits systems proactively"),
                 .choice("audits.level", ["none", "some", "all"], "how much is audited")],
        reconciliations: [.sum(total: total, parts: [open, closed])])
}

enum NationalStubProfessionalStandards: NationalStubArea {
    static let id: AreaID = "professional-standards"
    static let schema = DataReturnSchema(fields: [.count("investigations.total", "integrity investigations opened")])
}

enum NationalStubMedia: NationalStubArea {
    static let id: AreaID = "media"
    static let schema = DataReturnSchema.empty
}

enum NationalStubGratuities: NationalStubArea {
    static let id: AreaID = "gratuities"
    static let schema = DataReturnSchema.empty
}

enum NationalStubProcurement: NationalStubArea {
    static let id: AreaID = "procurement"
    static let schema = DataReturnSchema.empty
}

enum NationalStubBusinessInterests: NationalStubArea {
    static let id: AreaID = "business-interests"
    static let schema = DataReturnSchema.empty
}

enum NationalStubGovernance: NationalStubArea {
    static let id: AreaID = "governance"
    static let schema = DataReturnSchema.empty
}

/// Forces built in memory: a blank assessment, the statuses and figures a test sets, then
/// validated and scored by the real pipeline with the stub plugins.
enum NationalTestForces {
    static let plugins = PluginSet([
        NationalStubPlugin<NationalStubMedia>(), NationalStubPlugin<NationalStubInformation>(),
        NationalStubPlugin<NationalStubGratuities>(), NationalStubPlugin<NationalStubProcurement>(),
        NationalStubPlugin<NationalStubBusinessInterests>(), NationalStubPlugin<NationalStubProfessionalStandards>(),
        NationalStubPlugin<NationalStubGovernance>(),
    ])

    static let nineMonths = Period(start: date("2011-09-01"), end: date("2012-05-31"))
    static let twelveMonths = Period(start: date("2011-01-01"), end: date("2011-12-31"))

    static func date(_ text: String) -> LocalDate { LocalDate(text) ?? LocalDate(daysSinceEpoch: 0) }

    static func checklist() throws -> Checklist { try ChecklistCatalog.builtIn().checklist(id: "revisit-2012") }

    static func aggregator(rules: NationalRules = rules(), expected: Int? = nil) throws -> NationalAggregator {
        let checklist = try checklist()
        return NationalAggregator(checklist: checklist, scale: try #require(checklist.activeScale),
                                  schemas: plugins.schemas, rules: rules, expectedForces: expected)
    }

    /// Rules over the stub figures: one share, outliers on the information total.
    static func rules(k: Double = 3.5, minimumForces: Int = 10) -> NationalRules {
        NationalRules(
            periodFigures: ["investigations"],
            shares: [ShareRule(id: "info-share", label: "Information share",
                               numerator: FigureRef("information", "investigations.total"),
                               denominator: FigureRef("professional-standards", "investigations.total"))],
            outliers: OutlierRule(k: k, minimumForces: minimumForces, figures: [FigureRef("information", "investigations.total")]))
    }

    /// A force: `statuses` overrides items of the blank assessment (the rest not assessed, or
    /// all `rest` when given); `returns` maps `area` to `path: value` figures.
    static func force(_ code: String, workforce: Int? = 1000, period: Period = nineMonths,
                      statuses: [ItemID: AnswerStatus] = [:], rest: AnswerStatus? = nil,
                      returns: [String: [String: JSONValue]] = [:]) throws -> NationalForce {
        let checklist = try checklist()
        var assessment = AssessmentTemplate.blank(
            checklist: checklist, force: ForceInfo(name: "Force \(code) (synthetic)", code: code, workforce: workforce),
            year: 2012, period: period)
        assessment.answers = assessment.answers.map { answer in
            let status = statuses[answer.item] ?? rest ?? .notAssessed
            return Answer(item: answer.item, status: status, narrative: "synthetic",
                          reason: status == .notApplicable ? "does not arise (synthetic)" : nil)
        }
        assessment.dataReturns = returns.mapValues(nested)
        let report = AssessmentValidator(assessment: assessment, checklist: checklist, file: "\(code).json",
                                         schemas: plugins.schemas).validate()
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.errors.map(\.rendered))")
        let scorecard = try HealthCheck(catalog: try ChecklistCatalog.builtIn(), plugins: plugins)
            .score(assessment, checklist: checklist, dataReturns: report.dataReturns, registers: nil)
        return NationalForce(code: ForceCode(code), name: assessment.force.name, file: "\(code).json", workforce: workforce,
                             period: period, scorecard: scorecard, figures: report.dataReturns)
    }

    /// `["investigations.total": 3]` as `{"investigations": {"total": 3}}`.
    static func nested(_ figures: [String: JSONValue]) -> JSONValue {
        var root: [String: JSONValue] = [:]
        for (path, value) in figures { insert(value, at: path.split(separator: ".").map(String.init), into: &root) }
        return .object(root)
    }

    static func insert(_ value: JSONValue, at keys: [String], into object: inout [String: JSONValue]) {
        guard let first = keys.first else { return }
        if keys.count == 1 {
            object[first] = value
            return
        }
        var child = object[first]?.objectValue ?? [:]
        insert(value, at: Array(keys.dropFirst()), into: &child)
        object[first] = .object(child)
    }

    /// An information return with `total` investigations, `open` of them still open.
    static func information(_ total: Double, open: Double = 0) -> [String: JSONValue] {
        ["investigations.total": .number(total), "investigations.outcomes.open": .number(open),
         "investigations.outcomes.closed": .number(total - open)]
    }
}
