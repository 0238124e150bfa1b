import Foundation
import ProbityCore
import Testing

/// Every file in `Checklists/` loads, validates, has at least six items per area and a source
/// for every item, and matches the copy embedded in the binary.
@Suite struct ShippedChecklistTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Checklists")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func thereAreTwoYears() throws {
        let catalog = try ChecklistCatalog.load(directory: Self.directory.path)
        #expect(catalog.checklists.map(\.id) == ["revisit-2012", "wfof-2011"])
    }

    @Test(arguments: files)
    func fileValidates(_ name: String) throws {
        let catalog = try ChecklistCatalog.load(directory: Self.directory.path)
        let entry = try #require(catalog.entries.first { $0.file.hasSuffix("/\(name)") })
        let problems = catalog.diagnostics().filter { $0.file == entry.file }
        #expect(problems.isEmpty, "\(problems.map(\.rendered))")
        let checklist = entry.checklist
        #expect(checklist.areas.map(\.id) == ["media", "information", "gratuities", "procurement",
                                              "business-interests", "professional-standards", "governance"])
        for area in checklist.areas {
            #expect(area.items.count >= 6, "\(name): \(area.id) has \(area.items.count) items")
            for item in area.items {
                #expect(!item.source.section.isEmpty, "\(item.id) has no source section")
                #expect(!item.source.recommendations.isEmpty || item.source.finding != nil, "\(item.id) cites no recommendation or finding")
                #expect(!item.goodPractice.isEmpty && !item.question.isEmpty && !item.evidenceKinds.isEmpty)
            }
        }
        #expect(checklist.provenance.statement.contains("not copied"))
    }

    @Test func theRevisitHasACompleteCrosswalk() throws {
        let catalog = try ChecklistCatalog.builtIn()
        let revisit = try catalog.checklist(id: "revisit-2012")
        let original = try catalog.checklist(id: "wfof-2011")
        let crosswalk = try #require(revisit.crosswalk)
        #expect(crosswalk.from == original.id)
        #expect(Set(crosswalk.entries.map(\.item)) == Set(revisit.allItems.map(\.id)))
        #expect(crosswalk.entries.contains { $0.change == .new })
        #expect(crosswalk.entries.contains { $0.change == .changed })
        #expect(!crosswalk.retired.isEmpty)
        #expect(revisit.recommendations.filter { $0.source == "RPR-2012" }.count == 12, "Annex A has twelve recommendations")
    }

    @Test(arguments: files)
    func embeddedCopyMatchesTheFile(_ name: String) throws {
        let onDisk = try String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8)
        let embedded = try #require(ChecklistCatalog.embeddedFiles.first { $0.name == name }, "\(name) is not embedded: run scripts/embed-checklists")
        #expect(embedded.json + "\n" == onDisk || embedded.json == onDisk,
                "Checklists/\(name) differs from the copy embedded in the binary: run scripts/embed-checklists")
    }

    @Test func everyEmbeddedFileIsShipped() {
        #expect(Set(ChecklistCatalog.embeddedFiles.map(\.name)) == Set(Self.files))
    }

    @Test("the practices seed 003 names are each traceable to an item", arguments: [
        "single-register", "declined-offers", "chief-officer-peer-review", "chief-officer-hospitality-challenge",
        "hospitality-supplier-crosscheck", "unannounced-checks", "second-job-annual-review", "conditions-compliance",
        "pdr-review", "personal-social-media-monitoring", "proactive-system-audit", "media-contact-recording",
        "media-recording-compliance", "card-controls", "card-justification", "low-level-spend", "psd-procurement",
        "outsourced-vetting", "acu-capacity", "acu-lead-rank", "integrity-board", "staff-associations",
        "knowledge-checks", "misconduct-outcomes", "senior-leader-training", "bi-supplier-crosscheck",
        "comms-psd-exchange", "channel-monitoring", "vulnerable-staff", "whistleblowing", "tender-declarations",
    ])
    func practiceIsTraceable(_ tag: String) throws {
        let revisit = try ChecklistCatalog.builtIn().checklist(id: "revisit-2012")
        let tagged = revisit.allItems.filter { $0.tags?.contains(tag) == true }
        #expect(!tagged.isEmpty, "no item tagged \(tag)")
    }
}
