import Foundation
import ProbityCore
import Testing

/// Golden files for `compare` and `plan` output under `Fixtures/golden/compare/`: text and
/// Markdown compared exactly, JSON compared after parsing. `PROBITY_RECORD_GOLDEN=1` rewrites
/// them from the current output (then review the diff before committing).
enum CompareGolden {
    static let directory = CLIHarness.fixtures.appendingPathComponent("golden/compare")

    static var recording: Bool { ProcessInfo.processInfo.environment["PROBITY_RECORD_GOLDEN"] == "1" }

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); record it with PROBITY_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if name.hasSuffix(".json") {
            let parsedActual = try JSONDocument.parse(bytes: Array(actual.utf8), file: "output").value
            let parsedExpected = try JSONDocument.parse(bytes: Array(expected.utf8), file: name).value
            #expect(parsedActual == parsedExpected, "\(name) differs: \(firstDifference(actual, expected))", sourceLocation: sourceLocation)
        } else {
            #expect(actual == expected, "\(name) differs: \(firstDifference(actual, expected))", sourceLocation: sourceLocation)
        }
    }

    /// The first line that differs, for the failure message.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let lhs = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let rhs = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(lhs.count, rhs.count) {
            let got = index < lhs.count ? String(lhs[index]) : "(end)"
            let want = index < rhs.count ? String(rhs[index]) : "(end)"
            if got != want { return "line \(index + 1): got \"\(got)\", expected \"\(want)\"" }
        }
        return "no line differs"
    }
}
