import Foundation
import Testing

/// Golden files for this suite; see `GoldenFile` (`PROBITY_RECORD_GOLDEN=1` re-records them).
enum NationalGolden {
    static let directory = CLIHarness.fixtures.appendingPathComponent("golden/national")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try GoldenFile(directory: directory).check(actual, against: name, sourceLocation: sourceLocation)
    }
}
