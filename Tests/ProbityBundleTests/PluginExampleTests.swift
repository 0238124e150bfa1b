import Foundation
import ProbityCore
import ProbityBundle
import Testing

/// Every plugin's examples, run through the real scoring pipeline against every shipped
/// checklist version that has the plugin's area (or only the version the example names). A
/// failing example is reported at the file and line where it is written.
struct PluginExampleCase: CustomTestStringConvertible, Sendable {
    let plugin: any AreaPlugin
    let example: PluginExample
    let checklist: Checklist
    var testDescription: String { "\(plugin.descriptor.area) against \(checklist.id): \(example.name)" }

    var location: SourceLocation {
        SourceLocation(fileID: "ProbityBundleTests/\(example.file)", filePath: example.file, line: example.line, column: 1)
    }
}

/// The shipped checklists, loaded once; an unreadable catalog is reported by the tests that use it.
let shippedChecklists: [Checklist] = (try? ChecklistCatalog.builtIn().checklists) ?? []

let allExampleCases: [PluginExampleCase] = PluginRegistry.instances.flatMap { plugin in
    plugin.descriptor.examples.flatMap { example in
        shippedChecklists.filter { PluginExampleRunner(checklist: $0).runs(plugin, example) }
            .map { PluginExampleCase(plugin: plugin, example: example, checklist: $0) }
    }
}

@Test("plugin example", arguments: allExampleCases)
func pluginExample(_ testCase: PluginExampleCase) throws {
    let example = testCase.example
    let location = testCase.location
    let run: (context: AreaContext, evaluation: AreaEvaluation, result: AreaResult)
    do {
        run = try PluginExampleRunner(checklist: testCase.checklist).evaluate(testCase.plugin, example)
    } catch {
        Issue.record("example \"\(example.name)\" failed to run: \(error.message)", sourceLocation: location)
        return
    }
    let result = run.result
    let why = result.why.lines().joined(separator: "\n")
    #expect(result.grade == example.expectedGrade,
            "grade \(result.grade), expected \(example.expectedGrade)\n\(why)", sourceLocation: location)
    // The plugin's own findings (answer findings are the core's, tested in ProbityCoreTests;
    // a plugin finding that absorbed one keeps its plugin id).
    let pluginFindings = result.findings.filter { $0.origin != .answer }
    #expect(Set(pluginFindings.map(\.id)) == example.expectedFindings,
            "findings \(pluginFindings.map(\.id.rawValue).sorted()), expected \(example.expectedFindings.map(\.rawValue).sorted())",
            sourceLocation: location)
    let contradicted = Set(result.findings.flatMap(\.contradicts))
    #expect(contradicted == example.expectedContradictions,
            "contradictions \(contradicted.map(\.rawValue).sorted()), expected \(example.expectedContradictions.map(\.rawValue).sorted())",
            sourceLocation: location)
    for (id, value) in example.expectedMetrics.sorted(by: { $0.key < $1.key }) {
        let metric = result.metrics.first { $0.id == id }
        #expect(metric.map { abs($0.value - value) < 1e-9 } == true,
                "metric \(id) is \(metric.map { "\($0.value) (\($0.basis))" } ?? "missing"), expected \(value)",
                sourceLocation: location)
    }
    for finding in result.findings {
        #expect(!finding.items.isEmpty || !finding.figures.isEmpty,
                "finding \(finding.id) has no items and no figures behind it", sourceLocation: location)
    }
    // Every finding the plugin raised is declared, at a declared kind, with a declared title,
    // about declared items, in a checklist version it serves.
    let breaches = testCase.plugin.descriptor.breaches(of: run.evaluation.findings, checklist: testCase.checklist.id,
                                                       area: run.context.area)
    #expect(breaches.isEmpty, "\(breaches.joined(separator: "\n"))", sourceLocation: location)
}

@Suite struct PluginDescriptorTests {
    @Test("every plugin carries at least five examples, one of them a contradiction")
    func examplesPerPlugin() {
        for plugin in PluginRegistry.instances {
            let examples = plugin.descriptor.examples
            #expect(examples.count >= 5, "\(plugin.descriptor.area) has \(examples.count) examples")
            #expect(examples.contains { !$0.expectedContradictions.isEmpty },
                    "\(plugin.descriptor.area) has no contradiction example")
            #expect(Set(examples.map(\.name)).count == examples.count, "\(plugin.descriptor.area) repeats an example name")
        }
    }

    @Test("every plugin explains itself")
    func rationale() {
        for plugin in PluginRegistry.instances {
            #expect(!plugin.descriptor.rationale.isEmpty, "\(plugin.descriptor.area) has no rationale")
            #expect(!plugin.descriptor.dataReturn.fields.isEmpty, "\(plugin.descriptor.area) declares no data return")
        }
    }

    /// The declarations themselves: one spec per id, each with a kind, a title and an item, and
    /// checklist versions that exist and have the area.
    @Test("every declared finding is well formed")
    func declarations() throws {
        let checklists = try ChecklistCatalog.builtIn().checklists
        for plugin in PluginRegistry.instances {
            let descriptor = plugin.descriptor
            let ids = descriptor.findings.map(\.id)
            #expect(!ids.isEmpty, "\(descriptor.area) declares no findings")
            #expect(Set(ids).count == ids.count, "\(descriptor.area) declares a finding twice")
            let serving = Set(checklists.filter { $0.area(descriptor.area) != nil }.map(\.id))
            for spec in descriptor.findings {
                #expect(!spec.kinds.isEmpty && !spec.title.isEmpty && !spec.allItems.isEmpty,
                        "\(spec.id) needs a kind, a title and an item")
                let named = (spec.checklists ?? []) + spec.versionedItems.flatMap(\.checklists)
                for checklist in named {
                    #expect(serving.contains(checklist), "\(spec.id) names \(checklist), which has no \(descriptor.area) area")
                }
            }
        }
    }

    /// The examples exercise the contract: every declared finding is raised by at least one
    /// example in some checklist version, at each kind it declares.
    @Test("every declared finding has an example raising it at each of its kinds")
    func everyFindingHasAnExample() throws {
        var raised: [AreaID: Set<String>] = [:]
        for testCase in allExampleCases {
            let run = try PluginExampleRunner(checklist: testCase.checklist).evaluate(testCase.plugin, testCase.example)
            for finding in run.evaluation.findings {
                raised[testCase.plugin.descriptor.area, default: []].insert("\(finding.id) \(finding.kind.rawValue)")
            }
        }
        for plugin in PluginRegistry.instances {
            let area = plugin.descriptor.area
            for spec in plugin.descriptor.findings {
                for kind in spec.kinds {
                    #expect(raised[area, default: []].contains("\(spec.id) \(kind.rawValue)"),
                            "no example of \(area) raises \(spec.id) as \(kind.rawValue)")
                }
            }
        }
    }
}
