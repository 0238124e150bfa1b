import Foundation
import Testing

/// Compares a page with its golden file under `Golden/html/`, exactly. With
/// `PROBITY_RECORD_GOLDEN=1` in the environment the golden file is written instead.
enum HTMLGolden {
    static var recording: Bool { ProcessInfo.processInfo.environment["PROBITY_RECORD_GOLDEN"] == "1" }

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = HTMLFixtures.goldenDirectory.appendingPathComponent(name)
        if recording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name); run the tests with PROBITY_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("\(name) differs from the golden file: \(firstDifference(expected, actual)); re-record with PROBITY_RECORD_GOLDEN=1 if intended",
                         sourceLocation: sourceLocation)
        }
    }

    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let lhs = index < old.count ? String(old[index]) : "<end of file>"
            let rhs = index < new.count ? String(new[index]) : "<end of file>"
            if lhs != rhs { return "line \(index + 1): expected \(lhs.prefix(160)) but found \(rhs.prefix(160))" }
        }
        return "same lines, different line ends"
    }
}
