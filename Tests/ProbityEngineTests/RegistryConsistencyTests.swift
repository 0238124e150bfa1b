import Foundation
import ProbityCore
import ProbityEngine
import Testing

/// The plugin registry, the `Plugins/` folders and every shipped checklist's areas must match
/// one to one, and every threshold a plugin reads must be in the checklist's data.
@Suite struct RegistryConsistencyTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `business-interests` lives in `Plugins/BusinessInterests`.
    static func folderName(for area: AreaID) -> String {
        area.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    @Test func registryMatchesPluginFolders() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.packageRoot.appendingPathComponent("Plugins").path)
            .filter { !$0.hasPrefix(".") }
        let registered = PluginRegistry.instances.map { Self.folderName(for: $0.descriptor.area) }
        #expect(Set(folders) == Set(registered))
        #expect(registered.count == Set(registered).count, "an area is registered twice")
    }

    @Test func registryMatchesEveryChecklistsAreas() throws {
        let catalog = try ChecklistCatalog.builtIn()
        let registered = Set(PluginRegistry.instances.map(\.descriptor.area))
        #expect(!catalog.entries.isEmpty)
        for entry in catalog.entries {
            #expect(Set(entry.checklist.areas.map(\.id)) == registered, "\(entry.file) areas differ from the registry")
            let problems = PluginSet(PluginRegistry.instances).diagnostics(for: entry.checklist, file: entry.file)
            #expect(problems.isEmpty, "\(problems.map(\.rendered))")
        }
    }

    @Test func aMissingPluginIsAnErrorAtLoadTime() throws {
        let checklist = try ChecklistCatalog.builtIn().checklist(id: "revisit-2012")
        let withoutMedia = PluginSet(PluginRegistry.instances.filter { $0.descriptor.area != "media" })
        #expect(throws: ProbityError.missingPlugin(area: "media", checklist: checklist.id)) {
            try withoutMedia.requireCoverage(of: checklist, file: "Checklists/revisit-2012.json")
        }
    }
}
