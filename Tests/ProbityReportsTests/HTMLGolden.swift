import Foundation
import Testing

/// Compares a page with its golden file under `Golden/html/`, exactly (see `GoldenFile`;
/// `PROBITY_RECORD_GOLDEN=1` re-records).
enum HTMLGolden {
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try GoldenFile(directory: HTMLFixtures.goldenDirectory).check(actual, against: name, sourceLocation: sourceLocation)
    }
}
