import ProbityCore
import ProbityBundle

/// Stand-in area plugins for the HTML report tests: each returns fixed findings and metrics
/// (some with hostile text), so the pages' golden files depend on the core scoring and the
/// renderers, not on the real plugins' thresholds. They accept the real plugins' data-return
/// schemas, so fixtures can carry data returns.
protocol HTMLFixtureArea: Sendable {
    static var id: AreaID { get }
}

struct HTMLFixturePlugin<Area: HTMLFixtureArea>: AreaPlugin {
    static var descriptor: PluginDescriptor {
        let schema = PluginRegistry.instances.first { $0.descriptor.area == Area.id }?.descriptor.dataReturn
        return PluginDescriptor(area: Area.id, name: "Fixture \(Area.id)", rationale: "Test double.", dataReturn: schema ?? .empty,
                                thresholds: [], examples: [])
    }

    init() {}

    func evaluate(_ context: AreaContext) -> AreaEvaluation { HTMLFixtureFindings.evaluation(context) }
}

enum HTMLFixtureMedia: HTMLFixtureArea { static let id: AreaID = "media" }
enum HTMLFixtureInformation: HTMLFixtureArea { static let id: AreaID = "information" }
enum HTMLFixtureGratuities: HTMLFixtureArea { static let id: AreaID = "gratuities" }
enum HTMLFixtureProcurement: HTMLFixtureArea { static let id: AreaID = "procurement" }
enum HTMLFixtureBusinessInterests: HTMLFixtureArea { static let id: AreaID = "business-interests" }
enum HTMLFixtureProfessionalStandards: HTMLFixtureArea { static let id: AreaID = "professional-standards" }
enum HTMLFixtureGovernance: HTMLFixtureArea { static let id: AreaID = "governance" }

enum HTMLFixtureFindings {
    static let plugins = PluginSet([
        HTMLFixturePlugin<HTMLFixtureMedia>(), HTMLFixturePlugin<HTMLFixtureInformation>(),
        HTMLFixturePlugin<HTMLFixtureGratuities>(), HTMLFixturePlugin<HTMLFixtureProcurement>(),
        HTMLFixturePlugin<HTMLFixtureBusinessInterests>(), HTMLFixturePlugin<HTMLFixtureProfessionalStandards>(),
        HTMLFixturePlugin<HTMLFixtureGovernance>(),
    ])

    static func evaluation(_ context: AreaContext) -> AreaEvaluation {
        let claimed = context.claimsMet("GH-02")
        switch context.area.id.rawValue {
        case "media":
            return AreaEvaluation(findings: [
                Finding(id: "MR-F01", kind: .strength, title: "Contact with the media is logged and reviewed",
                        detail: "Every contact in the period was logged.", items: ["MR-01"]),
            ])
        case "gratuities":
            let declines = Finding(
                id: "GH-F01", kind: .concern, title: "Declined offers are not recorded <script>alert(1)</script>",
                detail: "None of the 412 hospitality entries is a decline, yet the force says declines are recorded.",
                items: ["GH-02", "GH-03"],
                figures: [Figure(label: "Hospitality entries that are declines", value: 0, display: "0 of 412",
                                 source: "dataReturns.gratuities.hospitality.declined")],
                contradicts: claimed ? ["GH-02"] : [])
            return AreaEvaluation(findings: [declines], metrics: [
                Metric(id: "hospitality-declined-share", label: "Hospitality declined", value: 0, unit: .share,
                       basis: "0 declined / 412 hospitality entries"),
                Metric(id: "entries-per-1000-workforce", label: "Register entries per 1,000 workforce", value: 164.8,
                       unit: .perThousandWorkforce, basis: "412 entries / 2,500 workforce"),
            ])
        case "procurement":
            return AreaEvaluation(findings: [
                Finding(id: "PC-F05", kind: .improvement, title: "Low-level spend left to budget holders =HYPERLINK(\"http://x\")",
                        detail: "Register row text: \"Acme & Sons <b>Ltd</b>\", 'quoted'.", items: ["PC-03"],
                        figures: [Figure(label: "Monitoring", value: 0, display: "budget-holder-discretion",
                                         source: "dataReturns.procurement.lowLevelSpend.monitoring")]),
            ])
        case "governance":
            return AreaEvaluation(findings: [
                Finding(id: "GV-F01", kind: .improvement, title: "Integrity board meets irregularly",
                        detail: "Two meetings in nine months.", items: ["GV-01"]),
            ])
        default:
            return AreaEvaluation()
        }
    }
}
