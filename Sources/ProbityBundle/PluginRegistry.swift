import BusinessInterestsArea
import GovernanceArea
import GratuitiesArea
import InformationArea
import MediaArea
import ProbityCore
import ProcurementArea
import ProfessionalStandardsArea

/// The one explicit list of area plugins. A test keeps it in step with the `Plugins/` folders
/// and the checklist's areas.
public enum PluginRegistry {
    public static let all: [any AreaPlugin.Type] = [
        MediaPlugin.self,
        InformationPlugin.self,
        GratuitiesPlugin.self,
        ProcurementPlugin.self,
        BusinessInterestsPlugin.self,
        ProfessionalStandardsPlugin.self,
        GovernancePlugin.self,
    ]

    public static var instances: [any AreaPlugin] { all.map { $0.init() } }
}
