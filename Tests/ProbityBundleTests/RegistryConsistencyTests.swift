import Foundation
import ProbityCore
import ProbityBundle
import Testing

/// The plugin registry, the `Plugins/` folders and every shipped checklist's areas must match
/// one to one, and every threshold a plugin reads and every item its findings declare must be in
/// the checklist's data.
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

    /// The checklist decides which areas exist: every registered plugin's area is in some shipped
    /// checklist, and each checklist's thresholds satisfy the plugins of its areas.
    @Test func everyPluginsAreaIsInAChecklist() throws {
        let catalog = try ChecklistCatalog.builtIn()
        let areas = Set(catalog.entries.flatMap { $0.checklist.areas.map(\.id) })
        #expect(!catalog.entries.isEmpty)
        for plugin in PluginRegistry.instances {
            #expect(areas.contains(plugin.descriptor.area), "\(plugin.descriptor.area) is in no checklist")
        }
        for entry in catalog.entries {
            let problems = PluginSet(PluginRegistry.instances).diagnostics(for: entry.checklist, file: entry.file)
            #expect(problems.isEmpty, "\(problems.map(\.rendered))")
        }
    }

    @Test func twoPluginsForOneAreaAreRefused() throws {
        let checklist = try ChecklistCatalog.builtIn().checklist(id: "revisit-2012")
        let doubled = PluginSet(PluginRegistry.instances + [PluginRegistry.instances[0]])
        let problems = doubled.diagnostics(for: checklist, file: "revisit-2012.json").map(\.rendered)
        #expect(problems == ["revisit-2012.json: areas[0].id: area \"media\" has 2 plugins; an area has at most one"])
    }

    /// An area with no plugin is still scored, from its answers and evidence: without the media
    /// plugin, media's answer findings and grade still come from the core.
    @Test func anAreaWithoutAPluginIsScoredFromItsAnswers() throws {
        let catalog = try ChecklistCatalog.builtIn()
        let checklist = try catalog.checklist(id: "revisit-2012")
        let withoutMedia = PluginSet(PluginRegistry.instances.filter { $0.descriptor.area != "media" })
        var assessment = AssessmentTemplate.blank(checklist: checklist, force: ForceInfo(name: "Testshire Police", code: "TP"), year: 2012)
        assessment.evidence = [EvidenceRecord(id: "EV-01", kind: "policy", title: "Policy", date: EvidenceDate("2012-03"), status: "in-force")]
        assessment.answers = checklist.allItems.map { item in
            Answer(item: item.id, status: item.id == "MR-03" ? .notMet : .met, evidence: ["EV-01"])
        }
        let card = try HealthCheck(catalog: catalog, plugins: withoutMedia)
            .score(assessment, checklist: checklist, dataReturns: [:], registers: nil)
        let media = try #require(card.area("media"))
        #expect(media.grade != nil)
        #expect(media.findings.map(\.id).contains("MR-03-A"))
        #expect(media.findings.allSatisfy { $0.origin == .answer })
        #expect(media.returnFigures == nil, "no plugin, no data-return schema")
    }

    /// The contract between a plugin and a checklist: removing or renaming an item a plugin's
    /// finding declares fails at load, naming the plugin, the finding and the item.
    @Test func removingADeclaredItemFailsAtLoad() throws {
        let catalog = try ChecklistCatalog.builtIn()
        var checklist = try catalog.checklist(id: "revisit-2012")
        let media = try #require(checklist.areas.firstIndex { $0.id == "media" })
        checklist.areas[media].items.removeAll { $0.id == "MR-02" }
        let plugins = PluginSet(PluginRegistry.instances)
        let problems = plugins.diagnostics(for: checklist, file: "revisit-2012.json").map(\.rendered)
        #expect(problems == [
            "revisit-2012.json: areas[0].items: the media plugin's finding MR-F04 reads item MR-02, which revisit-2012 does not "
                + "have; restore the item, or declare the checklist versions the finding serves",
        ])
        // `HealthCheck.checklist(for:)` and `probity checklist validate` refuse it through this call.
        #expect(throws: ProbityError.self) { try plugins.requireCompatibility(with: checklist, file: "revisit-2012.json") }
    }

    /// Every item every finding declares, removed or renamed in turn from each shipped checklist
    /// the finding serves, is reported with the plugin, the finding and the item.
    @Test func everyDeclaredItemIsCheckedAtLoad() throws {
        let plugins = PluginSet(PluginRegistry.instances)
        for entry in try ChecklistCatalog.builtIn().entries {
            for plugin in PluginRegistry.instances {
                let descriptor = plugin.descriptor
                guard let index = entry.checklist.areas.firstIndex(where: { $0.id == descriptor.area }) else { continue }
                let required = Set(descriptor.findings.flatMap { $0.requiredItems(in: entry.checklist.id) })
                for item in required.sorted() {
                    let readers = descriptor.findings.filter { $0.requiredItems(in: entry.checklist.id).contains(item) }
                    for rename in [false, true] {
                        var checklist = entry.checklist
                        if rename, let position = checklist.areas[index].items.firstIndex(where: { $0.id == item }) {
                            checklist.areas[index].items[position].id = ItemID(item.rawValue + "X")
                        } else {
                            checklist.areas[index].items.removeAll { $0.id == item }
                        }
                        let messages = plugins.diagnostics(for: checklist, file: entry.file).map(\.message)
                        for finding in readers {
                            let expected = "the \(descriptor.area) plugin's finding \(finding.id) reads item \(item), which \(entry.checklist.id)"
                            #expect(messages.contains { $0.hasPrefix(expected) }, "\(expected): \(messages)")
                        }
                    }
                }
            }
        }
    }
}
