import Foundation
import Testing

/// A folder of golden files (the same helper as ProbityCLITests; test targets cannot share code
/// without a support module): text compared exactly, JSON compared after parsing
/// (re-written with sorted keys, so the first differing line can be shown).
/// `PROBITY_RECORD_GOLDEN=1` rewrites them from the current output; review the diff before
/// committing.
struct GoldenFile {
    let directory: URL

    static var recording: Bool { ProcessInfo.processInfo.environment["PROBITY_RECORD_GOLDEN"] == "1" }

    func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if Self.recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        // Read as bytes: String(contentsOf:) would drop a byte-order mark the output must keep.
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(name); record it with PROBITY_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if name.hasSuffix(".json") {
            let (left, right) = (try Self.canonical(actual), try Self.canonical(expected))
            #expect(left == right, "\(name) differs: \(Self.firstDifference(left, right))", sourceLocation: sourceLocation)
        } else {
            #expect(actual == expected, "\(name) differs: \(Self.firstDifference(actual, expected))", sourceLocation: sourceLocation)
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
