import Foundation
import ProbityCore
import ProbityBundle
import Testing

/// Every plugin's examples, run through the real scoring pipeline against the shipped 2012
/// checklist. A failing example is reported at the file and line where it is written.
struct PluginExampleCase: CustomTestStringConvertible, Sendable {
    let plugin: any AreaPlugin
    let example: PluginExample
    var testDescription: String { "\(plugin.descriptor.area): \(example.name)" }
}

let allExampleCases: [PluginExampleCase] = PluginRegistry.instances.flatMap { plugin in
    plugin.descriptor.examples.map { PluginExampleCase(plugin: plugin, example: $0) }
}

@Test("plugin example", arguments: allExampleCases)
func pluginExample(_ testCase: PluginExampleCase) throws {
    let example = testCase.example
    let location = SourceLocation(fileID: "ProbityBundleTests/\(example.file)", filePath: example.file,
                                  line: example.line, column: 1)
    let checklist = try ChecklistCatalog.builtIn().checklist(id: "revisit-2012")
    let result: AreaResult
    do {
        result = try PluginExampleRunner(checklist: checklist).run(testCase.plugin, example)
    } catch {
        Issue.record("example \"\(example.name)\" failed to run: \(error.message)", sourceLocation: location)
        return
    }
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
}
