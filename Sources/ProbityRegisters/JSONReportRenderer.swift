import Foundation
import ProbityCore

/// The report as JSON with sorted keys (stable from run to run).  The name map is left out
/// (it has its own file, `--names-out`); its summary is in `matching`.
public enum JSONReportRenderer {
    public static func render(_ report: CrosscheckReport) throws(RegisterError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(Document(report))
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw RegisterError.invalidArgument("cannot encode the report as JSON: \(error)")
        }
    }

    struct Document: Encodable {
        var schemaVersion = 1
        var asOf: LocalDate
        var asOfBasis: String?
        var rows: [String: Int]
        var files: [String: String]
        var counts: [String: Int]
        var findings: [CrosscheckFinding]
        var health: HealthFigures
        var matching: MatchingSummary
        var skipped: [SkippedRow]

        init(_ report: CrosscheckReport) {
            asOf = report.asOf
            asOfBasis = report.asOfBasis
            rows = report.rows
            files = report.files
            counts = Dictionary(uniqueKeysWithValues: report.counts.map { ($0.key.rawValue, $0.value) })
            findings = report.findings
            health = report.health
            matching = report.matching
            skipped = report.skipped
        }
    }
}
