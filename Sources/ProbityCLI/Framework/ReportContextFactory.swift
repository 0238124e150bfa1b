import Foundation
import ProbityReports

/// Builds the renderers' context from the command context (injected version and time).
enum ReportContextFactory {
    typealias Value = ReportContext

    static func make(_ context: CommandContext) -> ReportContext {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return ReportContext(version: context.version, generatedAt: formatter.string(from: context.now))
    }
}
