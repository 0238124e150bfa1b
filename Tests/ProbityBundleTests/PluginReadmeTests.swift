import Foundation
import ProbityCore
import ProbityBundle
import Testing

/// Each plugin README's findings table is the descriptor's: the block between the markers is
/// generated from `descriptor.findings` (`PROBITY_RECORD_GOLDEN=1` rewrites it; review the
/// diff), and the hand-written "fires when" table lists exactly the declared ids, at their kinds.
@Suite struct PluginReadmeTests {
    static let begin = "<!-- findings: generated from the descriptor; PROBITY_RECORD_GOLDEN=1 rewrites it -->"
    static let end = "<!-- end of generated findings -->"

    static var recording: Bool { ProcessInfo.processInfo.environment["PROBITY_RECORD_GOLDEN"] == "1" }

    static func readme(for descriptor: PluginDescriptor) -> URL {
        RegistryConsistencyTests.packageRoot.appendingPathComponent("Plugins")
            .appendingPathComponent(RegistryConsistencyTests.folderName(for: descriptor.area)).appendingPathComponent("README.md")
    }

    /// The findings table as the README shows it: one row per declared finding.
    static func table(_ descriptor: PluginDescriptor) -> String {
        var lines = ["| id | kind | title | items | checklists |", "| --- | --- | --- | --- | --- |"]
        for spec in descriptor.findings {
            let kinds = spec.kinds.map { $0.label.lowercased() }.joined(separator: " or ")
            let titles = ([spec.title] + spec.otherTitles.map { "or: \($0)" }).joined(separator: "; ")
            let items = spec.items.map(\.rawValue)
                + spec.versionedItems.map { "\($0.item) (\($0.checklists.map(\.rawValue).joined(separator: ", ")))" }
                + spec.tags.map { "items tagged `\($0)`" }
            let checklists = spec.checklists?.map(\.rawValue).joined(separator: ", ") ?? "all"
            lines.append("| \(spec.id) | \(kinds) | \(titles) | \(items.joined(separator: ", ")) | \(checklists) |")
        }
        return lines.joined(separator: "\n")
    }

    @Test("each plugin README's generated findings table matches its descriptor", arguments: PluginRegistry.instances.map(\.descriptor.area))
    func generatedTable(_ area: AreaID) throws {
        let descriptor = try #require(PluginRegistry.instances.first { $0.descriptor.area == area }).descriptor
        let url = Self.readme(for: descriptor)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let start = text.range(of: Self.begin), let stop = text.range(of: Self.end, range: start.upperBound..<text.endIndex) else {
            Issue.record("\(url.lastPathComponent) of \(area) has no generated findings table between \(Self.begin) and \(Self.end)")
            return
        }
        let expected = "\n" + Self.table(descriptor) + "\n"
        if Self.recording {
            try (text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: expected)).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(text[start.upperBound..<stop.lowerBound]) == expected,
                "the findings table in Plugins/\(RegistryConsistencyTests.folderName(for: area))/README.md is out of date; re-record it with PROBITY_RECORD_GOLDEN=1")
    }

    /// The hand-written table after the generated one (when each finding fires) covers exactly
    /// the declared findings, and its kind column names each declared kind.
    @Test("each plugin README's fires-when table lists exactly the declared findings", arguments: PluginRegistry.instances.map(\.descriptor.area))
    func handWrittenTable(_ area: AreaID) throws {
        let descriptor = try #require(PluginRegistry.instances.first { $0.descriptor.area == area }).descriptor
        let text = try String(contentsOf: Self.readme(for: descriptor), encoding: .utf8)
        let after = text.range(of: Self.end).map { String(text[$0.upperBound...]) } ?? text
        let section = after.components(separatedBy: "\n## ").first ?? after
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| id ") && !$0.hasPrefix("| ---") }
            .map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        let listed = rows.compactMap(\.first)
        #expect(listed == descriptor.findings.map(\.id.rawValue), "the fires-when table lists \(listed)")
        for row in rows where row.count > 1 {
            guard let spec = descriptor.finding(FindingID(row[0])) else { continue }
            let kindColumn = row[1].replacingOccurrences(of: "*", with: "").lowercased()
            for kind in spec.kinds {
                #expect(kindColumn.contains(kind.label.lowercased()), "\(spec.id)'s kind column \"\(row[1])\" does not say \(kind.label.lowercased())")
            }
        }
    }
}
