import Foundation
import ProbityCore
import Testing

/// Golden files for this suite; see `GoldenFile` (`PROBITY_RECORD_GOLDEN=1` re-records them).
enum CompareGolden {
    static let directory = CLIHarness.fixtures.appendingPathComponent("golden/compare")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try GoldenFile(directory: directory).check(actual, against: name, sourceLocation: sourceLocation)
    }
}
