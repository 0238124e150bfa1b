import Foundation
import Testing

/// Golden files for the national command, in `Fixtures/golden/national/`: text and Markdown
/// compared exactly, JSON compared after parsing. `PROBITY_RECORD_GOLDEN=1` re-records them.
enum NationalGolden {
    static let directory = CLIHarness.fixtures.appendingPathComponent("golden/national")

    static var recording: Bool { ProcessInfo.processInfo.environment["PROBITY_RECORD_GOLDEN"] == "1" }

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); run with PROBITY_RECORD_GOLDEN=1 to record it", sourceLocation: sourceLocation)
            return
        }
        if name.hasSuffix(".json") {
            let (left, right) = (try canonical(actual), try canonical(expected))
            #expect(left == right, "\(name) differs: \(firstDifference(left, right))", sourceLocation: sourceLocation)
        } else {
            #expect(actual == expected, "\(name) differs: \(firstDifference(actual, expected))", sourceLocation: sourceLocation)
        }
    }

    /// The JSON parsed and written again with sorted keys, so only content is compared.
    static func canonical(_ text: String) throws -> String {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        let data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// The first line that differs, for a readable failure.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let left = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let right = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let got = index < left.count ? String(left[index]) : "(end)"
            let want = index < right.count ? String(right[index]) : "(end)"
            if got != want { return "line \(index + 1): got \"\(got)\", expected \"\(want)\"" }
        }
        return "no line differs"
    }
}
