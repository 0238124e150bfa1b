import Foundation
import ProbityCore

/// The complete scorecard as JSON with stable key order; schema in docs/scorecard-format.md.
public struct JSONScorecardRenderer: Sendable {
    public init() {}

    struct Envelope: Encodable {
        var generator: Generator
        var scorecard: Scorecard
    }

    struct Generator: Encodable {
        var name = "probity"
        var version: String
        var generatedAt: String
    }

    public static func render(_ scorecard: Scorecard, context: ReportContext) -> String {
        encode(Envelope(generator: Generator(version: context.version, generatedAt: context.generatedAt), scorecard: scorecard))
    }

    /// Pretty-printed JSON with sorted keys and a final newline.
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
